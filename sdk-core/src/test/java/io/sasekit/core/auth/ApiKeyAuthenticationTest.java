package io.sasekit.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.errors.UnauthorizedException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The second credential kind: a static header (the AIRS {@code x-pan-token} API key or a bearer token). */
class ApiKeyAuthenticationTest extends WireMockTestBase {
  private static final String KEY = "AIRS-api-KEY-value-0123456789abcdef";
  private static final String JOB = "/sse/config/v1/jobs/1";

  private static ClientOptions.Builder keyOptions(ApiKeyCredential credential) {
    return ClientOptions.builder()
        .apiKey(credential)
        .baseUrl(baseUrl())
        .backoffBase(Duration.ofMillis(1))
        .backoffCap(Duration.ofMillis(5))
        .callTimeout(Duration.ofSeconds(10));
  }

  @Test
  void apiKey_travelsInItsHeader_noTokenIsRequested_noAuthorizationIsSent() throws Exception {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor executor = OperationExecutor.create(keyOptions(ApiKeyCredential.apiKey(KEY)).build())) {
      executor.execute(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
          ResponseType.json(), RequestOptions.none());
      executor.executeAsync(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
          ResponseType.json(), RequestOptions.none()).get(10, TimeUnit.SECONDS);
    }
    server.verify(2, getRequestedFor(urlPathEqualTo(JOB))
        .withHeader("x-pan-token", equalTo(KEY)).withHeader("Authorization", absent()));
    assertThat(tokenRequests()).isZero();
  }

  @Test
  void bearerToken_travelsAsAuthorizationBearer() {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor executor = OperationExecutor.create(keyOptions(ApiKeyCredential.bearerToken(KEY)).build())) {
      executor.execute(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
          ResponseType.json(), RequestOptions.none());
    }
    server.verify(1, getRequestedFor(urlPathEqualTo(JOB))
        .withHeader("Authorization", equalTo("Bearer " + KEY)).withHeader("x-pan-token", absent()));
    assertThat(tokenRequests()).isZero();
  }

  @Test
  void refusedKey_isNotResentAsIfRefreshed_andNeverShowsInLogsMessagesOrToString() {
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"Not Authenticated\"}}")));
    CapturedLogs.clear();
    ClientOptions options = keyOptions(ApiKeyCredential.apiKey(KEY)).build();
    StringBuilder everything = new StringBuilder();
    try (OperationExecutor executor = OperationExecutor.create(options)) {
      everything.append(options).append('\n').append(executor).append('\n')
          .append(options.apiKey().orElseThrow()).append('\n');
      assertThatThrownBy(() -> executor.execute(TestRegistry.op("job", "get"),
          Arguments.builder().param("id", "1").build(), ResponseType.json(), RequestOptions.none()))
          .isInstanceOf(UnauthorizedException.class)
          .satisfies(e -> append(everything, e));
      assertThatThrownBy(() -> executor.executeAsync(TestRegistry.op("job", "get"),
          Arguments.builder().param("id", "1").build(), ResponseType.json(), RequestOptions.none()).join())
          .isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(UnauthorizedException.class)
          .satisfies(e -> append(everything, e));
    }
    server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
    String logs = CapturedLogs.all();
    assertThat(logs).contains("GET " + JOB + " -> 401").contains("x-pan-token: ****");
    everything.append(logs);
    assertThat(everything.toString()).doesNotContain(KEY).contains("x-pan-token: ****");
  }

  @Test
  void badCredentials_failWithATypedErrorNamingTheFieldButNotTheValue() {
    assertThatThrownBy(() -> ApiKeyCredential.apiKey(" "))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("apiKey"));
    assertThatThrownBy(() -> ApiKeyCredential.bearerToken(null))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("apiToken"));
    assertThatThrownBy(() -> ApiKeyCredential.apiKey("x".repeat(ApiKeyCredential.MAX_LENGTH + 1)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("2048");
    assertThatThrownBy(() -> ApiKeyCredential.apiKey(KEY + "\r\nX-Evil: 1"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("position")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
    assertThatThrownBy(() -> ApiKeyCredential.header("bad header", KEY))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("apiKeyHeader"));
    assertThatThrownBy(() -> keyOptions(ApiKeyCredential.apiKey(KEY)).tokenProvider(TokenProvider.ofStatic("t")).build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("apiKey"));
  }

  @Test
  void fromEnv_prefersTheKeyThenTheToken_andNeedsNoOauthCredentials() {
    assertThat(ApiKeyCredential.fromEnv(Map.of(ApiKeyCredential.ENV_API_KEY, KEY, ApiKeyCredential.ENV_API_TOKEN, "tok-1234")))
        .hasValueSatisfying(c -> {
          assertThat(c.headerName()).isEqualTo("x-pan-token");
          assertThat(c.isBearerToken()).isFalse();
        });
    assertThat(ApiKeyCredential.fromEnv(Map.of(ApiKeyCredential.ENV_API_TOKEN, "tok-1234")))
        .hasValueSatisfying(c -> assertThat(c.headerValue()).isEqualTo("Bearer tok-1234"));
    assertThat(ApiKeyCredential.fromEnv(Map.of(ApiKeyCredential.ENV_API_KEY, "  "))).isEmpty();
    ClientOptions options = keyOptions(ApiKeyCredential.apiKey(KEY)).build();
    assertThat(options.clientId()).isNull();
    assertThat(options.toBuilder().build().apiKey()).isPresent();
  }

  private static void append(StringBuilder sb, Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    sb.append(e).append('\n').append(w).append('\n');
  }
}
