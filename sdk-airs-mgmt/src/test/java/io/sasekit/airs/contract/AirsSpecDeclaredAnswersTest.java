package io.sasekit.airs.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.AirsMgmtOperations;
import io.sasekit.airs.testing.AirsSpec;
import io.sasekit.airs.testing.AirsWireMockExtension;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseShape;
import io.sasekit.testkit.JsonCompare;
import io.sasekit.testkit.SpecBodyGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the AIRS management spec answered as the SPEC declares it (declared success
 * status; the declared example or a body generated from the declared schema by {@link
 * SpecBodyGenerator}; no body where none is declared), then with the echo of the request, then with
 * seeded random spec-conforming bodies (several seeds, every {@code oneOf} branch, optional members
 * absent and present, unknown members added): the typed client and {@code dynamic().execute(...)}
 * must both read each, and the typed value must keep everything the body carried.
 */
class AirsSpecDeclaredAnswersTest {
  private static final JsonNode SPEC = AirsSpec.yaml();
  private static final SpecBodyGenerator GENERATOR = new SpecBodyGenerator(SPEC);
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  @RegisterExtension
  static final AirsWireMockExtension wm = new AirsWireMockExtension();

  /** One spec operation: method, path template and its operation object. */
  record SpecOp(String method, String path, JsonNode node) {
    String signature() {
      return method + " " + path;
    }

    int successStatus() {
      for (Iterator<String> it = node.path("responses").fieldNames(); it.hasNext(); ) {
        String code = it.next();
        if (code.startsWith("2")) {
          return Integer.parseInt(code);
        }
      }
      return 200;
    }

    /** The declared success media type object, or a missing node. */
    JsonNode media() {
      return GENERATOR.resolve(node.path("responses").path(String.valueOf(successStatus()))).path("content").path("application/json");
    }
  }

  static List<SpecOp> specOperations() {
    List<SpecOp> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = SPEC.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> o = ops.next();
        if (METHODS.contains(o.getKey())) {
          out.add(new SpecOp(o.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(), o.getValue()));
        }
      }
    }
    return out;
  }

  /** The spec operation a contract case calls (by method and concrete path). */
  static SpecOp specOf(AirsOperationsContractTest.Case c) {
    for (SpecOp so : specOperations()) {
      String regex = "/aisec" + Pattern.quote(so.path()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (so.method().equals(c.method()) && c.path().matches(regex)) {
        return so;
      }
    }
    throw new AssertionError("no spec operation for " + c);
  }

  @Test
  void everySpecOperationHasACase() {
    Set<String> declared = new TreeSet<>();
    specOperations().forEach(o -> declared.add(o.signature()));
    Set<String> called = new TreeSet<>();
    AirsOperationsContractTest.cases().forEach(c -> called.add(specOf(c).signature()));
    assertThat(called).isEqualTo(declared);
  }

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (AirsOperationsContractTest.Case c : AirsOperationsContractTest.cases()) {
      out.add(Arguments.of(c, "declared answer", null));
      out.add(Arguments.of(c, "echo", null));
      JsonNode schema = specOf(c).media().path("schema");
      if (!schema.isMissingNode()) {
        for (SpecBodyGenerator.Variant v : SpecBodyGenerator.Variant.standard(3, GENERATOR.branchCount(schema))) {
          out.add(Arguments.of(c, "random " + v, v));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("variants")
  void theTypedClientAndTheDynamicDoorReadWhatTheSpecDeclares(AirsOperationsContractTest.Case c, String variant,
      SpecBodyGenerator.Variant random) throws Exception {
    SpecOp so = specOf(c);
    JsonNode media = so.media();
    JsonNode body;
    if (variant.equals("echo")) {
      body = c.body() != null ? c.body() : declared(media, so);
    } else if (random != null) {
      body = GENERATOR.instance(media.path("schema"), random);
    } else {
      body = declared(media, so);
    }
    ResponseDefinitionBuilder answer = aResponse().withStatus(so.successStatus());
    if (body != null) {
      answer = answer.withHeader("Content-Type", "application/json").withBody(body.toString());
    }
    wm.server().stubFor(any(urlPathMatching("/aisec/.*")).willReturn(answer));
    AirsMgmtClient client = wm.client();

    Object typed = c.sync().apply(client);
    if (!c.method().equals("DELETE") || body != null) {
      assertThat(typed).as("typed result").isNotNull();
    }
    if (body != null && body.isObject() && typed != null && !variant.equals("echo")) {
      JsonNode back = AirsOperationsContractTest.json(typed);
      assertThat(JsonCompare.differences(body, back)).as("typed value written back").isEmpty();
    }

    String[] key = c.key().split("\\.");
    OperationSpec op = AirsMgmtOperations.registry().require(key[0], key[1]);
    JsonNode dynamic = client.dynamic().execute(key[0], key[1], dynamicParameters(op, c));
    assertThat(dynamic).isNotNull();
    if (op.responseShape() == ResponseShape.NONE) {
      assertThat(dynamic.isObject() && dynamic.isEmpty()).isTrue();
    } else if (typed != null && op.responseShape() != ResponseShape.LIST) {
      assertThat(JsonCompare.differences(AirsOperationsContractTest.json(typed), dynamic)).as("dynamic equals typed").isEmpty();
    }
  }

  /** The declared body: the example, else one generated from the schema; null when none. */
  private static JsonNode declared(JsonNode media, SpecOp so) {
    return GENERATOR.declaredBody(media,
        new SpecBodyGenerator.Variant(so.successStatus(), SpecBodyGenerator.Optionals.PRESENT, 0, false));
  }

  /** Path parameters (from the case's concrete path), its query parameters and its body, flat. */
  private static Map<String, Object> dynamicParameters(OperationSpec op, AirsOperationsContractTest.Case c) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.pathTemplate());
    while (m.find()) {
      names.add(m.group(1));
    }
    String regex = "/aisec" + Pattern.quote(op.pathTemplate()).replaceAll("\\{[^}]+}", "\\\\E([^/]+)\\\\Q");
    Matcher values = Pattern.compile(regex).matcher(c.path());
    if (values.matches()) {
      for (int i = 0; i < names.size(); i++) {
        params.put(names.get(i), java.net.URLDecoder.decode(values.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    params.putAll(c.query());
    if (c.body() != null) {
      params.put("body", c.body());
    }
    return params;
  }

}
