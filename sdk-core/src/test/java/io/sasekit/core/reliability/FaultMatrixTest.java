package io.sasekit.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ApiIoException;
import io.sasekit.core.errors.InternalServerException;
import io.sasekit.core.errors.RateLimitException;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.retry.RetryPolicy;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.FakeSleeper;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: every fault x GET/PUT/DELETE/POST x sync/async against WireMock, asserting
 * what the server received (a POST that may have reached it is never sent twice), the exception
 * type and message, and the time against the call's budget. The observed table goes to
 * {@code target/reliability/fault-matrix.md} (copied into {@code docs/reliability.md}); the TRACE
 * capture of the whole run must not contain the secret, a bearer token or a Basic credential.
 */
class FaultMatrixTest extends WireMockTestBase {
  private static final int RETRIES = 2;
  private static final Duration BUDGET = Duration.ofSeconds(10);
  private static final List<String> ROWS = new ArrayList<>();
  private static final List<String> BASICS = new ArrayList<>();

  /** The four methods, each an operation of the test registry. */
  enum Method {
    GET("job", "get", RequestMethod.GET, Arguments.builder().param("id", "1").build()),
    PUT("address", "update", RequestMethod.PUT, Arguments.builder().param("id", "1")
        .body(Address.netmask("a1", "10.0.0.1/32")).build()),
    DELETE("address", "delete", RequestMethod.DELETE, Arguments.builder().param("id", "1").build()),
    POST("address", "create", RequestMethod.POST, Arguments.builder().param("folder", "Shared")
        .body(Address.netmask("a1", "10.0.0.1/32")).build());

    final OperationSpec op;
    final RequestMethod http;
    final Arguments args;

    Method(String resource, String operation, RequestMethod http, Arguments args) {
      this.op = TestRegistry.op(resource, operation);
      this.http = http;
      this.args = args;
    }

    boolean idempotent() {
      return RetryPolicy.isIdempotent(name());
    }

    MappingBuilder stub() {
      return com.github.tomakehurst.wiremock.client.WireMock.request(
          name(), urlPathMatching("/sse/config/v1/(jobs|addresses).*"));
    }

    RequestPatternBuilder sent() {
      return RequestPatternBuilder.newRequestPattern(http, urlPathMatching("/sse/config/v1/(jobs|addresses).*"));
    }
  }

  /**
   * One fault: how to set the server up, how to change the options, and what must happen (API
   * requests received, exception type or {@code null} for success, text of the message).
   */
  record Fault2(String name, Consumer<Method> stub, Consumer<ClientOptions.Builder> options,
      java.util.function.ToIntFunction<Method> expectedRequests,
      java.util.function.Function<Method, Class<? extends Throwable>> expectedType, String messagePart) {}

  private static final int ALL = 1 + RETRIES;

  private static int retriedUnlessPost(Method m) {
    return m.idempotent() ? ALL : 1;
  }

  private static void stubApi(Method m, ResponseDefinitionBuilder answer) {
    server.stubFor(m.stub().willReturn(answer));
  }

