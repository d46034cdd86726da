package io.sasekit.airs.contract;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.AirsMgmtOperations;
import io.sasekit.airs.testing.AirsSpec;
import io.sasekit.airs.testing.AirsWireMock;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.KnownDefects;
import io.sasekit.testkit.contract.SpecCallRunner;
import io.sasekit.testkit.contract.SpecCallValues;
import io.sasekit.testkit.contract.SpecRepairs;
import io.sasekit.testkit.contract.TypedCalls;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation of every locked AIRS management file (enumerated from the files read as plain
 * YAML by {@link AirsSpec}) called through the TYPED {@link AirsMgmtClient} against WireMock, by the
 * testkit's {@link SpecCallRunner}: the call is planned by {@link TypedCalls} from the registry
 * operation, with values from the spec ({@link SpecCallValues}, read from the file with the repair
 * {@code specs/spec-repairs.md} lists for {@code airs-mgmt}, {@link SpecRepairs#operations}); the
 * request must be the operation's one request, to its path, and conform to the operation's ORIGINAL
 * file with that repair (the testkit's {@code SpecRequestValidator}), WireMock answering the
 * declared status and body (or none), and the typed client must read it. Then the listed repair is
 * shown to be needed by a request, and the tally shows every operation accepted. A new spec file
 * needs no case here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryAirsOperationContractTest {
  /** The seed and way of generating request and answer bodies. */
  private static final SpecBodyGenerator.Variant FIXTURE = new SpecBodyGenerator.Variant(11, SpecBodyGenerator.Optionals.PRESENT, 0, false);

  private AirsWireMock wire;
  private AirsMgmtClient client;
  private SpecCallRunner runner;
  private List<SpecCallRunner.Case> cases;

  @BeforeAll
  void start() {
    wire = new AirsWireMock();
    client = wire.client();
    runner = new SpecCallRunner(wire.server(), AirsSpec.NAME, AirsSpec.API, "Authorization", "Bearer " + AirsWireMock.TOKEN,
        SpecCallRunner.generatedAnswers(FIXTURE));
    cases = SpecCallRunner.plan(AirsMgmtClient.class, SpecRepairs.operations(AirsSpec.NAME, AirsSpec.API),
        AirsMgmtOperations.registry().operations());
  }

  @AfterAll
  void stop() {
    client.close();
    wire.close();
  }

  @Test
  void everySpecOperationOfEveryLockedFileHasACall() {
    runner.checkPlanned(cases);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationThroughTheTypedClient() {
    return runner.tests(cases, KnownDefects.none(), this::run);
  }

  /** A value for a parameter the spec gives no example, enum or type for: ids are uuids. */
  private static String fallback(String name) {
    return name.endsWith("_id") ? "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e" : "contract-" + name.replace('_', '-');
  }

  private void run(SpecCallRunner.Case c) throws Throwable {
    TypedCalls.Call call = TypedCalls.plan(AirsMgmtClient.class, c.op(), c.variant(),
        SpecCallValues.of(c.so(), FIXTURE, EveryAirsOperationContractTest::fallback));
    wire.reset();
    runner.run(c, call, client);
  }
}
