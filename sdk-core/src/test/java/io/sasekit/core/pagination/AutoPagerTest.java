package io.sasekit.core.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.SasekitException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  /** Serves 0..n-1 honestly, recording every (offset, limit) asked for. */
  private static PageFetcher<Integer> honest(int n, Integer total, List<int[]> asked) {
    return (offset, limit) -> {
      asked.add(new int[] {offset, limit});
      List<Integer> data = IntStream.range(offset, Math.min(n, offset + limit)).boxed().collect(Collectors.toList());
      return new Page<>(data, limit, offset, total);
    };
  }

  @Test
  void nothingIsFetchedUntilIteration() {
    List<int[]> asked = new ArrayList<>();
    AutoPager<Integer> pager = new AutoPager<>(honest(5, null, asked), 0, 2);
    assertThat(asked).isEmpty();
    assertThat(pager.stream().collect(Collectors.toList())).containsExactly(0, 1, 2, 3, 4);
    assertThat(asked).extracting(a -> a[0]).containsExactly(0, 2, 4);
  }

  @Test
  void stopsOnTotalWithoutAnExtraRequest() {
    List<int[]> asked = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    new AutoPager<>(honest(4, 4, asked), 0, 2).forEach(all::add);
    assertThat(all).containsExactly(0, 1, 2, 3);
    assertThat(asked).hasSize(2);
  }

  @Test
  void aServiceThatIgnoresOffsetIsStoppedInsteadOfLoopingForever() {
    PageFetcher<Integer> stuck = (offset, limit) -> new Page<>(List.of(1, 2), limit, 0, null);
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> new AutoPager<>(stuck, 0, 2).forEach(seen::add))
        .isInstanceOf(SasekitException.class)
        .hasMessageContaining("same page again at offset 2");
    assertThat(seen).containsExactly(1, 2);
  }

  @Test
  void asyncPagerIsGuardedToo() {
    AsyncAutoPager<Integer> stuck = new AsyncAutoPager<>(
        (offset, limit) -> CompletableFuture.completedFuture(new Page<>(List.of(7, 8), limit, 0, null)), 0, 2);
    assertThatThrownBy(() -> stuck.toList().get())
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(SasekitException.class);
  }

  @Test
  void asyncPagerCollectsEveryPage() throws Exception {
    List<int[]> asked = new ArrayList<>();
    PageFetcher<Integer> sync = honest(5, null, asked);
    AsyncAutoPager<Integer> pager =
        new AsyncAutoPager<>((o, l) -> CompletableFuture.completedFuture(sync.fetch(o, l)), 0, 2);
    assertThat(pager.toList().get()).containsExactly(0, 1, 2, 3, 4);
  }

  /** Streams what {@code pages} serves, counting the streams opened and closed. */
  private static PageStreamFetcher<Integer> streaming(PageFetcher<Integer> pages, int[] openedClosed) {
    return (offset, limit) -> {
      openedClosed[0]++;
      return PageStream.of(pages.fetch(offset, limit), () -> openedClosed[1]++);
    };
  }

  @Test
  void aStreamingPagerIteratesByTheSameRulesClosesEveryPageAndLeavesPagesToTheFetcher() {
    List<int[]> streamed = new ArrayList<>();
    int[] openedClosed = new int[2];
    AutoPager<Integer> withTotal = new AutoPager<>((o, l) -> {
      throw new AssertionError("element iteration must stream");
    }, streaming(honest(4, 4, streamed), openedClosed), 0, 2);
    assertThat(withTotal.stream().collect(Collectors.toList())).containsExactly(0, 1, 2, 3);
    assertThat(streamed).extracting(a -> a[0]).containsExactly(0, 2);
    assertThat(openedClosed).containsExactly(2, 2);

    List<int[]> asked = new ArrayList<>();
    List<int[]> none = new ArrayList<>();
    AutoPager<Integer> noTotal = new AutoPager<>(honest(5, null, asked), streaming(honest(5, null, none), new int[2]), 1, 2);
    List<Integer> all = new ArrayList<>();
    noTotal.forEach(all::add);
    assertThat(all).containsExactly(1, 2, 3, 4);
    assertThat(none).extracting(a -> a[0]).containsExactly(1, 3, 5);
    assertThat(asked).isEmpty();
    List<Page<Integer>> pages = new ArrayList<>();
    noTotal.pages().forEach(pages::add);
    assertThat(pages).hasSize(2);
    assertThat(asked).extracting(a -> a[0]).containsExactly(1, 3, 5);
  }

  @Test
  void aStreamingPagerStopsAServiceThatIgnoresOffset() {
    PageFetcher<Integer> stuck = (offset, limit) -> new Page<>(List.of(1, 2), limit, 0, null);
    int[] openedClosed = new int[2];
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> new AutoPager<>(stuck, streaming(stuck, openedClosed), 0, 2).forEach(seen::add))
        .isInstanceOf(SasekitException.class)
        .hasMessageContaining("same page again at offset 2");
    assertThat(seen).containsExactly(1, 2);
    assertThat(openedClosed).containsExactly(2, 2);
  }
}
