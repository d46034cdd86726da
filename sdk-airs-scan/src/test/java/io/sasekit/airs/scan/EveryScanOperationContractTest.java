package io.sasekit.airs.scan;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.sasekit.airs.scan.testing.ScanSpec;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.KnownDefects;
import io.sasekit.testkit.contract.SpecCallRunner;
import io.sasekit.testkit.contract.SpecCallValues;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.SpecRepairs;
import io.sasekit.testkit.contract.TypedCalls;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation of every locked scan file (enumerated from the files read as plain YAML by {@link
 * ScanSpec}) called through the TYPED generated client ({@link AirsScanClient#api()}) against
 * WireMock, by the testkit's {@link SpecCallRunner}: the call is planned by {@link TypedCalls} from
 * the registry operation, with values from the spec ({@link SpecCallValues}, read from the file with
 * the repair {@code specs/spec-repairs.md} lists for {@code airs-scan}, {@link SpecRepairs#operations});
 * the request must be the operation's one request, to its path, with the API key, and conform to the
 * operation's ORIGINAL file with that repair; WireMock answers the declared status and body and the
 * typed client must read it. Then the listed repair is shown to be needed by a request, and the tally
 * shows every operation accepted. A new spec file needs no case here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryScanOperationContractTest {
  private static final String KEY = "contract-AIRS-key-7e1d0c9b8a6f5e4d";
  /** The seed and way of generating request and answer bodies. */
  private static final SpecBodyGenerator.Variant FIXTURE = new SpecBodyGenerator.Variant(13, SpecBodyGenerator.Optionals.PRESENT, 0, false);

  private WireMockServer server;
  private AirsScanClient client;
  private SpecCallRunner runner;
  private List<SpecCallRunner.Case> cases;

  @BeforeAll
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client = AirsScanClient.builder().apiKey(KEY).endpoint("http://127.0.0.1:" + server.port()).maxRetries(0)
        .options(o -> o.callTimeout(Duration.ofSeconds(20))).build();
    runner = new SpecCallRunner(server, ScanSpec.NAME, ScanSpec.API, "x-pan-token", KEY, SpecCallRunner.generatedAnswers(FIXTURE));
    cases = SpecCallRunner.plan(AirsScanApi.class, SpecRepairs.operations(ScanSpec.NAME, ScanSpec.API),
        client.api().registry().operations());
  }

  @AfterAll
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void everySpecOperationOfEveryLockedFileHasACall() {
    runner.checkPlanned(cases);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationThroughTheTypedClient() {
    return runner.tests(cases, KnownDefects.none(), this::run);
  }

  /**
   * The spec's values; a list body is read as the list of the element type the method declares
   * (the typed call only passes the raw {@code List} class).
   */
  private static TypedCalls.Values values(SpecOperation so, OperationSpec op) {
    TypedCalls.Values spec = SpecCallValues.of(so, FIXTURE, name -> name.endsWith("_ids") || name.endsWith("_id")
        ? "6e06ec5b-a128-4a4f-a393-ff5da75203d9" : "contract-" + name.replace('_', '-'));
    return new TypedCalls.Values() {
      @Override
      public Object parameter(String name, Class<?> type) {
        return spec.parameter(name, type);
      }

      @Override
      public Object body(Class<?> type) {
        if (type != List.class) {
          return spec.body(type);
        }
        Class<?> service = TypedCalls.accessor(AirsScanApi.class, op.resource()).getReturnType();
        for (Type t : TypedCalls.fullForm(service, op).getGenericParameterTypes()) {
          if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            JsonNode json = SpecBodyGenerator.realisticRequests(so.doc()).instance(so.requestBodySchema(), FIXTURE);
            return JsonMapper.shared().convertValue(json,
                JsonMapper.shared().getTypeFactory().constructCollectionType(List.class, (Class<?>) pt.getActualTypeArguments()[0]));
          }
        }
        throw new AssertionError(op.key() + ": no list body in " + TypedCalls.fullForm(service, op));
      }
    };
  }

  private void run(SpecCallRunner.Case c) throws Throwable {
    TypedCalls.Call call = TypedCalls.plan(AirsScanApi.class, c.op(), c.variant(), values(c.so(), c.op()));
    server.resetAll();
    runner.run(c, call, client.api());
  }
}
