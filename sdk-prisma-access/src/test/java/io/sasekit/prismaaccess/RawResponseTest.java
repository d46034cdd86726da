package io.sasekit.prismaaccess;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sasekit.core.RawResponse;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.prismaaccess.models.Address;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code withRawResponse}: status, headers and request id of any operation, sync and async. */
class RawResponseTest {
  private static final String ADDRESS = "/sse/config/v1/addresses/a-1";
  private static final String BODY =
      "{\"id\":\"a-1\",\"name\":\"web\",\"folder\":\"Shared\",\"ip_netmask\":\"10.0.0.1/32\"}";
  private WireMockServer server;
  private PrismaAccessClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client = PrismaAccessClient.builder()
        .baseUrl("http://127.0.0.1:" + server.port())
        .options(o -> o.tokenProvider(TokenProvider.ofStatic("token")).maxRetries(0))
        .build();
    server.stubFor(get(urlPathEqualTo(ADDRESS)).willReturn(okJson(BODY)
        .withHeader("X-Request-Id", "req-42").withHeader("X-Rate-Remaining", "99")));
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void aSyncCallReturnsItsValueWithStatusHeadersAndRequestId() {
    RawResponse<Address> raw = client.withRawResponse(c -> c.addresses().get("a-1"));
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.requestId()).contains("req-42");
    assertThat(raw.header("x-rate-remaining")).contains("99");
    assertThat(raw.value()).isEqualTo(client.addresses().get("a-1"));
    assertThat(raw.value().name()).isEqualTo("web");
  }

  @Test
  void anAsyncCallToo() throws Exception {
    RawResponse<Address> raw = client.async()
        .withRawResponse(c -> c.addresses().get("a-1")).get(10, TimeUnit.SECONDS);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.requestId()).contains("req-42");
    assertThat(raw.value().name()).isEqualTo("web");
  }

  @Test
  void operationsWithoutAResultAndTheRequestIdFromTheBody() {
    server.stubFor(delete(urlPathEqualTo(ADDRESS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"_request_id\":\"body-7\"}")));
    RawResponse<Object> raw = client.withRawResponse(c -> {
      c.addresses().delete("a-1");
      return null;
    });
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.requestId()).contains("body-7");
    assertThat(raw.value()).isNull();
  }

  @Test
  void errorsAreThrownAsByThePlainCallAndOneOperationIsRequired() {
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/addresses/gone")).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"_errors\":[{\"code\":\"E005\",\"message\":\"Object Not Present\"}]}")));
    assertThatThrownBy(() -> client.withRawResponse(c -> c.addresses().get("gone")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.async().withRawResponse(c -> c.addresses().get("gone"))
        .get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.withRawResponse(c -> {
      c.addresses().get("a-1");
      return c.addresses().get("a-1");
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one operation");
    assertThatThrownBy(() -> client.withRawResponse(c -> "nothing"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ran 0");
  }
}
