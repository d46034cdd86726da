package io.sasekit.core.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.MutableClock;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokenProviderTest extends WireMockTestBase {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static void stubTokenSequence(long expiresIn, String... tokens) {
    for (int i = 0; i < tokens.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "token-" + i;
      server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(state)
          .willReturn(okJson("{\"access_token\":\"" + tokens[i] + "\",\"expires_in\":" + expiresIn
              + ",\"token_type\":\"Bearer\"}"))
          .willSetStateTo("token-" + (i + 1)));
    }
  }

  @Test
  void coldStartWith64ThreadsMakesExactlyOneTokenRequest() throws Exception {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":900}").withFixedDelay(300)));
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(options().build());
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<AccessToken>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return provider.token();
        }));
      }
      start.countDown();
      for (Future<AccessToken> f : results) {
        assertThat(f.get(20, TimeUnit.SECONDS).value()).isEqualTo(TOKEN);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests()).isEqualTo(1);
  }

  @Test
  void coldStartWith64ConcurrentApiCallsMakesOneTokenRequest() throws Exception {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":900}").withFixedDelay(300)));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/1")).willReturn(okJson("{\"id\":\"1\"}")));
    try (OperationExecutor executor = OperationExecutor.create(options().build())) {
      ExecutorService pool = Executors.newFixedThreadPool(32);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> sync = new ArrayList<>();
        List<CompletableFuture<?>> async = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          sync.add(pool.submit(() -> {
            start.await();
            return executor.execute(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
                ResponseType.json(), RequestOptions.none());
          }));
        }
        for (int i = 0; i < 32; i++) {
          async.add(executor.executeAsync(TestRegistry.op("job", "get"),
              Arguments.builder().param("id", "1").build(), ResponseType.json(), RequestOptions.none()));
        }
        start.countDown();
        for (Future<?> f : sync) {
          f.get(20, TimeUnit.SECONDS);
        }
        CompletableFuture.allOf(async.toArray(new CompletableFuture<?>[0])).get(20, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(tokenRequests()).isEqualTo(1);
    server.verify(64, getRequestedFor(urlPathEqualTo("/sse/config/v1/jobs/1"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void refreshesWhenLessThanTheMarginRemains() {
    stubTokenSequence(3600, "tok-1", "tok-2");
    MutableClock clock = new MutableClock(T0);
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(
        options().clock(clock).tokenRefreshMargin(Duration.ofMinutes(5)).build());
    assertThat(provider.token().value()).isEqualTo("tok-1");
    assertThat(provider.token().expiresAt()).isEqualTo(T0.plusSeconds(3600));
    clock.advance(Duration.ofSeconds(3600 - 301));
    assertThat(provider.token().value()).isEqualTo("tok-1");
    assertThat(tokenRequests()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(2));
    assertThat(provider.token().value()).isEqualTo("tok-2");
    assertThat(tokenRequests()).isEqualTo(2);
    assertThat(provider.token().value()).isEqualTo("tok-2");
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void shortTokensAreRefreshedAtHalfLife() {
    stubTokenSequence(400, "tok-1", "tok-2");
    MutableClock clock = new MutableClock(T0);
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(
        options().clock(clock).tokenRefreshMargin(Duration.ofMinutes(5)).build());
    assertThat(provider.token().value()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(199));
    assertThat(provider.token().value()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(2));
    assertThat(provider.token().value()).isEqualTo("tok-2");
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void asyncCallersKeepUsingTheValidTokenDuringAnEarlyRefresh() throws Exception {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")).willSetStateTo("second"));
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("slow").whenScenarioStateIs("second")
        .willReturn(okJson("{\"access_token\":\"tok-2\",\"expires_in\":3600}").withFixedDelay(500)));
    MutableClock clock = new MutableClock(T0);
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(options().clock(clock).build());
    assertThat(provider.tokenAsync().get(10, TimeUnit.SECONDS).value()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(3600 - 60)); // inside the 5-minute margin, still valid
    for (int i = 0; i < 20; i++) {
      CompletableFuture<AccessToken> f = provider.tokenAsync();
      assertThat(f).isDone();
      assertThat(f.get().value()).isEqualTo("tok-1");
    }
    // a synchronous caller that is not the leader does not wait either
    assertThat(provider.token().value()).isEqualTo("tok-1");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!provider.tokenAsync().get().value().equals("tok-2") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(provider.token().value()).isEqualTo("tok-2");
    assertThat(tokenRequests()).isEqualTo(2);
  }

  @Test
  void aFailedEarlyRefreshKeepsTheValidToken() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("fail").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"tok-1\",\"expires_in\":3600}")).willSetStateTo("down"));
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("fail").whenScenarioStateIs("down")
        .willReturn(aResponse().withStatus(500).withBody("down")));
    MutableClock clock = new MutableClock(T0);
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(options().clock(clock).build());
    assertThat(provider.token().value()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(3600 - 60));
    assertThat(provider.token().value()).isEqualTo("tok-1");
    clock.advance(Duration.ofSeconds(61));
    assertThatThrownBy(provider::token).isInstanceOf(TokenException.class)
        .hasMessage("token fetch failed: status=500 body=down" + at());
  }

  @Test
  void sendsBasicCredentialsAndTheTsgScope() {
    stubToken();
    ClientOptions o = options().build();
    ClientCredentialsTokenProvider.of(o).token();
    LoggedRequest r = server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).get(0);
    String basic = Base64.getEncoder().encodeToString(
        (o.clientId() + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    assertThat(r.getHeader("Authorization")).isEqualTo("Basic " + basic);
    assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(r.getBodyAsString()).isEqualTo("grant_type=client_credentials&scope=tsg_id:1234567890");
    assertThat(ClientCredentialsTokenProvider.of(o).scope()).contains("tsg_id:1234567890");
  }

  @Test
  void noScopeWithoutTsg() {
    stubToken();
    ClientOptions o = ClientOptions.builder().clientId("no-tsg-" + System.nanoTime()).clientSecret(SECRET)
        .baseUrl(baseUrl()).tokenUrl(baseUrl() + TOKEN_PATH).build();
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(o);
    provider.token();
    assertThat(server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).get(0).getBodyAsString())
        .isEqualTo("grant_type=client_credentials");
    assertThat(provider.scope()).isEmpty();
  }

  @Test
  void tokenEndpoint401WithOAuthErrorJson() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));
    TokenException e = fetchFails(options().build());
    assertThat(e).hasMessage("token fetch failed: status=401 body=invalid_client (Client authentication failed)" + at());
    assertThat(e.status()).hasValue(401);
    assertThat(e.body()).contains("invalid_client");
  }

  @Test
  void tokenEndpoint401WithPlainBody() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401).withBody("invalid_client")));
    assertThat(fetchFails(options().build())).hasMessage("token fetch failed: status=401 body=invalid_client" + at());
  }

  @Test
  void tokenEndpoint403And500() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(403)
        .withBody("{\"error\":\"unauthorized_client\"}")));
    assertThat(fetchFails(options().build())).hasMessage("token fetch failed: status=403 body=unauthorized_client" + at());
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(500)
        .withBody("<html>" + "x".repeat(3000) + "</html>")));
    TokenException e = fetchFails(options().build());
    assertThat(e.getMessage()).startsWith("token fetch failed: status=500 body=<html>xxx");
    assertThat(e.getMessage().length()).isLessThan(1200);
    assertThat(e.status()).hasValue(500);
  }

  @Test
  void timeoutUnreachableGarbageAndMissingToken() throws IOException {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("{\"access_token\":\"x\"}").withFixedDelay(2000)));
    TokenException timeout = fetchFails(options().readTimeout(Duration.ofMillis(200)).build());
    assertThat(timeout).hasMessage("token fetch failed: no answer in time (" + timeout.getCause().getClass().getSimpleName()
        + ": " + timeout.getCause().getMessage() + ")" + at());
    assertThat(timeout.getCause()).isInstanceOf(InterruptedIOException.class);

    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    TokenException unreachable = fetchFails(options().tokenUrl("http://127.0.0.1:" + port + TOKEN_PATH).build());
    assertThat(unreachable).hasMessageStartingWith("token fetch failed: cannot connect (ConnectException: ")
        .hasMessageEndingWith("(token URL http://127.0.0.1:" + port + TOKEN_PATH + ")");
    assertThat(unreachable.getCause()).isInstanceOf(ConnectException.class);

    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200).withBody("{not json at all")));
    TokenException garbage = fetchFails(options().build());
    assertThat(garbage).hasMessage("token fetch failed: the answer is not valid JSON (status 200, 16 chars)" + at());
    assertThat(garbage.getCause()).hasMessageContaining("not valid JSON");

    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":900}")));
    TokenException missing = fetchFails(options().build());
    assertThat(missing).hasMessage("token fetch failed: the answer has no access_token (status 200)" + at());

    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThat(fetchFails(options().build())).hasMessageStartingWith("token fetch failed: network failure (")
        .hasMessageEndingWith(at()).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void asyncFailuresCompleteExceptionallyWithTokenException() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401).withBody("invalid_client")));
    CompletableFuture<AccessToken> f = ClientCredentialsTokenProvider.of(options().build()).tokenAsync();
    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TokenException.class)
        .cause().hasMessage("token fetch failed: status=401 body=invalid_client" + at());
  }

  @Test
  void twoClientsWithTheSameCredentialsShareOneTokenRequest() {
    stubToken();
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/1")).willReturn(okJson("{\"id\":\"1\"}")));
    ClientOptions a = options().build();
    ClientOptions b = a.toBuilder().userAgentSuffix("other/1.0").build();
    try (OperationExecutor one = OperationExecutor.create(a); OperationExecutor two = OperationExecutor.create(b)) {
      Arguments args = Arguments.builder().param("id", "1").build();
      one.execute(TestRegistry.op("job", "get"), args, ResponseType.json(), RequestOptions.none());
      two.execute(TestRegistry.op("job", "get"), args, ResponseType.json(), RequestOptions.none());
      one.withOptions(a.toBuilder().maxRetries(0).build())
          .execute(TestRegistry.op("job", "get"), args, ResponseType.json(), RequestOptions.none());
    }
    assertThat(tokenRequests()).isEqualTo(1);
    // a rotated secret is a different cache
    ClientCredentialsTokenProvider.of(a.toBuilder().clientSecret("rotated-secret-value").build()).token();
    assertThat(tokenRequests()).isEqualTo(2);
    // another scope too
    ClientCredentialsTokenProvider.of(a.toBuilder().tsgId("42").build()).token();
    assertThat(tokenRequests()).isEqualTo(3);
  }

  @Test
  void toStringShowsNeitherSecretNorToken() {
    stubToken();
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(options().build());
    AccessToken token = provider.token();
    assertThat(provider.toString()).doesNotContain(SECRET).doesNotContain(TOKEN).contains("tsg_id:1234567890");
    assertThat(token.toString()).doesNotContain(TOKEN);
  }

  private static TokenException fetchFails(ClientOptions options) {
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(options);
    try {
      provider.token();
    } catch (TokenException e) {
      assertThat(e.getMessage()).doesNotContain(SECRET);
      return e;
    }
    throw new AssertionError("expected a TokenException");
  }

  @Test
  void expiresInOutsideSaneBoundsIsClamped() {
    // 0 and negative would mean a token per call, 1e30 used to overflow into a TokenException
    Object[][] cases = {{"0", 60L}, {"-5", 60L}, {"1", 60L}, {"\"-100\"", 60L}, {"1e30", 86_400L},
        {"1.0E300", 86_400L}, {"9223372036854775807", 86_400L}, {"3600", 3600L}, {"\"not a number\"", 900L}};
    for (Object[] c : cases) {
      server.resetAll();
      server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
          "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":" + c[0] + "}")));
      MutableClock clock = new MutableClock(T0);
      ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(
          options().clock(clock).tokenRefreshMargin(Duration.ofSeconds(10)).build());
      AccessToken t = provider.token();
      assertThat(t.expiresAt()).as("expires_in=" + c[0]).isEqualTo(T0.plusSeconds((Long) c[1]));
      // within the clamped lifetime the token is reused: not one fetch per call
      clock.advance(Duration.ofSeconds(30));
      assertThat(provider.token()).isSameAs(t);
      assertThat(tokenRequests()).as("expires_in=" + c[0]).isEqualTo(1);
    }
  }

  @Test
  void everyTokenFailureNamesTheTokenUrlAndTheCause() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String deadUrl = "http://127.0.0.1:" + port + TOKEN_PATH;
    TokenException sync = fetchFails(options().tokenUrl(deadUrl).build());
    assertThat(sync.getMessage()).contains(deadUrl).contains("cannot connect").contains("ConnectException");
    CompletableFuture<AccessToken> f = ClientCredentialsTokenProvider.of(options().tokenUrl(deadUrl).build()).tokenAsync();
    Throwable async = org.assertj.core.api.Assertions.catchThrowable(() -> f.get(10, TimeUnit.SECONDS)).getCause();
    assertThat(async).isInstanceOf(TokenException.class);
    assertThat(async.getMessage()).contains(deadUrl).contains("cannot connect");
    assertThat(sync.getMessage()).doesNotContain("failed to obtain access token");
  }

  /** The end of every token failure message: the token URL. */
  private static String at() {
    return " (token URL " + baseUrl() + TOKEN_PATH + ")";
  }
}
