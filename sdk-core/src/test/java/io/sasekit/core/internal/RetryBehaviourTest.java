package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ApiIoException;
import io.sasekit.core.errors.BadRequestException;
import io.sasekit.core.errors.InternalServerException;
import io.sasekit.core.errors.RateLimitException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryBehaviourTest extends WireMockTestBase {
  private static final String JOB = "/sse/config/v1/jobs/1";
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private static final Arguments GET_ARGS = Arguments.builder().param("id", "1").build();
  private static final Arguments CREATE_ARGS = Arguments.builder().param("folder", "Shared")
      .body(Address.netmask("a1", "10.0.0.1/32")).build();

  @BeforeEach
  void token() {
    stubToken();
  }

  private static OperationExecutor executor() {
    return OperationExecutor.create(options().build());
  }

  private static OperationSpec op(String r, String o) {
    return TestRegistry.op(r, o);
  }

  private static void failTimesThen(com.github.tomakehurst.wiremock.client.MappingBuilder first,
      com.github.tomakehurst.wiremock.client.MappingBuilder then) {
    server.stubFor(first.inScenario("s").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok"));
    server.stubFor(then.inScenario("s").whenScenarioStateIs("ok"));
  }

  @Test
  void getIsRetriedOn5xxThenSucceeds() {
    server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")).willSetStateTo("2"));
    server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs("2")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("3"));
    server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs("3")
        .willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor e = executor()) {
      JsonNode job = e.execute(op("job", "get"), GET_ARGS, ResponseType.json(), RequestOptions.none());
      assertThat(job.path("id").asText()).isEqualTo("1");
    }
    server.verify(3, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void getGivesUpAfterMaxRetries() {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(500).withBody("{\"_errors\":[]}")));
    try (OperationExecutor e = OperationExecutor.create(options().maxRetries(2).build())) {
      assertThatThrownBy(() -> e.execute(op("job", "get"), GET_ARGS, ResponseType.json(), RequestOptions.none()))
          .isInstanceOf(InternalServerException.class);
    }
    server.verify(3, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void perCallMaxRetriesOverridesTheClient() {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(500)));
    try (OperationExecutor e = executor()) {
      assertThatThrownBy(() -> e.execute(op("job", "get"), GET_ARGS, ResponseType.json(),
          RequestOptions.builder().maxRetries(0).build())).isInstanceOf(InternalServerException.class);
    }
    server.verify(1, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void getPutAndDeleteAreRetriedOnConnectionReset() {
    failTimesThen(get(urlPathEqualTo(JOB)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor e = executor()) {
      e.execute(op("job", "get"), GET_ARGS, ResponseType.json(), RequestOptions.none());
    }
    server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));

    server.resetAll();
    stubToken();
    String addr = ADDRESSES + "/a-1";
    failTimesThen(put(urlPathEqualTo(addr)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)),
        put(urlPathEqualTo(addr)).willReturn(okJson("{\"id\":\"a-1\",\"name\":\"a1\"}")));
    try (OperationExecutor e = executor()) {
      Address a = e.execute(op("address", "update"), Arguments.builder().param("id", "a-1")
          .body(Address.netmask("a1", "10.0.0.1/32")).build(), ResponseType.of(Address.class), RequestOptions.none());
      assertThat(a.id()).isEqualTo("a-1");
    }
    server.verify(2, putRequestedFor(urlPathEqualTo(addr)));

    server.resetAll();
    stubToken();
    failTimesThen(delete(urlPathEqualTo(addr)).willReturn(aResponse().withStatus(429)),
        delete(urlPathEqualTo(addr)).willReturn(aResponse().withStatus(200)));
    try (OperationExecutor e = executor()) {
      assertThat(e.execute(op("address", "delete"), Arguments.builder().param("id", "a-1").build(),
          ResponseType.json(), RequestOptions.none()).isNull()).isTrue();
    }
    server.verify(2, deleteRequestedFor(urlPathEqualTo(addr)));
  }

  @Test
  void getIsRetriedAfterATimeout() {
    failTimesThen(get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"slow\"}").withFixedDelay(1500)),
        get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor e = OperationExecutor.create(options().readTimeout(Duration.ofMillis(200)).build())) {
      JsonNode job = e.execute(op("job", "get"), GET_ARGS, ResponseType.json(), RequestOptions.none());
      assertThat(job.path("id").asText()).isEqualTo("1");
    }
  }

  @Test
  void postIsNotRetriedAfterATimeout() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{}").withFixedDelay(1500)));
    try (OperationExecutor e = OperationExecutor.create(options().readTimeout(Duration.ofMillis(200)).build())) {
      assertThatThrownBy(() -> e.execute(op("address", "create"), CREATE_ARGS, ResponseType.json(), RequestOptions.none()))
          .isInstanceOf(ApiIoException.class)
          .hasMessageStartingWith("I/O error on POST /sse/config/v1/addresses after 1 attempt")
          .hasCauseInstanceOf(InterruptedIOException.class);
    }
    server.verify(1, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  @Test
  void postIsNotRetriedAfterAReset() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (OperationExecutor e = executor()) {
      ApiIoException ex = (ApiIoException) catchThrowable(() ->
          e.execute(op("address", "create"), CREATE_ARGS, ResponseType.json(), RequestOptions.none()));
      assertThat(ex.attempts()).isEqualTo(1);
      assertThat(ex.method()).isEqualTo("POST");
      assertThat(ex.path()).isEqualTo(ADDRESSES);
      assertThat(ex.getCause()).isInstanceOf(IOException.class);
    }
    server.verify(1, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  @Test
  void postIsNotRetriedOn5xxOr429WithoutRetryAfter() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(503)));
    try (OperationExecutor e = executor()) {
      assertThatThrownBy(() -> e.execute(op("address", "create"), CREATE_ARGS, ResponseType.json(), RequestOptions.none()))
          .isInstanceOf(InternalServerException.class);
      server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(429)));
      assertThatThrownBy(() -> e.execute(op("address", "create"), CREATE_ARGS, ResponseType.json(), RequestOptions.none()))
          .isInstanceOf(RateLimitException.class);
    }
    server.verify(2, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  @Test
  void postIsRetriedOn429WithRetryAfterSeconds() {
    failTimesThen(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")),
        post(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{\"id\":\"n\",\"name\":\"a1\"}")));
    try (OperationExecutor e = executor()) {
      Address a = e.execute(op("address", "create"), CREATE_ARGS, ResponseType.of(Address.class), RequestOptions.none());
      assertThat(a.id()).isEqualTo("n");
    }
    server.verify(2, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  /** The AIRS scan API's declared 429 body (TooManyRequests): the wait is in the body, not a header. */
  private static String tooManyRequests(int interval, String unit) {
    return "{\"error\":{\"message\":\"Request exceeds limit\",\"retry_after\":{\"interval\":" + interval
        + ",\"unit\":\"" + unit + "\"}}}";
  }

  @Test
  void postIsRetriedOn429WhoseBodyNamesTheWait() {
    failTimesThen(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(429)
            .withHeader("Content-Type", "application/json").withBody(tooManyRequests(0, "second"))),
        post(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{\"id\":\"n\",\"name\":\"a1\"}")));
    try (OperationExecutor e = executor()) {
      Address a = e.execute(op("address", "create"), CREATE_ARGS, ResponseType.of(Address.class), RequestOptions.none());
      assertThat(a.id()).isEqualTo("n");
    }
    server.verify(2, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  @Test
  void aBodyWaitLongerThanTheCallsBudgetEndsTheCallAtOnce() {
    // without the body's wait a GET is retried after the backoff (about 1 s) that fits in 10 s;
    // the service asks for 5 minutes: the call ends with the 429 instead of asking again
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/json").withBody(tooManyRequests(5, "minute"))));
    try (OperationExecutor e = OperationExecutor.create(options().maxRetries(3).build())) {
      assertThatThrownBy(() -> e.execute(op("job", "get"), GET_ARGS, ResponseType.json(),
          RequestOptions.builder().timeout(Duration.ofSeconds(10)).build()))
          .isInstanceOf(RateLimitException.class).hasMessageContaining("retry after 5 minute");
    }
    server.verify(1, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void postIsRetriedOn503WithRetryAfterHttpDate() {
    Instant now = Instant.parse("2026-05-01T10:00:00Z");
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now, ZoneOffset.UTC));
    failTimesThen(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", date)),
        post(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{\"id\":\"n\"}")));
    ClientOptions o = options().clock(java.time.Clock.fixed(now, ZoneOffset.UTC)).build();
    try (OperationExecutor e = OperationExecutor.create(o)) {
      e.execute(op("address", "create"), CREATE_ARGS, ResponseType.json(), RequestOptions.none());
    }
    server.verify(2, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  @Test
  void postIsRetriedOnConnectionRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    ClientOptions o = options().baseUrl("http://127.0.0.1:" + port).maxRetries(2)
        .tokenProvider(TokenProvider.ofStatic("t")).build();
    try (OperationExecutor e = OperationExecutor.create(o)) {
      ApiIoException ex = (ApiIoException) catchThrowable(() ->
          e.execute(op("address", "create"), CREATE_ARGS, ResponseType.json(), RequestOptions.none()));
      assertThat(ex.attempts()).isEqualTo(3);
      assertThat(ex.getCause()).isInstanceOf(ConnectException.class);
      assertThat(ex).hasMessageStartingWith("I/O error on POST /sse/config/v1/addresses after 3 attempts");
    }
  }

  @Test
  void otherClientErrorsFailAtOnce() {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(400).withBody("{\"_errors\":[{\"message\":\"bad\"}]}")));
    try (OperationExecutor e = executor()) {
      assertThatThrownBy(() -> e.execute(op("job", "get"), GET_ARGS, ResponseType.json(), RequestOptions.none()))
          .isInstanceOf(BadRequestException.class);
    }
    server.verify(1, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void theRequestTimeoutBoundsTheWholeCallIncludingRetries() {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "60")));
    try (OperationExecutor e = OperationExecutor.create(options().maxRetries(10).build())) {
      // the 60 s Retry-After does not fit in a 10 s budget: the call ends with the 503 at once
      assertThatThrownBy(() -> e.execute(op("job", "get"), GET_ARGS, ResponseType.json(),
          RequestOptions.builder().timeout(Duration.ofSeconds(10)).build()))
          .isInstanceOf(InternalServerException.class);
    }
    server.verify(1, getRequestedFor(urlPathEqualTo(JOB)));

    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson("{}").withFixedDelay(3000)));
    try (OperationExecutor e = OperationExecutor.create(options().maxRetries(10).build())) {
      assertThatThrownBy(() -> e.execute(op("job", "get"), GET_ARGS, ResponseType.json(),
          RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
          .isInstanceOf(ApiIoException.class).hasMessageContaining("timed out");
    }
  }

  @Test
  void asyncRetriesWithScheduledBackoff() throws Exception {
    server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("2"));
    server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs("2")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("3"));
    server.stubFor(get(urlPathEqualTo(JOB)).inScenario("s").whenScenarioStateIs("3")
        .willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor e = OperationExecutor.create(options().backoffBase(Duration.ofMillis(20))
        .backoffCap(Duration.ofMillis(50)).build())) {
      JsonNode job = e.executeAsync(op("job", "get"), GET_ARGS, ResponseType.json(), RequestOptions.none())
          .get(10, TimeUnit.SECONDS);
      assertThat(job.path("id").asText()).isEqualTo("1");
    }
    server.verify(3, getRequestedFor(urlPathEqualTo(JOB)));
  }

  @Test
  void asyncPostNotRetriedAfterReset() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (OperationExecutor e = executor()) {
      assertThatThrownBy(() -> e.executeAsync(op("address", "create"), CREATE_ARGS, ResponseType.json(),
          RequestOptions.none()).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ApiIoException.class);
    }
    server.verify(1, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

}
