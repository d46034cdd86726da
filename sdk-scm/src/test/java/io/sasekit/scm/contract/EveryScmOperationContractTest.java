package io.sasekit.scm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.pagination.Page;
import io.sasekit.scm.ScmClient;
import io.sasekit.testkit.contract.AcceptedRequests;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.ContractWireMock;
import io.sasekit.testkit.contract.KnownDefects;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.SpecRepairs;
import io.sasekit.testkit.contract.SpecRequestValidator;
import io.sasekit.testkit.contract.TypedCalls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * Every operation of the eight SCM spec files (enumerated from the files read as plain YAML) called
 * through the TYPED {@link ScmClient} against WireMock on loopback: the request it sends is validated
 * against the operation's ORIGINAL spec file (with the repairs {@code specs/spec-repairs.md} lists for
 * {@code scm}, and nothing else), WireMock answers with the spec's declared status and body (or none),
 * and the typed client must read that answer without raising. Then each listed repair is shown to be
 * needed by at least one of the requests, and the tally shows every spec operation accepted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryScmOperationContractTest {
  /** One call to make: a spec operation, its registry row (or null) and how optional parameters are filled. */
  private record Planned(SpecOperation so, OperationSpec op, TypedCalls.Variant variant) {
    String displayName() {
      return (op == null ? "?" : op.key()) + " " + so.signature()
          + (variant == TypedCalls.Variant.ONLY ? "" : " [" + variant.label() + "]");
    }
  }

  private static final KnownDefects DEFECTS = KnownDefects.load("contract/known-sdk-defects.properties",
      EveryScmOperationContractTest.class.getClassLoader());

  private final AcceptedRequests accepted = new AcceptedRequests(ScmContract.API, ScmContract.SPEC);
  private final Set<String> answersRead = new TreeSet<>();
  private ContractWireMock wire;
  private ScmClient client;
  private List<Planned> cases;

  @BeforeAll
  void start() {
    wire = new ContractWireMock();
    client = ScmClient.builder().options(wire::options).build();
    Map<String, OperationSpec> registry = ScmContract.registryBySignature();
    List<SpecOperation> ops = new ArrayList<>(ScmContract.SPEC.operations());
    ops.sort(Comparator.comparing(SpecOperation::signature));
    cases = new ArrayList<>();
    for (SpecOperation so : ops) {
      OperationSpec op = registry.get(so.signature());
      for (TypedCalls.Variant v : op == null ? List.of(TypedCalls.Variant.ONLY) : TypedCalls.variants(ScmClient.class, op)) {
        cases.add(new Planned(so, op, v));
      }
    }
  }

  @AfterAll
  void stop() {
    client.close();
    wire.close();
  }

  @Test
  void everySpecOperationHasACall() {
    Set<String> declared = new TreeSet<>();
    ScmContract.SPEC.operations().forEach(o -> declared.add(o.signature()));
    Set<String> planned = new TreeSet<>();
    cases.forEach(c -> planned.add(c.so().signature()));
    assertThat(planned).isEqualTo(declared);
    assertThat(ScmContract.SPEC.files()).as("locked SCM files").isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyOperationThroughTheTypedClient() {
    Stream<DynamicTest> calls = cases.stream().map(p -> DynamicTest.dynamicTest(p.displayName(),
        () -> DEFECTS.check(p.so().signature(), p.displayName(), () -> run(p))));
    Stream<DynamicTest> repairs = SpecRepairs.validatorRepairs(ScmContract.API).stream().map(name -> DynamicTest.dynamicTest(
        "repair " + name + " is needed by a request the typed client sends",
        () -> assertThat(accepted.needing(name)).as("requests that %s is needed for", name).isNotEmpty()));
    Stream<DynamicTest> tally = Stream.of(DynamicTest.dynamicTest("every spec operation's request conforms and its answer is read", () -> {
      Set<String> declared = new TreeSet<>();
      ScmContract.SPEC.operations().forEach(o -> declared.add(o.signature()));
      System.out.printf("scm contract: %d of %d spec operations sent a request their file accepts (%d requests); %d read the declared answer%n",
          accepted.operations().size(), declared.size(), accepted.size(), answersRead.size());
      Set<String> reported = DEFECTS.listed().stringPropertyNames();
      Set<String> missing = new TreeSet<>(declared);
      missing.removeAll(accepted.operations());
      missing.removeAll(reported);
      assertThat(missing).as("operations without an accepted request (and not a reported defect)").isEmpty();
      Set<String> unread = new TreeSet<>(declared);
      unread.removeAll(answersRead);
      unread.removeAll(reported);
      assertThat(unread).as("operations whose declared answer was not read (and not a reported defect)").isEmpty();
      assertThat(declared).as("every reported defect names a spec operation").containsAll(reported);
    }));
    return Stream.concat(Stream.concat(calls, repairs), tally);
  }

  private void run(Planned p) throws Throwable {
    SpecOperation so = p.so();
    assertThat(p.op()).as("%s: registry operation of the spec operation", so).isNotNull();
    TypedCalls.Call call = TypedCalls.plan(ScmClient.class, p.op(), p.variant(), ScmContract.values(so));
    ScmContract.Declared declared = ScmContract.declared(so, p.op());
    wire.reset();
    wire.answer(so.method(), so.fullPath(), declared.status(), declared.body());
    Object result = null;
    Throwable failure = null;
    try {
      result = call.invoke(client);
    } catch (Throwable t) {
      failure = t;
    }
    // the request: exactly one of the operation's method, to its path, conforming to the original file
    List<CapturedRequest> sent = wire.apiRequests().stream().filter(r -> r.method().equals(so.method())).toList();
    if (failure != null && sent.size() != 1) {
      throw new AssertionError(p.displayName() + ": the typed call threw " + failure + "; requests: " + wire.apiRequests(), failure);
    }
    assertThat(sent).as("%s: requests sent", p.displayName()).hasSize(1);
    CapturedRequest request = sent.get(0);
    assertThat(request.path()).as("%s: path", p.displayName()).isEqualTo(call.expectedPath());
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + ContractWireMock.TOKEN);
    SpecRequestValidator validator = SpecRequestValidator.forSpec(ScmContract.API, ScmContract.SPEC.file(so.specFile()));
    assertThat(validator.errors(request)).as("%s: validator errors for %s against %s", p.displayName(), request, so.specFile())
        .isEmpty();
    accepted.add(so.signature(), so.specFile(), request);
    for (Map.Entry<String, String> e : call.sentParams().entrySet()) {
      if (p.op().parameter(e.getKey()).orElseThrow().location().name().equals("QUERY")) {
        assertThat(String.join(",", request.query().getOrDefault(e.getKey(), List.of())))
            .as("%s: query parameter %s", p.displayName(), e.getKey()).isEqualTo(e.getValue());
      }
    }
    // the answer: read into the typed value without raising
    if (failure != null) {
      throw new AssertionError(p.displayName() + ": reading the declared answer " + declared + " raised " + failure, failure);
    }
    if (call.method().getReturnType() != void.class && declared.body() != null) {
      assertThat(result).as("%s: typed result of a declared body", p.displayName()).isNotNull();
      if (result instanceof Page<?> page && declared.body().path("data").isArray()) {
        assertThat(page.data()).as("%s: page items", p.displayName()).hasSize(declared.body().get("data").size());
      }
    }
    answersRead.add(so.signature());
  }
}
