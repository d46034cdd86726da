package io.sasekit.prismaaccess.dynamic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.UnknownOperationException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.operation.ResponseShape;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.prismaaccess.PrismaAccessClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registry operation, reached through the dynamic door by resource key and operation name:
 * the parameters are split into path, query and body as the registry says, and the request goes to
 * the operation's method and path (literal colon suffixes kept).
 */
class DynamicDispatchTableTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static WireMockServer server;
  private static PrismaAccessClient client;

  @BeforeAll
  static void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client = PrismaAccessClient.builder()
        .baseUrl(server.baseUrl()).options(o -> o.tokenUrl(server.baseUrl() + "/am/oauth2/access_token"))
        .clientId("dyn-client").clientSecret("dyn-secret").tsgId("1234567890")
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.stop();
  }

  private static void stubAll() {
    server.resetAll();
    server.stubFor(post(urlPathEqualTo("/am/oauth2/access_token"))
        .willReturn(okJson("{\"access_token\":\"t\",\"expires_in\":900,\"token_type\":\"Bearer\"}")));
    server.stubFor(any(anyUrl()).atPriority(10)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"data\":[{\"id\":\"1\",\"name\":\"x\"}],\"limit\":200,\"offset\":0,\"total\":1,\"id\":\"1\"}")));
  }

  /** A value of the parameter's schema: the first enum value, a number, or a string with a space. */
  private static Object valueFor(ParameterSpec p) {
    SchemaSpec s = p.schema().resolve();
    if (!s.enumValues().isEmpty()) {
      return s.enumValues().get(0).asText();
    }
    switch (s.type()) {
      case INTEGER:
      case NUMBER:
        return 5;
      case BOOLEAN:
        return true;
      case ARRAY:
        return List.of("a b");
      default:
        return "v-" + p.name() + " 1";
    }
  }

  /** A writable string member of the body that is not also a parameter, or null. */
  private static String bodyMember(OperationSpec op) {
    SchemaSpec body = op.body().schema().resolve();
    for (Map.Entry<String, SchemaSpec> e : body.properties().entrySet()) {
      SchemaSpec prop = e.getValue().resolve();
      if (!prop.readOnly() && prop.type() == io.sasekit.core.schema.SchemaType.STRING
          && prop.enumValues().isEmpty() && op.parameter(e.getKey()).isEmpty()) {
        return e.getKey();
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyOperationIsReachableByName() {
    List<OperationSpec> ops = client.registry().operations();
    assertThat(ops).isNotEmpty();
    return ops.stream().map(op -> DynamicTest.dynamicTest(op.key(), () -> {
      stubAll();
      Map<String, Object> params = new LinkedHashMap<>();
      for (ParameterSpec p : op.parameters()) {
        if (p.required() && p.location() != ParameterLocation.HEADER) {
          params.put(p.name(), valueFor(p));
        }
      }
      String bodyKey = op.body() == null ? null : bodyMember(op);
      if (bodyKey != null) {
        params.put(bodyKey, "from the dynamic door");
      } else if (op.body() != null) {
        params.put("body", Map.of("note", "from the dynamic door"));
      }
      RequestOptions noValidation = RequestOptions.builder().validation(false).build();
      client.dynamic().execute(op.resource(), op.operation(), params, noValidation);

      List<LoggedRequest> sent = server.findAll(
          com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl())
);
      sent.removeIf(r -> r.getUrl().startsWith("/am/oauth2"));
      assertThat(sent).as("requests for " + op.key()).hasSize(1);
      LoggedRequest r = sent.get(0);
      assertThat(r.getMethod().getName()).isEqualTo(op.method());
      String expectedPath = op.pathTemplate();
      for (ParameterSpec p : op.parameters()) {
        if (p.location() == ParameterLocation.PATH) {
          expectedPath = expectedPath.replace("{" + p.name() + "}", String.valueOf(params.get(p.name())));
        }
      }
      String path = URLDecoder.decode(r.getUrl().split("\\?")[0], StandardCharsets.UTF_8);
      assertThat(path).isEqualTo(expectedPath);
      for (ParameterSpec p : op.parameters()) {
        if (p.location() == ParameterLocation.QUERY && params.containsKey(p.name())) {
          Object v = params.get(p.name());
          String expected = v instanceof List ? String.valueOf(((List<?>) v).get(0)) : String.valueOf(v);
          assertThat(r.queryParameter(p.name()).values()).as(p.name()).contains(expected);
        }
      }
      if (op.body() != null) {
        JsonNode body = MAPPER.readTree(r.getBodyAsString());
        assertThat(body.path(bodyKey == null ? "note" : bodyKey).asText()).isEqualTo("from the dynamic door");
        for (ParameterSpec p : op.parameters()) {
          if (!op.body().schema().resolve().properties().containsKey(p.name())) {
            assertThat(body.has(p.name())).as("parameter " + p.name() + " leaked into the body").isFalse();
          }
        }
      } else {
        assertThat(r.getBodyAsString()).isEmpty();
      }
    }));
  }

  @Test
  void theGuidesCreateExampleIsValidatedAndSplit() {
    stubAll();
    JsonNode request = MAPPER.valueToTree(Map.of(
        "resource", "address", "operation", "create",
        "parameters", Map.of("folder", "Shared", "name", "Malicious_IP_203_0_113_42",
            "ip_netmask", "203.0.113.42/32", "description", "flagged by threat intel",
            "tag", List.of("Blocked", "ThreatIntel"))));
    client.dynamic().execute(request);
    LoggedRequest r = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        urlPathEqualTo("/sse/config/v1/addresses"))).get(0);
    assertThat(r.queryParameter("folder").firstValue()).isEqualTo("Shared");
    assertThat(r.getBodyAsString()).contains("\"ip_netmask\":\"203.0.113.42/32\"").contains("ThreatIntel");
  }

  @Test
  void aBodyThatBreaksTheSchemaIsRejectedBeforeSending() {
    stubAll();
    assertThatThrownBy(() -> client.dynamic().execute("address", "create",
        Map.of("folder", "Shared", "name", "two-kinds", "ip_netmask", "10.0.0.1/32", "fqdn", "x.example")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.create");
    assertThatThrownBy(() -> client.dynamic().execute("address", "create",
        Map.of("name", "no-folder", "fqdn", "x.example")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("folder");
    assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        urlPathEqualTo("/sse/config/v1/addresses")))).isEmpty();
  }

  @Test
  void unknownNamesReadAsTheIntegrationGuideSays() {
    assertThatThrownBy(() -> client.dynamic().execute("addresses", "list", Map.of("folder", "Shared")))
        .isInstanceOf(UnknownOperationException.class)
        .hasMessage("unsupported resource: addresses");
    assertThatThrownBy(() -> client.dynamic().execute("address", "push", Map.of()))
        .isInstanceOf(UnknownOperationException.class)
        .hasMessage("unsupported operation: address.push (valid: list, create, delete, get, update)");
  }

  @Test
  void listOperationsAnswerTheEnvelopeAsJson() {
    stubAll();
    JsonNode page = client.dynamic().execute("address", "list", Map.of("folder", "Shared", "limit", 200));
    assertThat(page.path("data").get(0).path("id").asText()).isEqualTo("1");
    assertThat(client.registry().require("address", "list").responseShape()).isEqualTo(ResponseShape.LIST);
  }
}
