package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.sasekit.core.transport.Transport;
import io.sasekit.core.transport.TransportRequest;
import io.sasekit.core.transport.TransportResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TransportAndRedactionTest extends WireMockTestBase {

  @Test
  void derivedTransportsShareThePoolAndDispatcher() {
    ClientOptions o = options().build();
    try (HttpTransport t = HttpTransport.create(o)) {
      HttpTransport d = t.derive(o.toBuilder().readTimeout(Duration.ofSeconds(1)).build());
      assertThat(d.okHttpClient().connectionPool()).isSameAs(t.okHttpClient().connectionPool());
      assertThat(d.okHttpClient().dispatcher()).isSameAs(t.okHttpClient().dispatcher());
      assertThat(d.okHttpClient().readTimeoutMillis()).isEqualTo(1000);
      assertThat(t.okHttpClient().retryOnConnectionFailure()).isFalse();
    }
  }

  @Test
  void theOptionsProxyAppliesToTheDefaultTransport() {
    ClientOptions o = options()
        .proxy(io.sasekit.core.ProxySettings.of("proxy.corp", 3128).withNoProxy(java.util.List.of("internal.corp"))).build();
    try (HttpTransport t = HttpTransport.create(o)) {
      assertThat(t.okHttpClient().proxySelector().select(java.net.URI.create("https://api.example.com/x")))
          .extracting(p -> p.address().toString()).containsExactly("proxy.corp/<unresolved>:3128");
      assertThat(t.okHttpClient().proxySelector().select(java.net.URI.create("https://db.internal.corp/x")))
          .containsExactly(java.net.Proxy.NO_PROXY);
      assertThat(t.okHttpClient().connectTimeoutMillis()).isEqualTo(2000);
      assertThat(t.okHttpClient().followRedirects()).isFalse();
    }
  }

  @Test
  void aCallerSuppliedTransportCarriesEveryCallAndIsNotClosed() throws Exception {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicBoolean closed = new AtomicBoolean();
    Transport mine = new Transport() {
      @Override
      public TransportResponse execute(TransportRequest request) {
        seen.add(request.method() + " " + request.url());
        return new TransportResponse(200, java.util.Map.of(), "{\"id\":\"1\"}");
      }

      @Override
      public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(execute(request));
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    try (OperationExecutor e = OperationExecutor.create(
        options().tokenProvider(TokenProvider.ofStatic("t")).transport(mine).build())) {
      Arguments args = Arguments.builder().param("id", "1").build();
      e.execute(TestRegistry.op("job", "get"), args, ResponseType.json(), null);
      e.executeAsync(TestRegistry.op("job", "get"), args, ResponseType.json(), null).get(10, TimeUnit.SECONDS);
    }
    assertThat(seen).hasSize(2).allMatch(s -> s.startsWith("GET " + baseUrl()));
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("nothing reached the network").isEmpty();
    assertThat(closed).as("not ours to close").isFalse();
  }

  @Test
  void aCustomizerWrapsTheDefaultTransportForApiAndTokenCalls() {
    stubToken();
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/sse/config/v1/jobs/.*"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"id\":\"1\"}")));
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    UnaryOperator<Transport> counting = inner -> new Transport() {
      @Override
      public TransportResponse execute(TransportRequest request) throws java.io.IOException {
        seen.add(request.method());
        return inner.execute(request);
      }

      @Override
      public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
        seen.add(request.method());
        return inner.executeAsync(request);
      }
    };
    try (OperationExecutor e = OperationExecutor.create(options().transportCustomizer(counting).build())) {
      e.execute(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
          ResponseType.json(), null);
    }
    assertThat(seen).containsExactly("POST", "GET"); // the token request, then the call
  }

  @Test
  void anUnsendableHeaderFailsWithoutEchoingIt() throws Exception {
    try (OperationExecutor e = OperationExecutor.create(options().tokenProvider(TokenProvider.ofStatic("t")).build())) {
      RequestOptions bad = RequestOptions.builder().header("X-Bad", "line\nbreak-secretvalue").build();
      Arguments args = Arguments.builder().param("id", "1").build();
      assertThatThrownBy(() -> e.execute(TestRegistry.op("job", "get"), args, ResponseType.json(), bad))
          .isInstanceOf(SasekitException.class).hasMessageContaining("invalid URL or header")
          .hasMessageNotContaining("secretvalue");
      assertThatThrownBy(() -> e.executeAsync(TestRegistry.op("job", "get"), args, ResponseType.json(), bad)
          .get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(SasekitException.class);
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void redactorMasksSecretsInJsonFormsUrlsAndHeaders() {
    Redactor r = new Redactor(List.of("literal-secret-1"));
    assertThat(r.body("{\"name\":\"a\",\"password\":\"p\",\"nested\":[{\"api_key\":\"k\",\"psk\":\"x\"}],"
        + "\"Authorization\":\"Bearer z\",\"note\":\"has literal-secret-1 inside\"}"))
        .isEqualTo("{\"name\":\"a\",\"password\":\"****\",\"nested\":[{\"api_key\":\"****\",\"psk\":\"****\"}],"
            + "\"Authorization\":\"****\",\"note\":\"has **** inside\"}");
    assertThat(r.body("{\"client_secret\":\"abc123\",\"access_token\":\"zzTOKzz"))
        .doesNotContain("abc123").doesNotContain("zzTOKzz");
    assertThat(r.body("grant_type=client_credentials&client_secret=abc")).isEqualTo("grant_type=client_credentials&client_secret=****");
    assertThat(r.url("http://h/p?folder=Shared&api_key=abc")).isEqualTo("http://h/p?folder=Shared&api_key=****");
    assertThat(r.header("Authorization", "Bearer x")).isEqualTo(Redactor.MASK);
    assertThat(r.header("X-Api-Key", "x")).isEqualTo(Redactor.MASK);
    assertThat(r.header("Content-Type", "application/json")).isEqualTo("application/json");
    assertThat(r.body("x".repeat(10_000))).hasSizeLessThan(4200);
  }

  @Test
  void messageRedactionMasksCredentialsAndTokenShapedMembersButKeepsOrdinaryText() {
    assertThat(Redactor.text("Authorization: Bearer abc.DEF-123_xyz and Basic dXNlcjpwYXNzd29yZA== here"))
        .isEqualTo("Authorization: Bearer **** and Basic **** here");
    assertThat(Redactor.text("{\"access_token\": \"t1\", \"refresh_token\":\"t2\", \"client_secret\":\"s\","
        + " \"apiKey\": 12345, \"token_count\": 5, \"token_type\":\"Bearer\"}"))
        .isEqualTo("{\"access_token\": \"****\", \"refresh_token\":\"****\", \"client_secret\":\"****\","
            + " \"apiKey\": \"****\", \"token_count\": 5, \"token_type\":\"Bearer\"}");
    assertThat(Redactor.text("grant_type=client_credentials&client_secret=abc&access_token=x1"))
        .isEqualTo("grant_type=client_credentials&client_secret=****&access_token=****");
    String ordinary = "basic configuration failed: token expired, Bearer realm, name must match ^[a-z]+$";
    assertThat(Redactor.text(ordinary)).isEqualTo(ordinary);
  }

  @Test
  void percentEncoding() {
    assertThat(PercentEncoding.encode("Mobile Users")).isEqualTo("Mobile%20Users");
    assertThat(PercentEncoding.encode("a-b_c.d~e")).isEqualTo("a-b_c.d~e");
    assertThat(PercentEncoding.encode("x/y:z?&=#+%")).isEqualTo("x%2Fy%3Az%3F%26%3D%23%2B%25");
    assertThat(PercentEncoding.encode("é✓")).isEqualTo("%C3%A9%E2%9C%93");
  }

  @Test
  void userAgent() {
    assertThat(SdkVersion.userAgent(null)).startsWith("sasekit-java/" + SdkVersion.version() + " (Java ");
    assertThat(SdkVersion.userAgent(" tool/1 ")).endsWith(") tool/1");
    assertThat(SdkVersion.version()).isNotEqualTo("unknown");
  }
}
