package io.sasekit.airs.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.AirsMgmtOperations;
import io.sasekit.airs.testing.AirsSpec;
import io.sasekit.airs.testing.AirsWireMock;
import io.sasekit.airs.testing.SpecRequestValidator;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecCallRunner;
import io.sasekit.testkit.contract.SpecCallValues;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.TypedCalls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation of every locked AIRS management file (enumerated from the files read as plain
 * YAML by {@link AirsSpec}) called through the TYPED {@link AirsMgmtClient} against WireMock: the call
 * is planned by the testkit's {@link TypedCalls} from the registry operation, with values from the
 * spec ({@link SpecCallValues}, read from the file with its listed repair, {@link AirsSpec#repaired});
 * the testkit's {@link SpecCallRunner} checks that the request is the operation's one request, to its
 * path, and conforms to the operation's ORIGINAL file (with the repair {@code specs/spec-repairs.md}
 * lists for {@code airs-mgmt}, see {@link SpecRequestValidator}), WireMock answering the declared
 * status and body (or none), and that the typed client reads it. A new spec file needs no case here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryAirsOperationContractTest {
  /** The seed and way of generating request and answer bodies. */
  private static final SpecBodyGenerator.Variant FIXTURE = new SpecBodyGenerator.Variant(11, SpecBodyGenerator.Optionals.PRESENT, 0, false);

  /** One call: a spec operation (of the repaired file), its registry row (or null) and how optional parameters are filled. */
  private record Planned(SpecOperation so, OperationSpec op, TypedCalls.Variant variant) {
    String displayName() {
      return (op == null ? "?" : op.key()) + " " + so.signature()
          + (variant == TypedCalls.Variant.ONLY ? "" : " [" + variant.label() + "]");
    }
  }

  private AirsWireMock wire;
  private AirsMgmtClient client;
  private SpecCallRunner runner;
  private List<Planned> cases;

  @BeforeAll
  void start() {
    wire = new AirsWireMock();
    client = wire.client();
    runner = new SpecCallRunner(wire.server(), "Authorization", "Bearer " + AirsWireMock.TOKEN, SpecRequestValidator::errors, FIXTURE);
    Map<String, OperationSpec> registry = new TreeMap<>();
    for (OperationSpec op : AirsMgmtOperations.registry().operations()) {
      registry.put(op.method() + " " + op.pathTemplate(), op);
    }
    List<SpecOperation> ops = new ArrayList<>();
    for (SpecApi.SpecFile f : AirsSpec.API.files()) {
      ops.addAll(AirsSpec.API.operations(f.path(), AirsSpec.repaired(f)));
    }
    ops.sort(Comparator.comparing(SpecOperation::signature));
    cases = new ArrayList<>();
    for (SpecOperation so : ops) {
      OperationSpec op = registry.get(so.method() + " " + so.path());
      for (TypedCalls.Variant v : op == null ? List.of(TypedCalls.Variant.ONLY) : TypedCalls.variants(AirsMgmtClient.class, op)) {
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
  void everySpecOperationOfEveryLockedFileHasACall() {
    assertThat(SpecCallRunner.signatures(cases.stream().map(Planned::so).toList()))
        .isEqualTo(SpecCallRunner.signatures(AirsSpec.operations()));
    assertThat(AirsSpec.API.files()).as("locked files under %s", AirsSpec.FOLDER).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyOperationThroughTheTypedClient() {
    Stream<DynamicTest> calls = cases.stream().map(p -> DynamicTest.dynamicTest(p.displayName(), () -> run(p)));
    Stream<DynamicTest> tally = Stream.of(DynamicTest.dynamicTest("every spec operation's request conforms and its answer is read",
        () -> runner.checkEvery("airs-mgmt", SpecCallRunner.signatures(AirsSpec.operations()))));
    return Stream.concat(calls, tally);
  }

  /** A value for a parameter the spec gives no example, enum or type for: ids are uuids. */
  private static String fallback(String name) {
    return name.endsWith("_id") ? "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e" : "contract-" + name.replace('_', '-');
  }

  private void run(Planned p) throws Throwable {
    assertThat(p.op()).as("%s: registry operation of the spec operation", p.so()).isNotNull();
    TypedCalls.Call call = TypedCalls.plan(AirsMgmtClient.class, p.op(), p.variant(),
        SpecCallValues.of(p.so(), FIXTURE, EveryAirsOperationContractTest::fallback));
    wire.reset();
    runner.run(p.so(), p.op(), call, client);
  }
}
