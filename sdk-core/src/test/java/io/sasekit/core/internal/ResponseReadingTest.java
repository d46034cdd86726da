package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseReadingTest extends WireMockTestBase {
  private static final String PATH = "/sse/config/v1/addresses/a-1";
  private static final Arguments ID = Arguments.builder().param("id", "a-1").build();
  private OperationExecutor executor;

  @BeforeEach
  void setUp() {
    stubToken();
    executor = OperationExecutor.create(options().maxRetries(0).build());
  }

  @AfterEach
  void tearDown() {
    executor.close();
  }

  private Address single(String body) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body)));
    return executor.execute(TestRegistry.op("address", "get"), ID, ResponseType.single(Address.class),
        RequestOptions.none());
  }

  @Test
  void singleAcceptsObjectOneElementArrayAndEnvelope() {
    assertThat(single("{\"id\":\"a-1\",\"name\":\"n\",\"unknown\":{\"x\":1}}").name()).isEqualTo("n");
    assertThat(single("[{\"id\":\"a-1\",\"name\":\"arr\"}]").name()).isEqualTo("arr");
    assertThat(single("{\"data\":[{\"id\":\"a-1\",\"name\":\"env\"}],\"total\":1,\"limit\":200,\"offset\":0}").name())
        .isEqualTo("env");
    // an object that merely has a "data" member among others is the object itself
    assertThat(single("{\"id\":\"a-1\",\"name\":\"own\",\"data\":[]}").name()).isEqualTo("own");
  }

  @Test
  void singleRejectsEmptyAndLongerArrays() {
    assertThatThrownBy(() -> single("[]")).isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("expected one object, got an empty array");
    assertThatThrownBy(() -> single("{\"data\":[],\"total\":0}")).isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("empty array");
    assertThatThrownBy(() -> single("[{},{}]")).isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("an array of 2");
    assertThatThrownBy(() -> single("\"text\"")).isInstanceOf(ResponseParseException.class);
  }

  @Test
  void jsonAndNone() throws Exception {
    server.stubFor(delete(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    JsonNode deleted = executor.execute(TestRegistry.op("address", "delete"), ID, ResponseType.json(),
        RequestOptions.none());
    assertThat(deleted.isNull()).isTrue();
    server.stubFor(delete(urlPathEqualTo(PATH)).willReturn(okJson("{\"id\":\"a-1\"}")));
    assertThat(executor.execute(TestRegistry.op("address", "delete"), ID, ResponseType.json(), RequestOptions.none())
        .path("id").asText()).isEqualTo("a-1");
    assertThat(executor.executeAsync(TestRegistry.op("address", "delete"), ID, ResponseType.none(),
        RequestOptions.none()).get(10, TimeUnit.SECONDS)).isNull();
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"id\":\"a-1\",\"name\":\"async\"}")));
    assertThat(executor.executeAsync(TestRegistry.op("address", "get"), ID, ResponseType.single(Address.class),
        RequestOptions.none()).get(10, TimeUnit.SECONDS).name()).isEqualTo("async");
  }
}
