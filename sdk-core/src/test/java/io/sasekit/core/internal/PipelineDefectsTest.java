package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ApiIoException;
import io.sasekit.core.errors.InternalServerException;
import io.sasekit.core.errors.RedirectException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.retry.RetryPolicy;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.FakeSleeper;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import io.sasekit.core.transport.Transport;
import io.sasekit.core.transport.TransportRequest;
import io.sasekit.core.transport.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Defects 1, 2, 3, 8 of issue 10, each through the executor against WireMock. */
class PipelineDefectsTest extends WireMockTestBase {
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private static final String JOB = "/sse/config/v1/jobs/1";
  private static final Arguments CREATE = Arguments.builder().param("folder", "Shared")
      .body(Address.netmask("a1", "10.0.0.1/32")).build();
  private static final Arguments GET_ARGS = Arguments.builder().param("id", "1").build();

  @BeforeEach
  void token() {
    stubToken();
  }

  private static CompletableFuture<?> createAsync(OperationExecutor e) {
    return e.executeAsync(TestRegistry.op("address", "create"), CREATE, ResponseType.json(), null);
  }

  /**
   * A create in a folder of the test's own: the server is shared by the class and a request another
   * test cancelled in flight may still reach it after the reset, so a count of sends matches the folder.
   */
  private static CompletableFuture<?> createAsync(OperationExecutor e, String folder) {
    Arguments args = Arguments.builder().param("folder", folder).body(Address.netmask("a1", "10.0.0.1/32")).build();
    return e.executeAsync(TestRegistry.op("address", "create"), args, ResponseType.json(), null);
  }

  private static void verifySentOnce(String folder) {
    server.verify(1, postRequestedFor(urlPathEqualTo(ADDRESSES)).withQueryParam("folder", equalTo(folder)));
  }

  // ------------------------------------------------------------------ defect 1: cancellation

