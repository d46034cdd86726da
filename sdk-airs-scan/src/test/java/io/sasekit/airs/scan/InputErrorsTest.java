package io.sasekit.airs.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.ValidationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the scan client is the SDK's typed {@link ValidationException} (a
 * {@link SasekitException}, README: one unchecked base; the violation names the field and the
 * constraint), before anything is sent: an incomplete {@link ScanInput}, and scan ids that
 * {@code awaitResults} would poll (the same check as {@code results}).
 */
class InputErrorsTest {
  // nothing listens on loopback port 9: a request that were sent would fail with an I/O error instead
  private static final AirsScanClient CLIENT = AirsScanClient.builder().apiKey("input-errors-key-0123456789")
      .endpoint("http://127.0.0.1:9").maxRetries(0).build();

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(ValidationException.Violation::path).toList();
  }

  @Test
  void anInputWithoutContentOrProfileNamesTheMissingMembers() {
    assertThatThrownBy(() -> ScanInput.builder().profileName("strict").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(paths(e)).containsExactly("contents[0].prompt");
          assertThat(e.violations().get(0).constraint()).isEqualTo("required");
          assertThat(e.getMessage()).contains("prompt or a response");
        });
    assertThatThrownBy(() -> ScanInput.builder().prompt("hello").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(paths(e)).containsExactly("ai_profile.profile_name");
          assertThat(e.getMessage()).contains("profileName or profileId");
        });
    assertThatThrownBy(() -> ScanInput.builder().response(" ").profileId("").build())
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(paths(e)).containsExactly("contents[0].prompt", "ai_profile.profile_name"));
  }

  @Test
  void awaitResultsRefusesBlankIdsLikeResults_syncAndAsync() {
    List<String> ids = Arrays.asList("a43e8177-9776-465b-8ef3-a95c5a9607f8", " ");
    assertThatThrownBy(() -> CLIENT.results(ids)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> CLIENT.awaitResults(ids, Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(paths(e)).containsExactly("scan_ids[1]"));
    assertThatThrownBy(() -> CLIENT.awaitResults(List.of(), Duration.ofSeconds(1)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly("scan_ids"));
    assertThatThrownBy(() -> CLIENT.async().awaitResults(ids, Duration.ofSeconds(1)).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
  }
}
