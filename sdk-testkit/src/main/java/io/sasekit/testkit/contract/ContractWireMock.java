package io.sasekit.testkit.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.sasekit.core.ClientOptions;
import io.sasekit.testkit.LoopbackOptions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A WireMock server for contract tests: a dynamic port on loopback only, an OAuth2 token endpoint
 * that always issues {@link #TOKEN}, stubs answering a spec path template, and the API requests
 * received. Client options pointing a client at it come from {@link #options(ClientOptions.Builder)}.
 *
 * <pre>{@code
 * try (ContractWireMock wire = new ContractWireMock()) {
 *   ScmClient client = ScmClient.builder().options(wire::options).build();
 *   wire.answer("GET", "/config/objects/v1/addresses", 200, body);
 *   ...
 *   CapturedRequest sent = CapturedRequest.of(wire.apiRequests().get(0));
 * }
 * }</pre>
 */
public final class ContractWireMock implements AutoCloseable {
  /** The path of the token endpoint. */
  public static final String TOKEN_PATH = "/am/oauth2/access_token";
  /** The bearer token the endpoint issues (not a secret: a fixed test value). */
  public static final String TOKEN = "contract-access-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server;

  /** Starts the server and stubs the token endpoint. */
  public ContractWireMock() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    reset();
  }

  /** The underlying server (for stubs and checks this class does not offer). */
  public WireMockServer server() {
    return server;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Points client options at this server: test credentials, base and token URL, no retries, short
   * timeouts. For {@code Client.builder().options(wire::options)}.
   */
  public ClientOptions.Builder options(ClientOptions.Builder o) {
    return LoopbackOptions.apply(o, baseUrl(), TOKEN_PATH, "contract-client@1234567890.iam.panserviceaccount.com",
        "contract-secret-0123456789");
  }

  /** Forgets every stub and request, then stubs the token endpoint again. */
  public void reset() {
    server.resetAll();
    ObjectNode m = JSON.createObjectNode();
    m.putObject("request").put("method", "POST").put("urlPath", TOKEN_PATH);
    ObjectNode response = m.putObject("response").put("status", 200);
    response.putObject("headers").put("Content-Type", "application/json");
    response.putObject("jsonBody").put("access_token", TOKEN).put("scope", "tsg_id:1234567890 email profile")
        .put("token_type", "Bearer").put("expires_in", 899);
    stub(m.toString());
  }

  /** Adds a stub from WireMock's JSON mapping form. */
  public void stub(String mappingJson) {
    server.addStubMapping(StubMapping.buildFrom(mappingJson));
  }

  /**
   * Answers requests of {@code method} to the concrete paths of {@code pathTemplate} with {@code
   * status} and, when {@code body} is not {@code null}, that JSON body.
   */
  public void answer(String method, String pathTemplate, int status, JsonNode body) {
    ObjectNode mapping = JSON.createObjectNode();
    mapping.putObject("request").put("method", method).put("urlPathPattern", pathPattern(pathTemplate));
    ObjectNode response = mapping.putObject("response").put("status", status);
    if (body != null) {
      response.put("body", body.toString());
      response.putObject("headers").put("Content-Type", "application/json");
    }
    stub(mapping.toString());
  }

  /** The requests received since the last reset, except the token exchange. */
  public List<CapturedRequest> apiRequests() {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(r -> !r.getUrl().startsWith(TOKEN_PATH))
        .map(CapturedRequest::of)
        .toList();
  }

  /** A regex matching the concrete paths of a spec path template ({@code {id}} is one segment). */
  public static String pathPattern(String template) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(Pattern.quote(template.substring(i)));
        break;
      }
      sb.append(Pattern.quote(template.substring(i, open))).append("[^/]+");
      i = template.indexOf('}', open) + 1;
    }
    return sb.toString();
  }

  /** Replaces every {@code "$fixture"} text of a template (in place) by a copy of {@code fixture}. */
  public static JsonNode fill(JsonNode template, JsonNode fixture) {
    if (template.isTextual() && template.textValue().equals("$fixture")) {
      return fixture.deepCopy();
    }
    if (template instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, fill(a.get(i), fixture));
      }
    } else if (template instanceof ObjectNode o) {
      o.properties().forEach(e -> e.setValue(fill(e.getValue(), fixture)));
    }
    return template;
  }

  @Override
  public void close() {
    server.stop();
  }
}
