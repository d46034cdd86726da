package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {
  private static final String LIST = "/sse/config/v1/addresses?folder=Shared";

  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(TestRegistries.both());
  private Http api;

  @BeforeEach
  void fresh() {
    api = Http.api(sim);
  }

  @Test
  void rateLimitStormWithRetryAfterThenRecovery() {
    sim.faults().nextCalls(2).status(429).retryAfterSeconds(1);

    Http.Reply first = api.get(LIST);
    Http.Reply second = api.get(LIST);
    Http.Reply third = api.get(LIST);

    assertThat(first.status()).isEqualTo(429);
    assertThat(first.header("Retry-After")).isEqualTo("1");
    assertThat(first.json().at("/_errors/0/message").asText()).isEqualTo("Too Many Requests");
    assertThat(second.status()).isEqualTo(429);
    assertThat(third.status()).isEqualTo(200);
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void serviceUnavailableOnlyForTheTargetedCall() {
    sim.faults().on("POST", "/sse/config/v1/addresses").nextCalls(1).status(503);

    assertThat(api.get(LIST).status()).isEqualTo(200);
    Http.Reply failed = api.post("/sse/config/v1/addresses?folder=Shared", "{\"name\":\"a\",\"fqdn\":\"a.example.com\"}");
    Http.Reply retried = api.post("/sse/config/v1/addresses?folder=Shared", "{\"name\":\"a\",\"fqdn\":\"a.example.com\"}");

    assertThat(failed.status()).isEqualTo(503);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(sim.config().candidate("address", "Shared")).hasSize(1);
  }

  @Test
  void pathPrefixAndAnyMethod() {
    sim.faults().on(null, "/sse/config/v1/jobs*").nextCalls(1).status(500);
    assertThat(api.get(LIST).status()).isEqualTo(200);
    assertThat(api.get("/sse/config/v1/jobs").status()).isEqualTo(500);
  }

  @Test
  void connectionResetClosesWithoutAnswer() {
    sim.faults().nextCalls(1).connectionReset();

    assertThatThrownBy(() -> api.post("/sse/config/v1/addresses?folder=Shared", "{\"name\":\"a\",\"fqdn\":\"a.example.com\"}"))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(sim.requests().last().orElseThrow().status()).isEqualTo(-1);
    assertThat(sim.config().candidate("address", "Shared")).isEmpty();
    assertThat(api.get(LIST).status()).isEqualTo(200);
  }

  @Test
  void delayThenNormalAnswer() {
    sim.faults().nextCalls(1).delay(Duration.ofMillis(50));
    assertThat(api.get(LIST).status()).isEqualTo(200);
    assertThat(sim.faults().pending()).isZero();
  }

  @Test
  void delayBeyondTheClientTimeout() {
    sim.faults().nextCalls(1).delay(Duration.ofSeconds(5));
    java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.baseUrl() + LIST))
        .header("Authorization", "Bearer " + sim.issueToken())
        .timeout(Duration.ofMillis(100)).GET().build();
    assertThatThrownBy(() -> api.exchange(req)).hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);
  }

  @Test
  void customErrorBody() {
    sim.faults().nextCalls(1).status(502).body("{\"oops\":true}");
    Http.Reply r = api.get(LIST);
    assertThat(r.status()).isEqualTo(502);
    assertThat(r.json().get("oops").asBoolean()).isTrue();
  }

  @Test
  void tokenEndpointIsSparedUnlessTargeted() {
    sim.faults().nextCalls(1).status(503);
    assertThat(Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId()).status()).isEqualTo(200);
    assertThat(api.get(LIST).status()).isEqualTo(503);

    sim.faults().onTokenEndpoint().nextCalls(1).status(503);
    assertThat(Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId()).status()).isEqualTo(503);
    assertThat(Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId()).status()).isEqualTo(200);
  }

  @Test
  void airsFaultsUseTheAirsErrorShape() {
    sim.faults().nextCalls(1).status(503);
    Http.Reply r = Http.airs(sim).get("/v1/mgmt/apikeys");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.json().get("status_code").asInt()).isEqualTo(503);
    assertThat(r.json().get("error_message").asText()).isEqualTo("Service Unavailable");
  }

  @Test
  void aFaultWithoutActionIsInert() {
    FaultRule rule = sim.faults().nextCalls(1);
    assertThat(api.get(LIST).status()).isEqualTo(200);
    assertThat(rule.remaining()).isEqualTo(1);
    sim.faults().clear();
    assertThat(sim.faults().pending()).isZero();
  }
}
