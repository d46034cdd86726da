package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sasekit.airs.scan.ScanResults;
import io.sasekit.core.auth.ApiKeyCredential;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AirsScanExampleTest {
  @Test
  void defaultPrompt_isBlockedOfflineAsPromptInjection() {
    Capture out = new Capture();
    AirsScan.Result r;
    try (AirsScan.Scanner scanner = AirsScan.Scanner.fromEnv(Map.of())) {
      r = new AirsScan(AirsScan.Options.parse(List.of())).run(scanner.client, out.stream);
    }
    assertThat(r.verdict().isBlocked()).isTrue();
    assertThat(r.verdict().promptDetections()).containsExactly("injection");
    assertThat(r.batch()).isNull();
    assertThat(out.text()).contains("BLOCK (malicious)", "prompt detections: injection", "detections  injection");
  }

  @Test
  void batch_waitsForTheResultsAndPrintsTheReport() {
    Capture out = new Capture();
    AirsScan.Result r;
    try (AirsScan.Scanner scanner = AirsScan.Scanner.fromEnv(Map.of())) {
      r = new AirsScan(AirsScan.Options.parse(List.of("What is our refund policy?", "--response",
          "Card 4111 1111 1111 1111 is on file.", "--batch"))).run(scanner.client, out.stream);
    }
    assertThat(r.verdict().isBlocked()).isTrue();
    assertThat(r.verdict().responseDetections()).containsExactly("dlp");
    assertThat(r.batch().status()).isEqualTo(ScanResults.Status.COMPLETE);
    assertThat(r.batch().verdicts()).extracting(v -> v.isBlocked()).containsExactly(true, false, false);
    assertThat(out.text()).contains("[3/3] Reading the threat report", "req 1: response dlp -> malicious (block)",
        "batch       3 complete, 0 pending");
  }

  @Test
  void theLauncherRunsItOffline() {
    assumeTrue(ApiKeyCredential.fromEnv(System.getenv()).isEmpty(), "an AIRS key is set: the launcher would go online");
    Capture out = new Capture();
    Capture err = new Capture();
    assertThat(Main.run(new String[] {"airs-scan", "hello there"}, Map.of(), out.stream, err.stream))
        .as(err.text()).isEqualTo(0);
    assertThat(out.text()).contains("embedded AIRS scan simulator", "ALLOW (benign)");
    assertThat(Main.run(new String[] {"airs-scan", "a", "b"}, Map.of(), new Capture().stream, err.stream)).isEqualTo(2);
  }
}
