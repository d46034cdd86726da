package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.Position;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestEncodingTest extends WireMockTestBase {

  @BeforeEach
  void setUp() {
    stubToken();
    server.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"id\":\"x\"}")));
  }

  private static LoggedRequest lastApiRequest() {
    List<LoggedRequest> all = server.findAll(com.github.tomakehurst.wiremock.client.WireMock
        .anyRequestedFor(anyUrl()));
    return all.stream().filter(r -> !r.getUrl().endsWith(TOKEN_PATH)).reduce((a, b) -> b).orElseThrow();
  }

  private static void run(ClientOptions options, String resource, String operation, Arguments args,
      RequestOptions ro) {
    try (OperationExecutor e = OperationExecutor.create(options)) {
      e.execute(TestRegistry.op(resource, operation), args, ResponseType.none(), ro);
    }
  }

  private static void run(String resource, String operation, Arguments args) {
    run(options().build(), resource, operation, args, RequestOptions.none());
  }

  @Test
  void colonSuffixesPassThroughAndPathValuesAreEncoded() {
    run("securityRule", "move", Arguments.builder().param("id", "a b/c?d")
        .body(Map.of("destination", "top", "rulebase", "pre")).build());
    assertThat(lastApiRequest().getUrl()).isEqualTo("/sse/config/v1/security-rules/a%20b%2Fc%3Fd:move");
    run("configVersion", "push", Arguments.builder().body(Map.of("folders", List.of("Mobile Users"))).build());
    assertThat(lastApiRequest().getUrl()).isEqualTo("/sse/config/v1/config-versions/candidate:push");
    assertThat(lastApiRequest().getBodyAsString()).isEqualTo("{\"folders\":[\"Mobile Users\"]}");
  }

  @Test
  void queryValuesArePercentEncoded() {
    run("address", "list", Arguments.builder().param("folder", "Mobile Users").param("name", "a&b=c+d/é").build());
    assertThat(lastApiRequest().getUrl())
        .isEqualTo("/sse/config/v1/addresses?folder=Mobile%20Users&name=a%26b%3Dc%2Bd%2F%C3%A9");
    assertThat(lastApiRequest().queryParameter("name").firstValue()).isEqualTo("a&b=c+d/é");
  }

  @Test
  void listsRepeatEnumsSendTheirValueScalarsTheirText() {
    run("job", "list", Arguments.builder().param("parent_id", List.of("1", "2 3")).param("enabled", true)
        .param("X-Tenant", "t-1").build());
    LoggedRequest r = lastApiRequest();
    assertThat(r.getUrl()).isEqualTo("/sse/config/v1/jobs?parent_id=1&parent_id=2%203&enabled=true");
    assertThat(r.getHeader("X-Tenant")).isEqualTo("t-1");

    run("securityRule", "create", Arguments.builder().param("folder", "Shared").param("position", Position.PRE)
        .body(Map.of("name", "r", "action", "allow")).build());
    assertThat(lastApiRequest().getUrl()).isEqualTo("/sse/config/v1/security-rules?folder=Shared&position=pre");

    run("address", "list", Arguments.builder().param("folder", "Shared").param("limit", 50).param("offset", 0L).build());
    assertThat(lastApiRequest().getUrl()).isEqualTo("/sse/config/v1/addresses?folder=Shared&limit=50&offset=0");
  }

  @Test
  void standardHeaders() {
    run(options().userAgentSuffix("my-soar/2.1").build(), "configVersion", "push",
        Arguments.builder().body(Map.of("folders", List.of("Shared"))).build(),
        RequestOptions.builder().header("X-Extra", "1").queryParam("debug", "a b").build());
    LoggedRequest r = lastApiRequest();
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getHeader("X-Extra")).isEqualTo("1");
    assertThat(r.getHeader("User-Agent"))
        .matches("sasekit-java/\\S+ \\(Java [^;]+; [^)]+\\) my-soar/2\\.1")
        .doesNotStartWith("sasekit-java/unknown");
    assertThat(r.getUrl()).endsWith(":push?debug=a%20b");

    run("job", "get", Arguments.builder().param("id", "1").build());
    assertThat(lastApiRequest().containsHeader("Content-Type")).isFalse();
  }

  @Test
  void baseUrlPathPrefixIsKept() {
    run(options().baseUrl(baseUrl() + "/aisec/").build(), "profile", "list", Arguments.empty(), RequestOptions.none());
    assertThat(lastApiRequest().getUrl()).isEqualTo("/aisec/v1/mgmt/profiles");
  }

  @Test
  void bodiesOmitNullsAndAbsentOptionalsAndStripReadOnly() {
    Address a = new Address("ro-id", "a1", "10.0.0.1/32", null, Optional.empty(), null);
    run("address", "create", Arguments.builder().param("folder", "Shared").body(a).build());
    assertThat(lastApiRequest().getBodyAsString()).isEqualTo("{\"name\":\"a1\",\"ip_netmask\":\"10.0.0.1/32\"}");

    JsonNode tree = JsonMapper.shared().valueToTree(Map.of("name", "a2", "fqdn", "a.example.com",
        "folder", "Shared", "id", "123"));
    run("address", "create", Arguments.builder().param("folder", "Shared").body(tree).build());
    JsonNode sent = readTree(lastApiRequest().getBodyAsString());
    assertThat(sent.has("id")).isFalse();
    assertThat(sent.has("folder")).isFalse();
    assertThat(sent.path("fqdn").asText()).isEqualTo("a.example.com");
  }

  @Test
  void deleteWithNoneIgnoresTheBody() {
    server.stubFor(any(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/sse/.*")).atPriority(1).willReturn(aResponse().withStatus(200).withBody("whatever, not json")));
    run("securityRule", "move", Arguments.builder().param("id", "1")
        .body(Map.of("destination", "bottom", "rulebase", "post")).build());
  }

  private static JsonNode readTree(String s) {
    try {
      return JsonMapper.shared().readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pathValuesThatLookLikePathSyntaxStayOneSegment() {
    String[][] cases = {
        {"%2e", "%252e"}, {"%2E%2E", "%252E%252E"}, {"../x", "..%2Fx"}, {"a/../b", "a%2F..%2Fb"},
        {"...", "..."}, {".hidden", ".hidden"}, {"/", "%2F"}, {"a\\b", "a%5Cb"}, {"?x#y", "%3Fx%23y"}};
    for (String[] c : cases) {
      run("address", "delete", Arguments.builder().param("id", c[0]).build());
      assertThat(lastApiRequest().getMethod().getName()).isEqualTo("DELETE");
      assertThat(lastApiRequest().getUrl()).as(c[0]).isEqualTo("/sse/config/v1/addresses/" + c[1]);
    }
  }
}
