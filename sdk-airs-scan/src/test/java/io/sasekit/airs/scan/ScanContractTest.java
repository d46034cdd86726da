package io.sasekit.airs.scan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.airs.scan.models.AsyncScanObject;
import io.sasekit.airs.scan.models.AsyncScanResponse;
import io.sasekit.airs.scan.models.ScanIdResult;
import io.sasekit.airs.scan.models.ThreatScanReportObject;
import io.sasekit.airs.scan.testing.ScanSpec;
import io.sasekit.core.errors.PermissionDeniedException;
import io.sasekit.core.errors.RateLimitException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scan operations with a hand-written case (exact bodies and values) through {@link AirsScanClient} and its async twin against
 * WireMock answering what the spec declares (status 200 with the spec's example or an instance of
 * the declared schema). Each captured request must carry the API key, match what was asked and pass
 * Atlassian's validator built from the original spec (with the recorded flat-list repair).
 */
class ScanContractTest {
  static final String KEY = "contract-AIRS-key-5b0c9f2e71d84a6b";
  static final String SCAN_A = "a43e8177-9776-465b-8ef3-a95c5a9607f8";
  static final String SCAN_B = "46ea2f2b-0000-42e1-9972-bbc444628a26";

  static WireMockServer server;
  static AirsScanClient client;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client = AirsScanClient.builder().apiKey(KEY).endpoint("http://127.0.0.1:" + server.port()).maxRetries(0)
        .options(o -> o.callTimeout(Duration.ofSeconds(20))).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  /** One operation: both faces, the spec's answer, what must travel, the typed checks. */
  record Case(String name, String method, String path, String expectedQuery, JsonNode answer,
      Function<AirsScanClient, Object> sync, Function<AirsScanAsyncClient, CompletableFuture<?>> async,
      JsonNode expectedBody, Consumer<Object> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<AsyncScanObject> batch() {
    return AirsScanClient.batchOf(List.of(
        ScanInput.builder().profileName("malicious-code-profile").prompt("print the weather").trId("2882").build(),
        ScanInput.builder().profileName("detect-toxic-content-profile").prompt("hello")
            .response("a toxic answer").trId("2082").appName("support-bot").build()));
  }

  static ScanInput input() {
    return ScanInput.builder().profileName("chatbot-strict").prompt("What is the capital of France?")
        .response("Paris.").trId("tr-1").sessionId("s-1").appName("support-bot").appUser("alice@example.com")
        .aiModel("gpt-4o").build();
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("scan.syncScan", "POST", "/v1/scan/sync/request", null, ScanSpec.instance("ScanResponse"),
            c -> c.scan(input()), a -> a.scan(input()), json(input().toRequest()),
            r -> {
              Verdict v = (Verdict) r;
              JsonNode spec = ScanSpec.instance("ScanResponse");
              assertThat(v.scanId()).isEqualTo(spec.get("scan_id").asText());
              assertThat(v.rawAction()).isEqualTo(spec.get("action").asText());
              assertThat(v.category()).isEqualTo(spec.get("category").asText());
              assertThat(v.incomplete()).isFalse();
            }),
        new Case("scan.asyncScan", "POST", "/v1/scan/async/request", null, ScanSpec.instance("AsyncScanResponse"),
            c -> c.scanAsync(batch()), a -> a.scanAsync(batch()), json(batch()),
            r -> {
              AsyncScanResponse a = (AsyncScanResponse) r;
              JsonNode spec = ScanSpec.instance("AsyncScanResponse");
              assertThat(a.scanId()).isEqualTo(spec.get("scan_id").asText());
              assertThat(a.received()).isEqualTo(spec.get("received").asText());
            }),
        new Case("scanResult.query", "GET", "/v1/scan/results", "scan_ids=" + SCAN_A + "," + SCAN_B,
            ScanSpec.example("ExampleAsyncScanResults"),
            c -> c.results(List.of(SCAN_A, SCAN_B)), a -> a.results(List.of(SCAN_A, SCAN_B)), null,
            r -> {
              @SuppressWarnings("unchecked")
              List<ScanIdResult> results = (List<ScanIdResult>) r;
              JsonNode spec = ScanSpec.example("ExampleAsyncScanResults");
              assertThat(results).hasSize(spec.size());
              assertThat(results).extracting(x -> x.status().orElseThrow()).containsOnly("complete");
              Verdict second = Verdict.of(results.get(1).result().orElseThrow());
              assertThat(second.isBlocked()).isEqualTo(spec.get(1).at("/result/action").asText().equals("block"));
              assertThat(second.responseDetections()).contains("toxic_content");
              assertThat(second.promptDetections()).isEmpty();
              assertThat(Verdict.of(results.get(0).result().orElseThrow()).isAllowed()).isTrue();
            }),
        new Case("scanReport.query", "GET", "/v1/scan/reports", "report_ids=R" + SCAN_B,
            ScanSpec.example("ExampleMultipleThreatScanReports"),
            c -> c.reports(List.of("R" + SCAN_B)), a -> a.reports(List.of("R" + SCAN_B)), null,
            r -> {
              @SuppressWarnings("unchecked")
              List<ThreatScanReportObject> reports = (List<ThreatScanReportObject>) r;
              JsonNode spec = ScanSpec.example("ExampleMultipleThreatScanReports");
              assertThat(reports).hasSize(spec.size());
              assertThat(reports.get(1).detectionResults()).hasSize(spec.get(1).get("detection_results").size());
              assertThat(reports.get(1).detectionResults())
                  .anySatisfy(d -> {
                    assertThat(d.detectionService()).hasValue("tc");
                    assertThat(d.action()).hasValue("block");
                  });
              assertThat(reports.get(0).transactionId()).hasValue(spec.get(0).get("transaction_id").asText());
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachOperation_syncAndAsync_sendsWhatTheSpecAccepts_andReadsItsAnswer(Case c) throws Exception {
    server.stubFor(WireMock.request(c.method(), urlPathEqualTo(c.path())).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(c.answer().toString())));
    c.check().accept(c.sync().apply(client));
    c.check().accept(c.async().apply(client.async()).get());

    List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent).hasSize(2);
    for (LoggedRequest r : sent) {
      assertThat(r.getMethod().getName()).isEqualTo(c.method());
      URI uri = URI.create(r.getUrl());
      assertThat(uri.getPath()).isEqualTo(c.path());
      assertThat(r.getHeader("x-pan-token")).isEqualTo(KEY);
      assertThat(r.containsHeader("Authorization")).isFalse();
      if (c.expectedQuery() != null) {
        assertThat(uri.getRawQuery()).isEqualTo(c.expectedQuery()); // explode: false, a literal comma
      } else {
        assertThat(uri.getRawQuery()).isNull();
      }
      if (c.expectedBody() != null) {
        assertThat(JsonMapper.shared().readTree(r.getBodyAsString())).isEqualTo(c.expectedBody());
      }
      assertThat(ScanSpec.errors(r)).as("spec validation of " + c.name()).isEmpty();
    }
  }

  /**
   * The registry has exactly the operations of every locked file; each hand-written case is one of
   * them, under its registry key. A case per operation is not required: {@link
   * EveryScanOperationContractTest} calls every operation; these cases add exact bodies and values.
   */
  @Test
  void theRegistryIsEveryLockedFilesOperations_andEachCaseIsOneOfThem() {
    List<String> specOperations = ScanSpec.operations().stream().map(o -> o.signature()).toList();
    assertThat(specOperations).isNotEmpty();
    assertThat(client.api().registry().operations())
        .extracting(o -> o.method() + " " + o.pathTemplate())
        .containsExactlyInAnyOrderElementsOf(specOperations);
    assertThat(cases()).allSatisfy(c -> assertThat(client.api().registry().require(c.name().split("\\.")[0], c.name().split("\\.")[1]))
        .satisfies(op -> assertThat(op.method() + " " + op.pathTemplate()).isEqualTo(c.method() + " " + c.path())));
  }

  @Test
  void asyncBatch_travelsAsTheFlatListTheServiceReads_whichThePublishedSpecWouldRefuse() throws Exception {
    server.stubFor(WireMock.post(urlPathEqualTo("/v1/scan/async/request")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(ScanSpec.instance("AsyncScanResponse").toString())));
    client.scanAsync(batch());
    LoggedRequest r = server.findAll(anyRequestedFor(anyUrl())).get(0);
    JsonNode body = JsonMapper.shared().readTree(r.getBodyAsString());
    assertThat(body.isArray()).isTrue();
    assertThat(body).allSatisfy(item -> {
      assertThat(item.isObject()).isTrue();
      assertThat(item.has("req_id")).isTrue();
      assertThat(item.path("scan_req").path("contents").isArray()).isTrue();
    });
    assertThat(body.get(1).at("/scan_req/metadata/app_name").asText()).isEqualTo("support-bot");
    assertThat(ScanSpec.errors(r)).isEmpty();
    // the repair is real: the spec as published declares [[...]] and refuses the flat list
    SpecApi.SpecFile file = ScanSpec.API.file(ScanSpec.operation("POST", "/v1/scan/async/request").specFile());
    assertThat(SpecRequestValidator.build(ScanSpec.NAME, file, Set.of("nested-array-body")).errors(CapturedRequest.of(r)))
        .isNotEmpty();
  }

  @Test
  void limits_areCheckedBeforeSending_andMatchTheSpec() {
    for (String path : List.of("/v1/scan/results", "/v1/scan/reports")) {
      JsonNode param = ScanSpec.operation("GET", path).parameters().get(0);
      assertThat(param.at("/schema/maximum").asInt()).as(path).isEqualTo(ScanLimits.MAX_IDS);
      assertThat(param.get("explode").asBoolean()).isFalse();
    }
    List<ScanInput> six = Stream.generate(ScanContractTest::input).limit(ScanLimits.MAX_BATCH + 1).toList();
    assertThatThrownBy(() -> client.scanAsyncInputs(six))
        .isInstanceOf(io.sasekit.core.errors.ValidationException.class).hasMessageContaining("1 to 5 scans, got 6");
    assertThatThrownBy(() -> client.scanAsync(List.of()))
        .isInstanceOf(io.sasekit.core.errors.ValidationException.class);
    List<AsyncScanObject> twice = List.of(batch().get(0), batch().get(0));
    assertThatThrownBy(() -> client.scanAsync(twice)).hasMessageContaining("req_id 1 is used twice");
    assertThatThrownBy(() -> client.results(List.of("1", "2", "3", "4", "5", "6"))).hasMessageContaining("got 6");
    assertThatThrownBy(() -> client.reports(List.of("a,b"))).hasMessageContaining("without a comma");
    assertThat(client.async().scanAsyncInputs(six)).isCompletedExceptionally();
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void theSpecsErrorAnswer_isATypedException_andTheKeyAppearsNowhere() {
    server.stubFor(WireMock.post(urlPathEqualTo("/v1/scan/sync/request")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"Invalid API Key\"}}")));
    CapturedLogs.clear();
    StringBuilder everything = new StringBuilder(client.toString()).append(client.options()).append(client.api());
    assertThatThrownBy(() -> client.scan(input()))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).contains("Invalid API Key");
          StringWriter w = new StringWriter();
          e.printStackTrace(new PrintWriter(w));
          everything.append(w);
        });
    everything.append(CapturedLogs.all());
    assertThat(CapturedLogs.all()).contains("POST /v1/scan/sync/request -> 403").contains("x-pan-token: ****");
    assertThat(everything.toString()).doesNotContain(KEY);
  }

  @Test
  void theSpecsTooManyRequestsAnswer_saysHowLongToWait() {
    // the spec's TooManyRequests: {"error": {"message": ..., "retry_after": {"interval": 5, "unit": "minute"}}}
    server.stubFor(WireMock.post(urlPathEqualTo("/v1/scan/sync/request")).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"Request exceeds limit\",\"retry_after\":{\"interval\":5,\"unit\":\"minute\"}}}")));
    assertThatThrownBy(() -> client.scan(input()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.getMessage()).contains("Request exceeds limit", "retry after 5 minute");
          assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.details()).isEqualTo("retry after 5 minute"));
        });
  }

  private static JsonNode json(Object model) {
    return JsonMapper.shared().valueToTree(model);
  }
}
