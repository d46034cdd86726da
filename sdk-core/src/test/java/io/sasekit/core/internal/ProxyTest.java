package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The WireMock server plays an authenticating forward proxy: the SDK must route a non-loopback
 * host through it, answer its 407 with the configured credentials, and never print them.
 */
class ProxyTest extends WireMockTestBase {
  private static final String PASSWORD = "pr0xy-P@ss";

  @Test
  void callsGoThroughTheProxyFromTheEnvironmentWithItsCredentials() {
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        ("proxy-user:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/1")).withHeader("Proxy-Authorization", absent())
        .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/1")).withHeader("Proxy-Authorization", equalTo(expected))
        .willReturn(okJson("{\"id\":\"1\"}")));
    CapturedLogs.clear();
    ClientOptions options = ClientOptions.builder()
        .fromEnv(Map.of("HTTPS_PROXY", "http://proxy-user:pr0xy-P%40ss@127.0.0.1:" + server.port(),
            "NO_PROXY", "internal.example"))
        .baseUrl("http://api.example.test").allowInsecureHttp(true)
        .tokenProvider(TokenProvider.ofStatic("static-token-value")).maxRetries(0).build();
    try (OperationExecutor e = OperationExecutor.create(options)) {
      JsonNode job = e.execute(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
          ResponseType.json(), RequestOptions.none());
      assertThat(job.path("id").asText()).isEqualTo("1");
    }
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/sse/config/v1/jobs/1"))))
        .extracting(r -> r.getHeader("Host")).containsOnly("api.example.test");
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/sse/config/v1/jobs/1"))
        .withHeader("Proxy-Authorization", equalTo(expected)))).hasSize(1);
    assertThat(CapturedLogs.all() + options).doesNotContain(PASSWORD).doesNotContain("pr0xy-P%40ss")
        .doesNotContain(expected.substring(6));
  }

  @Test
  void loopbackAndNoProxyHostsGoDirect() {
    io.sasekit.core.ProxySettings p = io.sasekit.core.ProxySettings.parse("proxy.corp:3128", "HTTPS_PROXY")
        .withNoProxy(java.util.List.of("internal.example"));
    assertThat(p.bypasses("127.0.0.1")).isTrue();
    assertThat(p.bypasses("localhost")).isTrue();
    assertThat(p.bypasses("[::1]")).isTrue();
    assertThat(p.bypasses("db.internal.example")).isTrue();
    assertThat(p.bypasses("api.example.test")).isFalse();
    assertThat(p.port()).isEqualTo(3128);
  }
}