  static List<Fault2> faults() {
    List<Fault2> f = new ArrayList<>();
    for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE,
        Fault.MALFORMED_RESPONSE_CHUNK, Fault.RANDOM_DATA_THEN_CLOSE)) {
      f.add(new Fault2(fault.name().toLowerCase().replace('_', ' '),
          m -> stubApi(m, aResponse().withFault(fault)), o -> {}, FaultMatrixTest::retriedUnlessPost,
          m -> ApiIoException.class, "I/O error on"));
    }
    f.add(new Fault2("read timeout", m -> stubApi(m, okJson("{}").withFixedDelay(1_500)),
        o -> o.readTimeout(Duration.ofMillis(300)), FaultMatrixTest::retriedUnlessPost,
        m -> ApiIoException.class, "timeout"));
    f.add(new Fault2("429 storm", m -> stubApi(m, aResponse().withStatus(429)), o -> {},
        FaultMatrixTest::retriedUnlessPost, m -> RateLimitException.class, "API error [429]"));
    f.add(new Fault2("429 storm + Retry-After", m -> stubApi(m, aResponse().withStatus(429)
        .withHeader("Retry-After", "2")), o -> {}, m -> ALL, m -> RateLimitException.class,
        "(after 3 attempts)"));
    f.add(new Fault2("503 storm", m -> stubApi(m, aResponse().withStatus(503)), o -> {},
        FaultMatrixTest::retriedUnlessPost, m -> InternalServerException.class, "API error [503]"));
    f.add(new Fault2("503 storm + Retry-After", m -> stubApi(m, aResponse().withStatus(503)
        .withHeader("Retry-After", "2")), o -> {}, m -> ALL, m -> InternalServerException.class,
        "(after 3 attempts)"));
    f.add(new Fault2("500", m -> stubApi(m, aResponse().withStatus(500).withBody("<html>oops</html>")),
        o -> {}, FaultMatrixTest::retriedUnlessPost, m -> InternalServerException.class, "oops"));
    f.add(new Fault2("Retry-After beyond the budget", m -> stubApi(m, aResponse().withStatus(503)
        .withHeader("Retry-After", "300")), o -> {}, m -> 1, m -> InternalServerException.class,
        "API error [503]"));
    f.add(new Fault2("token endpoint down", m -> stubApi(m, okJson("{}")),
        o -> o.tokenUrl("http://127.0.0.1:" + closedPort() + TOKEN_PATH), m -> 0,
        m -> TokenException.class, "token URL http://127.0.0.1:"));
    f.add(new Fault2("token endpoint slow", m -> {
      server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson(
          "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":900}").withFixedDelay(3_000)));
      stubApi(m, okJson("{}"));
    }, o -> o.totalTimeout(Duration.ofSeconds(1)), m -> 0, m -> ApiIoException.class,
        "timed out"));
    f.add(new Fault2("token endpoint invalid", m -> {
      server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(okJson("{\"token\":42")));
      stubApi(m, okJson("{}"));
    }, o -> {}, m -> 0, m -> TokenException.class, "token"));
    f.add(new Fault2("token expiring at once", m -> {
      stubToken(TOKEN, 1);
      stubApi(m, okJson("{}"));
    }, o -> {}, m -> 1, m -> null, ""));
    f.add(new Fault2("stale token 401", m -> {
      server.stubFor(m.stub().inScenario("stale").whenScenarioStateIs(Scenario.STARTED)
          .willReturn(aResponse().withStatus(401)).willSetStateTo("fresh"));
      server.stubFor(m.stub().inScenario("stale").whenScenarioStateIs("fresh")
          .willReturn(okJson("{}")));
    }, o -> {}, m -> 2, m -> null, ""));
    return f;
  }

  static Stream<ArgumentSet> cases() {
    List<ArgumentSet> all = new ArrayList<>();
    for (Fault2 f : faults()) {
      for (Method m : Method.values()) {
        for (boolean async : new boolean[] {false, true}) {
          all.add(org.junit.jupiter.params.provider.Arguments.argumentSet(
              f.name() + " / " + m + " / " + (async ? "async" : "sync"), f, m, async));
        }
      }
    }
    return all.stream();
  }

  @BeforeAll
  static void startCapture() {
    CapturedLogs.mute(false);
    CapturedLogs.clear();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void faultMatrix(Fault2 fault, Method method, boolean async) throws Exception {
    stubToken();
    fault.stub().accept(method);
    ClientOptions.Builder b = options().maxRetries(RETRIES).totalTimeout(BUDGET)
        .sleeper(FakeSleeper.immediate());
    fault.options().accept(b);
    ClientOptions options = b.build();
    synchronized (BASICS) {
      BASICS.add(Base64.getEncoder().encodeToString(
          (options.clientId() + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    }
    Throwable failure = null;
    long start = System.nanoTime();
    try (OperationExecutor e = OperationExecutor.create(options)) {
      if (async) {
        e.executeAsync(method.op, method.args, ResponseType.json(), null).get(30, TimeUnit.SECONDS);
      } else {
        e.execute(method.op, method.args, ResponseType.json(), null);
      }
    } catch (ExecutionException ex) {
      failure = ex.getCause();
    } catch (RuntimeException ex) {
      failure = ex;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    int apiRequests = server.findAll(method.sent()).size();
    int tokenRequests = tokenRequests();
    String outcome = failure == null ? "ok" : failure.getClass().getSimpleName();
    synchronized (ROWS) {
      ROWS.add(String.format("| %s | %s | %s | %d | %d | %s | %d |", fault.name(), method,
          async ? "async" : "sync", apiRequests, tokenRequests, outcome, took.toMillis()));
    }

    Class<? extends Throwable> expected = fault.expectedType().apply(method);
    if (expected == null) {
      assertThat(failure).as("outcome").isNull();
    } else {
      assertThat(failure).as("outcome").isInstanceOf(expected);
      assertThat(failure.getMessage()).containsIgnoringCase(fault.messagePart());
      assertThat(failure.getMessage()).doesNotContain(SECRET).doesNotContain(TOKEN);
      if (failure instanceof ApiException && apiRequests > 1) {
        assertThat(failure.getMessage()).endsWith("(after " + apiRequests + " attempts)");
      }
    }
    assertThat(apiRequests).as("requests the server received").isEqualTo(fault.expectedRequests().applyAsInt(method));
    Duration budget = options.totalTimeout();
    assertThat(took).as("time within the budget").isLessThan(budget.plusSeconds(2));
  }

  private static int closedPort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void writeTableAndCheckSecrets() throws Exception {
    List<String> rows = new ArrayList<>(ROWS);
    String table = "| fault | method | mode | API requests | token requests | outcome | ms |\n"
        + "|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    Files.writeString(out.resolve("fault-matrix.md"), table);

    String logs = CapturedLogs.all();
    assertThat(logs).as("the TRACE capture saw the exchanges").contains("--> ");
    assertThat(logs).doesNotContain(SECRET).doesNotContain(TOKEN);
    for (String basic : BASICS) {
      assertThat(logs).doesNotContain(basic);
    }
  }
}
