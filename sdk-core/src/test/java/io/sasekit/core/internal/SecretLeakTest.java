package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.ClientCredentialsTokenProvider;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs a full token + call + error cycle with TRACE logging and looks for secrets everywhere. */
class SecretLeakTest extends WireMockTestBase {
  private static final String SECOND_TOKEN = "eyJzZWNvbmQtVE9LRU4tdmFsdWUtOTg3NjU0";
  private static final String PSK = "my-Pre-Shared-Key-42";

  @Test
  void neitherSecretNorTokenAppearsInLogsMessagesOrToString() throws Exception {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":900}")).willSetStateTo("2"));
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).inScenario("t").whenScenarioStateIs("2")
        .willReturn(okJson("{\"access_token\":\"" + SECOND_TOKEN + "\",\"expires_in\":900}")));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/1")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(aResponse().withStatus(401).withBody("{\"_errors\":[{\"message\":\"expired\"}]}")));
    server.stubFor(get(urlPathEqualTo("/sse/config/v1/jobs/1")).withHeader("Authorization", equalTo("Bearer " + SECOND_TOKEN))
        .willReturn(okJson("{\"id\":\"1\"}").withHeader("X-Request-Id", "req-77")));
    server.stubFor(post(urlPathEqualTo("/sse/config/v1/ike-gateways")).willReturn(aResponse().withStatus(409)
        .withHeader("Set-Cookie", "session=abc")
        .withBody("{\"_errors\":[{\"code\":\"E006\",\"message\":\"Name Not Unique\"}],\"_request_id\":\"abcd-1234\"}")));

    CapturedLogs.clear();
    List<Object> inspected = new ArrayList<>();
    ClientOptions options = options().build();
    inspected.add(options);
    try (OperationExecutor executor = OperationExecutor.create(options)) {
      inspected.add(executor);
      inspected.add(executor.execute(TestRegistry.op("job", "get"), Arguments.builder().param("id", "1").build(),
          ResponseType.json(), RequestOptions.none()));
      Arguments gateway = Arguments.builder().param("folder", "Shared")
          .body(Map.of("name", "gw", "authentication", Map.of("pre_shared_key", Map.of("key", PSK)),
              "api_secret", SECRET))
          .build();
      inspected.add(capture(() -> executor.execute(TestRegistry.op("ikeGateway", "create"), gateway,
          ResponseType.json(), RequestOptions.builder().validation(false).build())));
      inspected.add(capture(() -> executor.executeAsync(TestRegistry.op("ikeGateway", "create"), gateway,
          ResponseType.json(), RequestOptions.builder().validation(false).build()).get(10, TimeUnit.SECONDS)));
      // a validation failure on a secret value
      inspected.add(capture(() -> executor.execute(TestRegistry.op("ikeGateway", "create"),
          Arguments.builder().param("folder", "Shared").body(Map.of("name", "gw", "api_secret", SECRET)).build(),
          ResponseType.json(), RequestOptions.none())));
    }
    ClientCredentialsTokenProvider provider = ClientCredentialsTokenProvider.of(options);
    inspected.add(provider);
    inspected.add(provider.token());
    // the token endpoint refusing, echoing what it got
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).atPriority(1).willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + SECRET + "\"}")));
    inspected.add(capture(() -> ClientCredentialsTokenProvider.of(options().build()).token()));

    String logs = CapturedLogs.all();
    // the capture works and shows what it should
    assertThat(logs).contains("GET /sse/config/v1/jobs/1 -> 401").contains("GET /sse/config/v1/jobs/1 -> 200")
        .contains("request req-77").contains("request abcd-1234").contains("attempt 2")
        .contains("Authorization: ****").contains("\"pre_shared_key\":\"****\"").contains("<redacted");
    String everything = CapturedLogs.allWith(inspected);
    String basic = Base64.getEncoder().encodeToString(
        (options.clientId() + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    assertThat(everything)
        .doesNotContain(SECRET)
        .doesNotContain(TOKEN)
        .doesNotContain(SECOND_TOKEN)
        .doesNotContain(PSK)
        .doesNotContain(basic)
        .doesNotContain("session=abc");
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static Throwable capture(Call call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected a failure");
  }
}
