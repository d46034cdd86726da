package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.operation.ResponseShape;
import io.sasekit.core.pagination.Page;
import io.sasekit.testkit.JsonCompare;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.lang.reflect.InvocationTargetException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation the Prisma Access spec files declare, answered as the SPEC declares it: its
 * declared success status and its declared body (the example, else an instance generated from the
 * declared schema by {@link SpecBodyGenerator}), or no body at all where none is declared; and
 * separately with the echo of the request body. Each answer must be read without an exception by
 * the typed client AND by {@code dynamic().execute(...)}, with the same parameters the typed call
 * sent. Nothing here comes from the SDK's generator or registry but the call itself; that every
 * spec operation has a call is {@link EveryOperationContractTest}'s check, the tally here repeats it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecDeclaredAnswersContractTest {
  private static final ObjectMapper MAPPER = JsonMapper.shared();

  private ContractServer wire;
  private List<ContractCases.Planned> cases;
  private final Set<String> passedTyped = new TreeSet<>();
  private final Set<String> passedDynamic = new TreeSet<>();

  @BeforeAll
  void start() {
    wire = new ContractServer();
    cases = ContractCases.all();
  }

  @AfterAll
  void stop() {
    wire.close();
  }

  /** What the spec declares for an operation's success: status and body (null: none). */
  record Declared(int status, JsonNode body) {}

  static Declared declared(OperationSpec op, SpecOperation so) {
    int status = so.successStatus();
    JsonNode response = SpecApi.resolve(so.doc(), so.node().path("responses").path(String.valueOf(status)));
    JsonNode media = response.path("content").path("application/json");
    SpecBodyGenerator.Variant variant = new SpecBodyGenerator.Variant(status, SpecBodyGenerator.Optionals.PRESENT, 0, false);
    SpecBodyGenerator generator = new SpecBodyGenerator(so.doc());
    if (media.has("schema") && !media.has("example") && media.path("examples").isEmpty()) {
      // a GET by id typed as an array: one element, as the service answers it
      return new Declared(status, RandomAnswersContractTest.answer(generator, op, media.get("schema"), variant));
    }
    return new Declared(status, generator.declaredBody(media, variant));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationReadsTheDeclaredAnswerAndTheEcho() {
    Stream<DynamicTest> calls = cases.stream().flatMap(p -> Stream.of(
        DynamicTest.dynamicTest(p.displayName() + " [declared answer]", () -> run(p.plan(), false)),
        DynamicTest.dynamicTest(p.displayName() + " [echo]", () -> run(p.plan(), true))));
    Stream<DynamicTest> tally = Stream.of(DynamicTest.dynamicTest("every declared operation succeeded both ways", () -> {
      Set<String> declared = new TreeSet<>();
      PrismaAccessSpec.SPEC.operations().forEach(o -> declared.add(o.specFile() + " " + o.signature()));
      System.out.printf("spec-declared answers: %d of %d spec operations read by the typed client, %d by the dynamic door%n",
          passedTyped.size(), declared.size(), passedDynamic.size());
      assertThat(passedTyped).isEqualTo(declared);
      assertThat(passedDynamic).isEqualTo(declared);
    }));
    return Stream.concat(calls, tally);
  }

  private void run(ContractCases.Case c, boolean echo) throws Throwable {
    OperationSpec op = c.op();
    SpecOperation so = c.specOp();
    Declared declared = declared(op, so);
    wire.reset();
    // first the typed call, answered with the declared body: it also yields the request to echo
    stub(op, declared.status(), declared.body());
    Object typed = callTyped(c);
    // a create answered without an id may look the object up by name (a GET of the list, GetByNameTest)
    List<CapturedRequest> sent = wire.apiRequests().stream()
        .filter(r -> r.method().equals(op.method())).toList();
    assertThat(sent).as("%s: requests sent", c).hasSize(1);
    CapturedRequest request = sent.get(0);
    JsonNode answer = declared.body();
    if (echo) {
      // a service that echoes answers with the object written: only where the body is the answer's model
      answer = request.body() == null || !isJson(request) || !echoes(op) ? declared.body() : MAPPER.readTree(request.body());
      wire.reset();
      stub(op, declared.status(), answer);
      typed = callTyped(c);
    }
    checkTyped(c, typed, answer);
    passedTyped.add(so.specFile() + " " + so.signature());

    // the dynamic door with the very parameters the typed call sent
    Map<String, Object> params = dynamicParameters(op, request);
    JsonNode dynamic = wire.client.dynamic().execute(op.resource(), op.operation(), params);
    assertThat(dynamic).as("%s: dynamic result", c).isNotNull();
    if (op.responseShape() == ResponseShape.NONE) {
      assertThat(dynamic.isObject() && dynamic.isEmpty()).as("%s: shape none reads as an empty object", c).isTrue();
    } else if (op.responseShape() == ResponseShape.LIST) {
      assertThat(dynamic.path("data").isArray()).as("%s: a list reads as an envelope", c).isTrue();
      if (typed instanceof Page<?> page) {
        assertThat(dynamic.path("data")).as("%s: the same items as the typed page", c).hasSize(page.data().size());
      }
    } else if (typed != null && !(typed instanceof Page<?>)) {
      assertThat(JsonCompare.differences(MAPPER.valueToTree(typed), dynamic)).as("%s: dynamic equals typed", c).isEmpty();
    }
    passedDynamic.add(so.specFile() + " " + so.signature());
  }

  /** Whether the operation writes the very model it answers with (create/update of a resource). */
  private static boolean echoes(OperationSpec op) {
    return op.body() != null && op.responseSchema() != null && op.body().schema().ref().isPresent()
        && op.body().schema().ref().equals(op.responseSchema().ref());
  }

  private static boolean isJson(CapturedRequest request) {
    String type = request.header("Content-Type");
    return type != null && type.contains("json");
  }

  private void stub(OperationSpec op, int status, JsonNode body) {
    ObjectNode mapping = MAPPER.createObjectNode();
    mapping.putObject("request").put("method", op.method()).put("urlPathPattern", ContractData.pathPattern(op.pathTemplate()));
    ObjectNode response = mapping.putObject("response").put("status", status);
    if (body != null) {
      response.put("body", body.toString());
      response.putObject("headers").put("Content-Type", "application/json");
    }
    wire.stub(mapping.toString());
  }

  private Object callTyped(ContractCases.Case c) throws Throwable {
    Object service = c.accessor().invoke(wire.client);
    try {
      return c.method().invoke(service, c.args());
    } catch (InvocationTargetException e) {
      throw new AssertionError(c + ": the typed call threw " + e.getCause(), e.getCause());
    }
  }

  /** The typed value: present unless void, and (for an answer with a body) nothing of it lost. */
  private static void checkTyped(ContractCases.Case c, Object result, JsonNode answer) throws Exception {
    if (c.method().getReturnType() == void.class) {
      return;
    }
    if (!c.op().method().equals("DELETE")) {
      assertThat(result).as("%s: typed result", c).isNotNull();
    }
    if (answer == null || result == null) {
      return;
    }
    if (result instanceof Page<?> page) {
      List<JsonNode> items = new ArrayList<>();
      RandomAnswersContractTest.flatten(answer.isObject() ? answer.path("data") : answer, items);
      assertThat(page.data()).as("%s: page items", c).hasSize(items.size());
      for (int i = 0; i < items.size(); i++) {
        assertThat(JsonCompare.differences(items.get(i), MAPPER.valueToTree(page.data().get(i))))
            .as("%s: item %d written back", c, i).isEmpty();
      }
      return;
    }
    JsonNode expected = answer;
    while (expected.isArray() && expected.size() == 1) {
      expected = expected.get(0);
    }
    if (expected.isObject() && expected.path("data").isArray() && expected.get("data").size() == 1
        && !(result instanceof JsonNode)) {
      JsonNode back = MAPPER.valueToTree(result);
      if (!back.has("data")) {
        expected = expected.get("data").get(0);
      }
    }
    if (expected.isObject()) {
      assertThat(JsonCompare.differences(expected, MAPPER.valueToTree(result))).as("%s: typed value written back", c).isEmpty();
    }
  }

  /** The flat parameters of the dynamic door from a captured request: path, query, and the body. */
  static Map<String, Object> dynamicParameters(OperationSpec op, CapturedRequest request) throws Exception {
    Map<String, Object> params = new java.util.LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.pathTemplate());
    while (m.find()) {
      names.add(m.group(1));
    }
    Matcher values = Pattern.compile(ContractData.pathPattern(op.pathTemplate()).replace("[^/]+", "([^/]+)")).matcher(request.path());
    if (values.matches()) {
      for (int i = 0; i < names.size(); i++) {
        params.put(names.get(i), URLDecoder.decode(values.group(i + 1), StandardCharsets.UTF_8));
      }
    }
    for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
      ParameterSpec p = op.parameter(e.getKey()).orElse(null);
      boolean list = p != null && p.location() == ParameterLocation.QUERY && e.getValue().size() > 1;
      params.put(e.getKey(), list ? e.getValue() : e.getValue().get(0));
    }
    if (request.body() != null && isJson(request)) {
      params.put("body", MAPPER.readTree(request.body()));
    }
    return params;
  }
}
