package io.sasekit.core.pagination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The asynchronous twin of {@link AutoPager}: pages are fetched one after another without
 * blocking a thread, each handed to the consumer before the next is requested.
 *
 * @param <T> the element type
 */
public final class AsyncAutoPager<T> {
  private final BiFunction<Integer, Integer, CompletableFuture<Page<T>>> fetcher;
  private final int startOffset;
  private final int pageSize;

  /**
   * Creates a pager.
   *
   * @param fetcher fetches the page at (offset, limit)
   * @param startOffset the first offset
   * @param pageSize the limit asked for per page
   */
  public AsyncAutoPager(
      BiFunction<Integer, Integer, CompletableFuture<Page<T>>> fetcher, int startOffset, int pageSize) {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
    }
    if (startOffset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + startOffset);
    }
    this.fetcher = fetcher;
    this.startOffset = startOffset;
    this.pageSize = pageSize;
  }

  /** Calls {@code action} for every page in order; completes when the last page was handled. */
  public CompletableFuture<Void> forEachPage(Consumer<? super Page<T>> action) {
    return step(startOffset, action, null);
  }

  private CompletableFuture<Void> step(
      int offset, Consumer<? super Page<T>> action, List<T> previous) {
    return fetcher
        .apply(offset, pageSize)
        .thenCompose(
            page -> {
              int size = page.data().size();
              if (size == 0) {
                return CompletableFuture.completedFuture(null);
              }
              if (page.data().equals(previous)) {
                return CompletableFuture.failedFuture(AutoPager.repeatedPage(offset));
              }
              action.accept(page);
              int applied = page.limit() > 0 ? Math.min(page.limit(), pageSize) : pageSize;
              int next = offset + size;
              boolean done =
                  size < applied || (page.total().isPresent() && next >= page.total().getAsInt());
              return done ? CompletableFuture.completedFuture(null) : step(next, action, page.data());
            });
  }

  /** Calls {@code action} for every element in order. */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    return forEachPage(page -> page.data().forEach(action));
  }

  /** Collects every element into a list (all pages in memory: for bounded lists only). */
  public CompletableFuture<List<T>> toList() {
    List<T> all = new ArrayList<>();
    return forEach(all::add).thenApply(v -> all);
  }
}
