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
import io.sasekit.testkit.contract.SpecOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * must both read each, and the typed value must keep everything the body carried. The operations are
 * those of the hand-written cases of {@link AirsOperationsContractTest} (every operation of every
 * locked file is called by {@link EveryAirsOperationContractTest}), each found in its locked file.
 */
class AirsSpecDeclaredAnswersTest {
  @RegisterExtension
  static final AirsWireMockExtension wm = new AirsWireMockExtension();

  /** One spec operation of a locked file: method, path template, its operation object and its document. */
  record SpecOp(String method, String path, int successStatus, JsonNode media, JsonNode doc) {
    String signature() {
      return method + " " + path;
    }

    SpecBodyGenerator generator() {
      return new SpecBodyGenerator(doc);
    }
  }

  static List<SpecOp> specOperations() {
    List<SpecOp> out = new ArrayList<>();
    for (SpecOperation so : AirsSpec.operations()) {
      out.add(new SpecOp(so.method(), so.path(), so.successStatus(), so.successMedia(), so.doc()));
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

  static Stream<Arguments> variants() {
    List<Arguments> out = new ArrayList<>();
    for (AirsOperationsContractTest.Case c : AirsOperationsContractTest.cases()) {
      out.add(Arguments.of(c, "declared answer", null));
      out.add(Arguments.of(c, "echo", null));
      JsonNode schema = specOf(c).media().path("schema");
      if (!schema.isMissingNode()) {
        for (SpecBodyGenerator.Variant v : SpecBodyGenerator.Variant.standard(3, specOf(c).generator().branchCount(schema))) {
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
      body = so.generator().instance(media.path("schema"), random);
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
    return so.generator().declaredBody(media,
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
