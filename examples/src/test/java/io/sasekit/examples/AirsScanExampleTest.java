package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sasekit.airs.scan.ScanResults;
import io.sasekit.core.auth.ApiKeyCredential;
import io.sasekit.testkit.AirsScanSimulator;
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

  /** Runs the launcher with {@code env} as its whole environment: exit code, stdout, stderr. */
  private static String[] launch(Map<String, String> env, String... args) {
    Capture out = new Capture();
    Capture err = new Capture();
    int code = Main.run(args, env, out.stream, err.stream);
    return new String[] {String.valueOf(code), out.text(), err.text()};
  }

  @Test
  void theLauncherScansWithTheKeyOfTheEnvironmentItIsGiven_andARejectedKeyIsHintedAsTheKey() {
    // README: online with PANW_AI_SEC_API_KEY, region/URL by PANW_AI_SEC_API_ENDPOINT; a 403 is a wrong key
    try (AirsScanSimulator sim = AirsScanSimulator.start()) {
      String[] ok = launch(Map.of("PANW_AI_SEC_API_KEY", sim.apiKey(), "PANW_AI_SEC_API_ENDPOINT", sim.baseUrl()),
          "airs-scan", "hello there");
      assertThat(ok[0]).as(ok[2]).isEqualTo("0");
      assertThat(ok[1]).contains("scan target: " + sim.baseUrl()).doesNotContain("PANW_CLIENT_ID");
      assertThat(sim.syncScans()).isEqualTo(1);

      String wrongKey = "wrong-key-" + "7c1d9e0f2a3b";
      String[] rejected = launch(Map.of("PANW_AI_SEC_API_KEY", wrongKey, "PANW_AI_SEC_API_ENDPOINT", sim.baseUrl()),
          "airs-scan", "hello there");
      assertThat(rejected[0]).isEqualTo("1");
      assertThat(rejected[2]).contains("error: ", "hint: ", "PANW_AI_SEC_API_KEY")
          .doesNotContain("PANW_CLIENT_ID", "PANW_TSG_ID", wrongKey);
      assertThat(rejected[1]).doesNotContain(wrongKey);
    }
  }

  @Test
  void anUnreachableOrUnknownEndpointIsHintedWithTheScanEndpoint() {
    // nothing listens on loopback port 9
    String[] unreachable = launch(Map.of("PANW_AI_SEC_API_KEY", "some-key-0123456789",
        "PANW_AI_SEC_API_ENDPOINT", "http://127.0.0.1:9"), "airs-scan", "hi");
    assertThat(unreachable[0]).isEqualTo("1");
    assertThat(unreachable[2]).contains("hint: ", "http://127.0.0.1:9").doesNotContain("/aisec");
    String[] unknown = launch(Map.of("PANW_AI_SEC_API_KEY", "some-key-0123456789", "PANW_AI_SEC_API_ENDPOINT", "mars"),
        "airs-scan", "hi");
    assertThat(unknown[0]).isEqualTo("1");
    assertThat(unknown[2]).contains("'mars'", "hint: ", "PANW_AI_SEC_API_ENDPOINT").doesNotContain("PANW_CLIENT_ID");
  }
}
