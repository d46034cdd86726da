package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.pagination.Page;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.testkit.JsonCompare;
import io.sasekit.testkit.contract.AcceptedRequests;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.ContractWireMock;
import io.sasekit.testkit.contract.SpecRepairs;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every registry operation called through the TYPED client against WireMock: the request it sends is
 * validated against the operation's ORIGINAL spec file by the Atlassian validator ({@link
 * io.sasekit.testkit.contract.SpecRequestValidator}), and the realistic answer WireMock gives is read into the typed return value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryOperationContractTest {
  private static final ObjectMapper MAPPER = JsonMapper.shared();

  /** The requests the validator accepted, kept for the checks that run after every call. */
  private final AcceptedRequests accepted = new AcceptedRequests(PrismaAccessSpec.API, PrismaAccessSpec.SPEC);
  private ContractServer wire;
  private List<ContractCases.Planned> cases;

  @BeforeAll
  void start() {
    wire = new ContractServer();
    cases = ContractCases.all();
  }

  @AfterAll
  void stop() {
    wire.close();
  }

  @Test
  void everySpecOperationHasACall() {
    Set<String> planned = new TreeSet<>();
    cases.forEach(c -> planned.add(c.op().specFile() + " " + c.op().method() + " " + c.op().pathTemplate()));
    Set<String> declared = new TreeSet<>();
    PrismaAccessSpec.SPEC.operations().forEach(o -> declared.add(o.specFile() + " " + o.signature()));
    assertThat(planned).isEqualTo(declared);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationThroughTheTypedClient() {
    Stream<DynamicTest> calls = cases.stream().map(p -> DynamicTest.dynamicTest(p.displayName(),
        () -> KnownDefects.check(p.op().key(), p, () -> run(p.plan(), accepted))));
    // after every call: each repair is needed by at least one of the requests the calls sent
    Stream<DynamicTest> repairs = SpecRepairs.validatorRepairs(PrismaAccessSpec.API).stream().map(name -> DynamicTest.dynamicTest(
        "repair " + name + " is needed by a request the typed client sends",
        () -> assertThat(accepted.needing(name)).as("requests that %s is needed for", name).isNotEmpty()));
    // and, last, the tally: every operation's request passed the validator, but for the reported defects
    Stream<DynamicTest> tally = Stream.of(DynamicTest.dynamicTest("every operation's request conforms to its spec file",
        this::assertEveryOperationAccepted));
    return Stream.concat(Stream.concat(calls, repairs), tally);
  }

  private void assertEveryOperationAccepted() {
    Set<String> acceptedOps = accepted.operations();
    Set<String> missing = new TreeSet<>();
    for (OperationSpec op : PrismaAccessOperations.registry().operations()) {
      if (!acceptedOps.contains(op.key()) && !KnownDefects.listed().containsKey(op.key())) {
        missing.add(op.key());
      }
    }
    System.out.printf("contract: %d of %d operations sent a request the original spec accepts (%d requests)%n",
        acceptedOps.size(), PrismaAccessOperations.registry().operations().size(), accepted.size());
    assertThat(missing).as("operations without an accepted request (and not a reported defect)").isEmpty();
  }

  @Test
  void everyKnownDefectNamesARegistryOperation() {
    Set<String> registry = new TreeSet<>();
    PrismaAccessOperations.registry().operations().forEach(op -> registry.add(op.key()));
    Set<String> keys = new TreeSet<>(KnownDefects.listed().stringPropertyNames());
    keys.removeIf(k -> k.startsWith("evolution."));
    assertThat(registry).containsAll(keys);
  }

  /**
   * Every operation again with every hand-written file ignored (the resource's fixture, the
   * operation's body and answer): what a resource or operation added to the spec gets. Its object
   * is built from the spec ({@link ContractData#specFixture}), other bodies and answers from the
   * operation's declared schemas. Each request must still pass the original spec file and each
   * answer read back whole; the last test is the tally.
   */
  @TestFactory
  Stream<DynamicTest> everyOperationRunsWithoutHandWrittenFixtures() {
    AcceptedRequests own = new AcceptedRequests(PrismaAccessSpec.API, PrismaAccessSpec.SPEC);
    Stream<DynamicTest> calls = cases.stream().map(ContractCases.Planned::withFixtureFromSpec)
        .map(p -> DynamicTest.dynamicTest(p.displayName(), () -> KnownDefects.check(p.op().key(), p, () -> {
          run(p.plan(), own);
        })));
    Stream<DynamicTest> tally = Stream.of(DynamicTest.dynamicTest("every operation conforms with fixtures from the spec", () -> {
      Set<String> missing = new TreeSet<>();
      for (OperationSpec op : PrismaAccessOperations.registry().operations()) {
        if (!own.operations().contains(op.key()) && !KnownDefects.listed().containsKey(op.key())) {
          missing.add(op.key());
        }
      }
      System.out.printf("contract, fixtures from the spec: %d of %d operations sent a request the original spec accepts%n",
          own.operations().size(), PrismaAccessOperations.registry().operations().size());
      assertThat(missing).as("operations without an accepted request with fixtures from the spec").isEmpty();
    }));
    return Stream.concat(calls, tally);
  }

  private void run(ContractCases.Case c, AcceptedRequests accepted) throws Exception {
    OperationSpec op = c.op();
    wire.reset();
    boolean ownStatus = c.answer().startsWith("error") || c.answer().equals("push") || c.answer().equals("job-submission");
    String mapping = ContractData.stub(c.answer(), op.method(), op.pathTemplate(), c.fixture(),
        ownStatus ? 0 : c.specOp().successStatus());
    wire.stub(mapping);
    JsonNode answered = MAPPER.readTree(mapping).path("response").path("jsonBody");

    if (Boolean.getBoolean("sasekit.contract.trace")) {
      System.out.println("TRACE " + c + " fixture " + c.fixture() + " mapping " + mapping);
    }
    Object service = c.accessor().invoke(wire.client);
    Object result = null;
    Throwable callFailure = null;
    try {
      result = c.method().invoke(service, c.args());
    } catch (InvocationTargetException e) {
      callFailure = e.getCause();
    }

    // the request: exactly one, to the operation's path, conforming to the original spec (judged
    // even when reading the answer failed)
    List<CapturedRequest> sent = wire.apiRequests();
    if (callFailure != null && sent.size() != 1) {
      throw new AssertionError(c + ": the typed call threw " + callFailure + "; requests: " + sent, callFailure);
    }
    assertThat(sent).as("%s: requests sent", c).hasSize(1);
    CapturedRequest request = sent.get(0);
    assertThat(request.method()).as("%s: method", c).isEqualTo(op.method());
    assertThat(request.path()).as("%s: path", c).isEqualTo(c.expectedPath());
    assertThat(request.header("Authorization")).as("%s: bearer token", c).isEqualTo("Bearer " + ContractWireMock.TOKEN);
    List<String> errors = SpecRequestValidator.forSpec(PrismaAccessSpec.API, PrismaAccessSpec.SPEC.file(op.specFile())).errors(request);
    assertThat(errors).as("%s: validator errors for %s against %s", c, request, op.specFile()).isEmpty();
    accepted.add(op.key(), op.specFile(), request);
    if (Boolean.getBoolean("sasekit.contract.trace")) {
      System.out.println(c + " -> " + request);
    }
    for (var e : c.sentParams().entrySet()) {
      if (op.parameter(e.getKey()).orElseThrow().location().name().equals("QUERY")) {
        assertThat(request.query().get(e.getKey())).as("%s: query parameter %s", c, e.getKey())
            .containsExactly(e.getValue());
      }
    }

    // the answer: read into the typed return value
    if (callFailure != null) {
      throw new AssertionError(c + ": the typed call threw " + callFailure + " for the request " + request, callFailure);
    }
    assertResult(c, result, answered);
  }

  /** The typed value against what WireMock answered (the object, or the one item of a list answer). */
  private static void assertResult(ContractCases.Case c, Object result, JsonNode answered) throws Exception {
    Class<?> returnType = c.method().getReturnType();
    if (returnType == void.class) {
      assertThat(result).as("%s: void", c).isNull();
      return;
    }
    assertThat(result).as("%s: typed result", c).isNotNull();
    assertThat(answered.isMissingNode()).as("%s: a typed result from an answer without a body", c).isFalse();
    Object value = result;
    JsonNode expected = answered;
    if (answered.isArray()) {
      expected = answered.get(0);
    } else if (answered.path("data").isArray()) {
      expected = answered.path("data").get(0);
    }
    if (result instanceof Page<?> page) {
      assertThat(page.data()).as("%s: page items", c).hasSize(1);
      value = page.data().get(0);
      assertThat(value).as("%s: page item", c).isNotNull();
    }
    assertMatchesFixture(c, value, expected);
  }

  /** Key fields equal the fixture's, and nothing of the fixture is lost when written back as JSON. */
  static void assertMatchesFixture(Object what, Object value, JsonNode fixture) throws Exception {
    if (fixture.isObject()) {
      for (String key : List.of("id", "name")) {
        if (fixture.has(key)) {
          Object v = accessor(value, key);
          assertThat(v).as("%s: %s()", what, key).isNotNull();
          assertThat(String.valueOf(v)).as("%s: %s", what, key).isEqualTo(fixture.get(key).asText());
        }
      }
    }
    JsonNode back = MAPPER.valueToTree(value);
    assertThat(JsonCompare.differences(fixture, back)).as("%s: the typed value written back as JSON differs from the fixture", what)
        .isEmpty();
  }

  /** The member through its accessor, or (for a schema that does not declare it) from the kept unknown members. */
  private static Object accessor(Object value, String name) throws Exception {
    if (value instanceof Map<?, ?> map) {
      return map.get(name);
    }
    Method m;
    try {
      m = value.getClass().getMethod(name);
    } catch (NoSuchMethodException e) {
      Method extra = value.getClass().getMethod("additionalProperties");
      return ((Map<?, ?>) extra.invoke(value)).get(name);
    }
    Object v = m.invoke(value);
    return v instanceof Optional<?> o ? o.orElse(null) : v;
  }
}