  @Test
  void cancellingAnAsyncCallStopsItsRetries() throws Exception {
    server.stubFor(post(urlPathEqualTo(ADDRESSES))
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
    FakeSleeper sleeper = FakeSleeper.holding();
    try (OperationExecutor e = OperationExecutor.create(options().sleeper(sleeper).build())) {
      CompletableFuture<?> f = createAsync(e, "CancelCase");
      assertThat(sleeper.awaitHeld()).as("a retry wait was scheduled").isTrue();
      f.cancel(true);
      sleeper.releaseAll(); // the wait "passes": a cancelled call must not send again
      assertThat(f).isCancelled();
    }
    verifySentOnce("CancelCase");
  }

  @Test
  void aTimeoutOnTheCallersFutureStopsItsRetriesLikeCancel() throws Exception {
    server.stubFor(post(urlPathEqualTo(ADDRESSES))
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
    FakeSleeper sleeper = FakeSleeper.holding();
    try (OperationExecutor e = OperationExecutor.create(options().sleeper(sleeper).build())) {
      CompletableFuture<?> f = createAsync(e, "TimeoutCase");
      assertThat(sleeper.awaitHeld()).isTrue();
      f.completeExceptionally(new TimeoutException()); // what orTimeout does
      sleeper.releaseAll(); // dropped, or run and finding the call over: nothing more is sent
    }
    verifySentOnce("TimeoutCase");
  }

  @Test
  void cancellingAnAsyncCallCancelsTheExchangeInFlight() throws Exception {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{}").withFixedDelay(5_000)));
    CountDownLatch sent = new CountDownLatch(1);
    List<CompletableFuture<TransportResponse>> exchanges = new CopyOnWriteArrayList<>();
    UnaryOperator<Transport> spy = inner -> new Transport() {
      @Override
      public TransportResponse execute(TransportRequest request) throws IOException {
        return inner.execute(request);
      }

      @Override
      public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        CompletableFuture<TransportResponse> f = inner.executeAsync(request);
        if (request.method().equals("POST") && request.url().endsWith(ADDRESSES + "?folder=Shared")) {
          exchanges.add(f);
          sent.countDown();
        }
        return f;
      }
    };
    try (OperationExecutor e = OperationExecutor.create(options().transportCustomizer(spy).build())) {
      CompletableFuture<?> f = createAsync(e);
      assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
      long start = System.nanoTime();
      f.cancel(true);
      assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
      // the exchange is cancelled too (the server answers only after 5 s)
      assertThat(exchanges).hasSize(1);
      assertThatThrownBy(() -> exchanges.get(0).get(2, TimeUnit.SECONDS))
          .isInstanceOf(CancellationException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  // ------------------------------------------------------------------ defect 2: token in the budget

  @Test
  void theCallBudgetCoversTheTokenFetchAndNothingIsSentOnceSpent() {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
        "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":900}").withFixedDelay(4_000)));
    RequestOptions oneSecond = RequestOptions.builder().timeout(Duration.ofSeconds(1)).build();
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      long start = System.nanoTime();
      Throwable sync = catchThrowable(() -> e.execute(
          TestRegistry.op("address", "create"), CREATE, ResponseType.json(), oneSecond));
      assertThat(sync).isInstanceOf(ApiIoException.class)
          .hasMessageContaining("timed out").hasMessageContaining("access token");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      long start = System.nanoTime();
      Throwable async = catchThrowable(() -> e.executeAsync(TestRegistry.op("address", "create"),
          CREATE, ResponseType.json(), oneSecond).get(10, TimeUnit.SECONDS));
      assertThat(async).hasCauseInstanceOf(ApiIoException.class);
      assertThat(async.getCause()).hasMessageContaining("timed out");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }
    server.verify(0, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  // ------------------------------------------------------------------ defect 3: default budget

  @Test
  void aDefaultBudgetBoundsEveryCall() {
    assertThat(ClientOptions.builder().clientId("c").clientSecret("secret")
        .baseUrl("https://api.example.com").build().totalTimeout())
        .isEqualTo(Duration.ofMinutes(3));
    // 300 s Retry-After storm with 10 retries allowed: the budget, not the retry count, ends it
    server.stubFor(get(urlPathEqualTo(JOB))
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "100")));
    FakeSleeper sleeper = FakeSleeper.immediate();
    try (OperationExecutor e = OperationExecutor.create(options().maxRetries(10).sleeper(sleeper).build())) {
      Throwable t = catchThrowable(() -> e.execute(TestRegistry.op("job", "get"), GET_ARGS,
          ResponseType.json(), null));
      assertThat(t).isInstanceOf(InternalServerException.class);
      // 180 s: one 100 s wait fits, the second would pass the budget
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(100));
      assertThat(((ApiException) t).attempts()).isEqualTo(2);
    }
    server.verify(2, getRequestedFor(urlPathEqualTo(JOB)));
    try (OperationExecutor e = OperationExecutor.create(
        options().maxRetries(10).sleeper(FakeSleeper.immediate()).totalTimeout(Duration.ofMinutes(10)).build())) {
      server.resetRequests();
      catchThrowable(() -> e.execute(TestRegistry.op("job", "get"), GET_ARGS, ResponseType.json(), null));
      server.verify(6, getRequestedFor(urlPathEqualTo(JOB))); // overridable: 5 waits of 100 s fit
    }
  }

  @Test
  void everyRetryIsLoggedAtInfoAndTheAttemptCountIsInTheMessage() {
    server.stubFor(put(urlPathEqualTo("/sse/config/v1/addresses/1"))
        .willReturn(aResponse().withStatus(502).withBody("bad gateway")));
    CapturedLogs.clear();
    try (OperationExecutor e = OperationExecutor.create(
        options().maxRetries(2).sleeper(FakeSleeper.immediate()).build())) {
      Arguments update = Arguments.builder().param("id", "1")
          .body(Address.netmask("a1", "10.0.0.1/32")).build();
      assertThatThrownBy(() -> e.execute(TestRegistry.op("address", "update"), update,
          ResponseType.json(), null))
          .isInstanceOf(InternalServerException.class)
          .hasMessageStartingWith("API error [502] PUT /sse/config/v1/addresses/1")
          .hasMessageEndingWith("(after 3 attempts)");
    }
    List<String> infos = CapturedLogs.lines().stream()
        .filter(l -> l.startsWith("INFO io.sasekit.core.http") && l.contains("will be retried"))
        .toList();
    assertThat(infos).hasSize(2)
        .allMatch(l -> l.contains("PUT /sse/config/v1/addresses/1") && l.contains("status 502")
            && l.matches("(?s).*retried in \\d+ ms as attempt [23].*"));
  }

  @Test
  void aCallersRetryPolicyDecidesAndTheBudgetStillBoundsIt() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(500)));
    List<String> asked = new CopyOnWriteArrayList<>();
    RetryPolicy everyTime = new RetryPolicy() {
      @Override
      public Decision onResponse(String method, int status, java.util.Map<String, List<String>> headers, int retries) {
        asked.add(method + " " + status + " " + retries);
        return Decision.retry(Duration.ofSeconds(40), "custom rule");
      }

      @Override
      public Decision onFailure(String method, Throwable failure, int retries) {
        return Decision.stop("custom rule");
      }
    };
    FakeSleeper sleeper = FakeSleeper.immediate();
    try (OperationExecutor e = OperationExecutor.create(options().retryPolicy(everyTime)
        .sleeper(sleeper).totalTimeout(Duration.ofSeconds(100)).build())) {
      assertThatThrownBy(() -> e.execute(TestRegistry.op("address", "create"), CREATE,
          ResponseType.json(), null))
          .isInstanceOf(InternalServerException.class).hasMessageEndingWith("(after 3 attempts)");
    }
    // two 40 s waits fit in 100 s, the third would not: the policy is asked three times
    assertThat(asked).containsExactly("POST 500 0", "POST 500 1", "POST 500 2");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40));
    server.verify(3, postRequestedFor(urlPathEqualTo(ADDRESSES)));
  }

  // ------------------------------------------------------------------ defect 8: redirects

  @Test
  void aRedirectedPostIsNotFollowedAndNamesTheLocation() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES))
        .willReturn(aResponse().withStatus(302).withHeader("Location", "/sse/config/v1/elsewhere")));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/elsewhere")).willReturn(okJson("{\"id\":\"x\"}")));
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      assertThatThrownBy(() -> e.execute(TestRegistry.op("address", "create"), CREATE,
          ResponseType.json(), null))
          .isInstanceOf(RedirectException.class)
          .hasMessageContaining("302").hasMessageContaining("/sse/config/v1/elsewhere")
          .hasMessageContaining("POST is never redirected");
      assertThat(catchThrowable(() -> createAsync(e).get(10, TimeUnit.SECONDS)))
          .hasCauseInstanceOf(RedirectException.class);
    }
    server.verify(2, postRequestedFor(urlPathEqualTo(ADDRESSES)));
    server.verify(0, getRequestedFor(urlPathEqualTo("/sse/config/v1/elsewhere")));
  }

  @Test
  void noBodyAndNoCredentialGoesToAnotherHost() {
    WireMockServer other = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    other.start();
    try {
      String elsewhere = "http://127.0.0.1:" + other.port() + "/steal";
      other.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(anyUrl()).willReturn(okJson("{}")));
      server.stubFor(post(urlPathEqualTo(ADDRESSES))
          .willReturn(aResponse().withStatus(307).withHeader("Location", elsewhere)));
      server.stubFor(get(urlPathEqualTo(JOB))
          .willReturn(aResponse().withStatus(308).withHeader("Location", elsewhere)));
      try (OperationExecutor e = OperationExecutor.create(options().build())) {
        assertThatThrownBy(() -> e.execute(TestRegistry.op("address", "create"), CREATE,
            ResponseType.json(), null)).isInstanceOf(RedirectException.class)
            .hasMessageContaining(elsewhere);
        assertThatThrownBy(() -> e.execute(TestRegistry.op("job", "get"), GET_ARGS,
            ResponseType.json(), null)).isInstanceOf(RedirectException.class)
            .hasMessageContaining(elsewhere).hasMessageContaining("another origin");
      }
      assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    } finally {
      other.stop();
    }
  }

  @Test
  void aGetRedirectedOnTheSameOriginIsFollowedWithItsToken() {
    server.stubFor(get(urlPathEqualTo(JOB))
        .willReturn(aResponse().withStatus(302).withHeader("Location", "/sse/config/v1/jobs/2")));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/2")).willReturn(okJson("{\"id\":\"2\"}")));
    try (OperationExecutor e = OperationExecutor.create(options().build())) {
      Object r = e.execute(TestRegistry.op("job", "get"), GET_ARGS, ResponseType.json(), null);
      assertThat(r.toString()).contains("\"2\"");
    }
    server.verify(1, getRequestedFor(urlPathEqualTo("/sse/config/v1/jobs/2"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + TOKEN)));
  }
}
