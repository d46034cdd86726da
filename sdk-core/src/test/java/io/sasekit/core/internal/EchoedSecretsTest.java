package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.ClientCredentialsTokenProvider;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.errors.UnauthorizedException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hostile or careless server echoes credentials back: in 401 bodies, token-endpoint errors,
 * truncated answers. None of it may reach an exception message, a stack trace or a TRACE log.
 */
class EchoedSecretsTest extends WireMockTestBase {
  private static final String JOB = "/sse/config/v1/jobs/1";
  /** A secret with characters that change under URL-encoding. */
  private static final String ODD_SECRET = "p@ss w0rd+/=&:Sec-" + System.nanoTime();
  private final List<Object> inspected = new ArrayList<>();

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  private Throwable callJob(OperationExecutor e, ResponseType<?> type) {
    Throwable sync = catchThrowable(() -> e.execute(TestRegistry.op("job", "get"),
        Arguments.builder().param("id", "1").build(), type, RequestOptions.none()));
    Throwable async = catchThrowable(() -> e.executeAsync(TestRegistry.op("job", "get"),
        Arguments.builder().param("id", "1").build(), type, RequestOptions.none()).get(10, TimeUnit.SECONDS));
    inspected.add(sync);
    inspected.add(async);
    return sync;
  }

  /** Messages, stack traces, toString of everything inspected and every captured log line. */
  private String everything() {
    return CapturedLogs.allWith(inspected);
  }

  @Test
  void a401EchoingTheBearerTokenDoesNotLeakIt() {
    String token = "opaque-" + System.nanoTime() + "-tokenvalue";
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"access_token\":\"" + token + "\",\"expires_in\":900}")));
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(401).withBody(
        "{\"_errors\":[{\"message\":\"token " + token + " rejected\",\"details\":{\"header\":\"Bearer "
            + token + "\"}}]}")));
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      assertThat(callJob(e, ResponseType.json())).isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("rejected");
    }
    // a caller's own provider too, and a token the SDK never saw, behind "Bearer"
    String own = "caller-owned-" + System.nanoTime();
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(401).withBody(
        "{\"message\":\"bad token " + own + "; expected Bearer never-seen-token-123\"}")));
    try (OperationExecutor e = OperationExecutor.create(options().tokenProvider(TokenProvider.ofStatic(own)).build())) {
      callJob(e, ResponseType.json());
    }
    assertThat(everything()).contains("rejected").doesNotContain(token).doesNotContain(own)
        .doesNotContain("never-seen-token-123");
  }

  @Test
  void aTokenEndpointEchoingTheBasicCredentialInAnyEncodingDoesNotLeakIt() {
    ClientOptions o = options().clientSecret(ODD_SECRET).build();
    byte[] pair = (o.clientId() + ":" + ODD_SECRET).getBytes(StandardCharsets.UTF_8);
    String b64 = Base64.getEncoder().encodeToString(pair);
    String urlEncoded = URLEncoder.encode(ODD_SECRET, StandardCharsets.UTF_8);
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401).withBody(
        "{\"error\":\"invalid_client\",\"error_description\":\"got " + b64 + " i.e. " + ODD_SECRET
            + " (form " + urlEncoded + ", unpadded " + b64.replace("=", "") + ")\"}")));
    TokenException sync = (TokenException) catchThrowable(() -> ClientCredentialsTokenProvider.of(o).token());
    inspected.add(sync);
    inspected.add(sync.body());
    inspected.add(catchThrowable(() -> ClientCredentialsTokenProvider.of(options().clientSecret(ODD_SECRET).build())
        .tokenAsync().get(10, TimeUnit.SECONDS)));
    try (OperationExecutor e = OperationExecutor.create(o)) {
      callJob(e, ResponseType.json());
    }
    assertThat(sync).hasMessageContaining("invalid_client").hasMessageContaining(o.tokenUrl());
    assertThat(everything()).contains("invalid_client").doesNotContain(ODD_SECRET).doesNotContain(b64)
        .doesNotContain(b64.replace("=", "")).doesNotContain(urlEncoded);
  }

  @Test
  void aTruncatedAnswerCarryingTokensIsNotQuotedInAParseError() {
    stubToken();
    String echoed = "zzAccessTokenValue" + System.nanoTime();
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(okJson(
        "{\"id\":\"1\",\"access_token\":\"" + echoed + "\",\"refresh_token\": \"rr" + echoed
            + "\",\"client_secret\":\"cs" + echoed + "\",\"api_key\":\"ak" + echoed + "\",\"name\":\"tr")));
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      assertThat(callJob(e, ResponseType.single(io.sasekit.core.testing.Address.class)))
          .isInstanceOf(ResponseParseException.class).hasMessageContaining("\"access_token\":\"****\"");
    }
    assertThat(everything()).doesNotContain(echoed);
  }

  @Test
  void aSecretStraddlingTheMessageCutIsStillHidden() {
    stubToken();
    server.stubFor(get(urlPathEqualTo(JOB)).willReturn(aResponse().withStatus(500)
        .withBody("x".repeat(1015) + " " + TOKEN + " and more")));
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      ApiException ex = (ApiException) callJob(e, ResponseType.json());
      assertThat(ex.getMessage()).contains("chars)");
    }
    assertThat(everything()).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(0, 12));
  }
}
