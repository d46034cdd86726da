package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scan simulator on the wire: the service's authentication, shapes, limits and errors. */
class AirsScanSimulatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static AirsScanSimulator sim;

  @BeforeAll
  static void start() {
    sim = AirsScanSimulator.builder().clock(MutableClock.at(Instant.parse("2026-03-01T08:00:00Z")))
        .pendingPolls(1).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private record Reply(int status, JsonNode json) {}

  private static Reply send(String method, String pathAndQuery, String body, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (header != null) {
      b.header(header, value);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), JSON.readTree(r.body()));
  }

  private static Reply keyed(String method, String pathAndQuery, String body) throws Exception {
    return send(method, pathAndQuery, body, "x-pan-token", sim.apiKey());
  }

  private static String scanReq(String prompt) {
    return "{\"ai_profile\":{\"profile_name\":\"p\"},\"contents\":[{\"prompt\":\"" + prompt + "\"}]}";
  }

  @Test
  void authentication_missingIs401_wrongIs403_keyOrBearerPass() throws Exception {
    String body = scanReq("hi");
    Reply none = send("POST", "/v1/scan/sync/request", body, null, null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().at("/error/message").asText()).isEqualTo("Not Authenticated");
    assertThat(send("POST", "/v1/scan/sync/request", body, "x-pan-token", "nope").status()).isEqualTo(403);
    assertThat(send("POST", "/v1/scan/sync/request", body, "Authorization", "Bearer " + sim.apiToken()).status())
        .isEqualTo(200);
    assertThat(keyed("POST", "/v1/scan/sync/request", body).json().get("action").asText()).isEqualTo("allow");
  }

  @Test
  void syncVerdict_followsTheMarkerRule() throws Exception {
    Reply r = keyed("POST", "/v1/scan/sync/request", scanReq("please " + AirsScanSimulator.DEFAULT_MARKER));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("action").asText()).isEqualTo("block");
    assertThat(r.json().get("category").asText()).isEqualTo("malicious");
    assertThat(r.json().at("/prompt_detected/injection").asBoolean()).isTrue();
    assertThat(r.json().get("completed_at").asText()).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(keyed("POST", "/v1/scan/sync/request", "{\"contents\":[{\"prompt\":\"x\"}]}").status()).isEqualTo(400);
  }

  @Test
  void asyncBatch_isAFlatList_pendingThenComplete_withReports() throws Exception {
    String batch = "[{\"req_id\":1,\"scan_req\":" + scanReq("a") + "},{\"req_id\":2,\"scan_req\":"
        + scanReq(AirsScanSimulator.DEFAULT_MARKER) + "}]";
    Reply submitted = keyed("POST", "/v1/scan/async/request", batch);
    assertThat(submitted.status()).isEqualTo(200);
    String scanId = submitted.json().get("scan_id").asText();
    String reportId = submitted.json().get("report_id").asText();

    Reply first = keyed("GET", "/v1/scan/results?scan_ids=" + scanId + "%2Cunknown-id", null);
    assertThat(first.json()).hasSize(2).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("pending"));
    Reply second = keyed("GET", "/v1/scan/results?scan_ids=" + scanId, null);
    assertThat(second.json()).allSatisfy(r -> assertThat(r.get("status").asText()).isEqualTo("complete"));
    assertThat(second.json().get(1).at("/result/action").asText()).isEqualTo("block");

    Reply reports = keyed("GET", "/v1/scan/reports?report_ids=" + reportId, null);
    assertThat(reports.json()).hasSize(2);
    assertThat(reports.json().get(1).at("/detection_results/0/verdict").asText()).isEqualTo("malicious");

    // the shape the published spec declares ([[...]]) is not what the service reads
    assertThat(keyed("POST", "/v1/scan/async/request", "[" + batch + "]").status()).isEqualTo(400);
    String six = "[" + String.join(",", java.util.Collections.nCopies(6, "{\"req_id\":1,\"scan_req\":" + scanReq("a") + "}")) + "]";
    assertThat(keyed("POST", "/v1/scan/async/request", six).status()).isEqualTo(400);
    assertThat(keyed("GET", "/v1/scan/results?scan_ids=1,2,3,4,5,6", null).status()).isEqualTo(400);
  }

  @Test
  void unknownPathsAndMethods_areTheSpecsErrors() throws Exception {
    assertThat(keyed("GET", "/v1/scan/sync/request", null).status()).isEqualTo(405);
    assertThat(keyed("GET", "/v2/nothing", null).status()).isEqualTo(404);
    assertThat(sim.requests()).isNotEmpty();
  }
}
