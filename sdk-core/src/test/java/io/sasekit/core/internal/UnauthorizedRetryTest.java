package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.UnauthorizedException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnauthorizedRetryTest extends WireMockTestBase {
  private static final String PATH = "/sse/config/v1/jobs/7";
  private static final Arguments ARGS = Arguments.builder().param("id", "7").build();

  @BeforeEach
  void tokens() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":900}")).willSetStateTo("2"));
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("2")
        .willReturn(okJson("{\"access_token\":\"tok-2\",\"expires_in\":900}")));
  }

  private void api401Then200() {
    server.stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer tok-1"))
        .willReturn(aResponse().withStatus(401).withBody("{\"_errors\":[{\"code\":\"E016\",\"message\":\"Not Authenticated\"}]}")));
    server.stubFor(get(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer tok-2"))
        .willReturn(okJson("{\"id\":\"7\",\"status\":\"FIN\"}")));
  }

  @Test
  void a401RefreshesTheTokenOnceAndRetries() {
    api401Then200();
    try (OperationExecutor executor = OperationExecutor.create(options().maxRetries(0).build())) {
      JsonNode job = executor.execute(TestRegistry.op("job", "get"), ARGS, ResponseType.json(), RequestOptions.none());
      assertThat(job.path("status").asText()).isEqualTo("FIN");
    }
    assertThat(tokenRequests()).isEqualTo(2);
    server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void a401RefreshesOnTheAsyncPathToo() throws Exception {
    api401Then200();
    try (OperationExecutor executor = OperationExecutor.create(options().build())) {
      JsonNode job = executor.executeAsync(TestRegistry.op("job", "get"), ARGS, ResponseType.json(),
          RequestOptions.none()).get(10, TimeUnit.SECONDS);
      assertThat(job.path("id").asText()).isEqualTo("7");
    }
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void aSecond401IsUnauthorized() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
        .withBody("{\"_errors\":[{\"code\":\"E016\",\"message\":\"Not Authenticated\"}],\"_request_id\":\"r-1\"}")));
    try (OperationExecutor executor = OperationExecutor.create(options().build())) {
      assertThatThrownBy(() -> executor.execute(TestRegistry.op("job", "get"), ARGS, ResponseType.json(),
          RequestOptions.none()))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessage("API error [401] GET /sse/config/v1/jobs/7: Not Authenticated (E016, request r-1)"
              + " (after 2 attempts)"); // the first 401, then one with a fresh token
      assertThatThrownBy(() -> executor.executeAsync(TestRegistry.op("job", "get"), ARGS, ResponseType.json(),
          RequestOptions.none()).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(UnauthorizedException.class);
    }
    // two calls, each: one 401, one refresh, one more 401
    server.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    assertThat(tokenRequests()).isEqualTo(3);
  }

  @Test
  void aStaticTokenIsNotRetriedPointlessly() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)));
    try (OperationExecutor executor = OperationExecutor.create(
        options().tokenProvider(TokenProvider.ofStatic("static-token")).build())) {
      assertThatThrownBy(() -> executor.execute(TestRegistry.op("job", "get"), ARGS, ResponseType.json(),
          RequestOptions.none())).isInstanceOf(UnauthorizedException.class)
          .hasMessage("API error [401] GET /sse/config/v1/jobs/7");
    }
    server.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer static-token")));
    assertThat(tokenRequests()).isZero();
  }
}
