package io.sasekit.testkit.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.pagination.Page;
import io.sasekit.testkit.SpecBodyGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * An API's contract suite, written once: every operation of its spec files called through the
 * typed client against a WireMock server, each request judged by {@link SpecRequestValidator}
 * against the operation's ORIGINAL file with the repairs {@code specs/spec-repairs.md} lists for the
 * API, each listed repair shown to be needed, and a tally.
 *
 * <p>One call ({@link #run}): WireMock answers the operation's declared status and body (from the
 * suite's {@link Answers}, by default {@link #generatedAnswers}); the call must send exactly one
 * request (the token exchange at {@link ContractWireMock#TOKEN_PATH} aside, and the name lookup
 * that may follow a create answered without a body: GETs of the collection with the {@code name}
 * filter) of the operation's method, to the planned path
 * (below the file's server path when the registry's template leaves it out), with the
 * authentication header, that the validator accepts, with every query parameter the plan gave; then the typed client must read the answer: a value when a body was declared, and a
 * {@link Page} of as many items as a declared {@code data} array holds. Accepted requests are kept
 * ({@link #accepted()}) for the repairs' need.
 *
 * <pre>{@code
 * SpecCallRunner runner = new SpecCallRunner(server, "airs-scan", ScanSpec.API, "x-pan-token", key,
 *     SpecCallRunner.generatedAnswers(variant));
 * List<SpecCallRunner.Case> cases = SpecCallRunner.plan(Api.class, SpecRepairs.operations("airs-scan", ScanSpec.API), registry);
 * return runner.tests(cases, KnownDefects.none(), c -> {          // in a @TestFactory
 *   server.resetAll();
 *   runner.run(c, TypedCalls.plan(Api.class, c.op(), c.variant(), values(c)), client);
 * });
 * }</pre>
 */
public final class SpecCallRunner {
  /**
   * The answer WireMock gives a call.
   *
   * @param status the HTTP status
   * @param body the JSON body, or {@code null} for none
   */
  public record Answer(int status, JsonNode body) {}

  /** Where the declared answer of an operation comes from. */
  @FunctionalInterface
  public interface Answers {
    /**
     * The answer an operation declares.
     *
     * @param so the spec operation
     * @param op its registry operation
     * @return the status and body to answer
     */
    Answer declared(SpecOperation so, OperationSpec op);
  }

  /**
   * One call of a suite: a spec operation, its registry operation ({@code null} when the registry
   * has none: the call then fails) and how its optional parameters are filled.
   *
   * @param so the spec operation
   * @param op the registry operation, or {@code null}
   * @param variant the way of filling optional parameters
   */
  public record Case(SpecOperation so, OperationSpec op, TypedCalls.Variant variant) {
    /** The test's name: registry key, signature and, when there are several, the variant. */
    public String displayName() {
      return (op == null ? "?" : op.key()) + " " + so.signature()
          + (variant == TypedCalls.Variant.ONLY ? "" : " [" + variant.label() + "]");
    }
  }

  /** What a suite does for one case: plan the typed call with its values, reset the server, {@link #run}. */
  @FunctionalInterface
  public interface CaseRun {
    /**
     * Runs one case.
     *
     * @param c the case (its registry operation is not {@code null})
     * @throws Throwable when the case fails
     */
    void run(Case c) throws Throwable;
  }

  private final WireMockServer server;
  private final String api;
  private final SpecApi spec;
  private final String authHeader;
  private final String authValue;
  private final Answers answers;
  private final AcceptedRequests accepted;
  private final Set<String> answersRead = new TreeSet<>();

  /**
   * A runner on {@code server}.
   *
   * @param server the WireMock server the client is aimed at (the suite resets it before each call)
   * @param api the API's name in {@code specs/spec-repairs.md}
   * @param spec its spec files
   * @param authHeader the header every request must carry
   * @param authValue its value (a test value, not a secret)
   * @param answers the declared answer of each operation
   */
  public SpecCallRunner(WireMockServer server, String api, SpecApi spec, String authHeader, String authValue, Answers answers) {
    this.server = Objects.requireNonNull(server, "server");
    this.api = Objects.requireNonNull(api, "api");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.authHeader = Objects.requireNonNull(authHeader, "authHeader");
    this.authValue = Objects.requireNonNull(authValue, "authValue");
    this.answers = Objects.requireNonNull(answers, "answers");
    this.accepted = new AcceptedRequests(api, spec);
  }

  /**
   * The default answers: the operation's first 2xx status and the body {@link
   * SpecBodyGenerator#realisticAnswers} gives for its declared media type (its example, else an
   * instance of its schema), or none.
   *
   * @param variant the seed and way of generating the body
   */
  public static Answers generatedAnswers(SpecBodyGenerator.Variant variant) {
    Objects.requireNonNull(variant, "variant");
    return (so, op) -> new Answer(so.successStatus(),
        SpecBodyGenerator.realisticAnswers(so.doc()).declaredBody(so.successMedia(), variant));
  }

  /**
   * The cases of a suite, sorted by signature: every spec operation once per {@link
   * TypedCalls#variants} of its registry operation (found by method and full path, else by method
   * and the path as the file writes it), once when the registry has none.
   *
   * @param clientClass the typed client (or API) class the calls go through
   * @param operations the spec operations (of the original or the repaired files)
   * @param registry the registry's operations
   */
  public static List<Case> plan(Class<?> clientClass, Collection<SpecOperation> operations, Collection<OperationSpec> registry) {
    Map<String, OperationSpec> byTemplate = new HashMap<>();
    registry.forEach(op -> byTemplate.put(op.method() + " " + op.pathTemplate(), op));
    List<SpecOperation> sorted = new ArrayList<>(operations);
    sorted.sort(Comparator.comparing(SpecOperation::signature));
    List<Case> out = new ArrayList<>();
    for (SpecOperation so : sorted) {
      OperationSpec op = byTemplate.getOrDefault(so.signature(), byTemplate.get(so.method() + " " + so.path()));
      for (TypedCalls.Variant v : op == null ? List.of(TypedCalls.Variant.ONLY) : TypedCalls.variants(clientClass, op)) {
        out.add(new Case(so, op, v));
      }
    }
    return out;
  }

  /**
   * Stubs the declared answer, invokes the call on {@code target} and checks request and answer.
   * Reset the server first (through its owner when it keeps stubs of its own, a token endpoint).
   *
   * @param c the case
   * @param call the planned call
   * @param target the object the call's accessor is invoked on
   * @throws Throwable an {@link AssertionError} naming the operation and what was wrong
   */
  public void run(Case c, TypedCalls.Call call, Object target) throws Throwable {
    SpecOperation so = c.so();
    OperationSpec op = c.op();
    String name = c.displayName();
    Answer declared = answers.declared(so, op);
    ResponseDefinitionBuilder answer = aResponse().withStatus(declared.status());
    if (declared.body() != null) {
      answer = answer.withHeader("Content-Type", "application/json").withBody(declared.body().toString());
    }
    server.stubFor(request(so.method(), urlPathMatching(ContractWireMock.pathPattern(so.fullPath()))).willReturn(answer));
    Object result = null;
    Throwable failure = null;
    try {
      result = call.invoke(target);
    } catch (Throwable t) {
      failure = t;
    }
    List<CapturedRequest> sent = server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(r -> !r.getUrl().startsWith(ContractWireMock.TOKEN_PATH)).map(CapturedRequest::of)
        .filter(r -> !nameLookup(so, r)).toList();
    if (sent.size() != 1) {
      throw new AssertionError(name + ": " + sent.size() + " requests sent, expected 1"
          + (failure == null ? "" : "; the typed call threw " + failure) + "; requests: " + sent, failure);
    }
    CapturedRequest r = sent.get(0);
    expect(name, "method", so.method(), r.method());
    String below = so.fullPath().equals(op.pathTemplate()) ? "" : so.basePath();
    expect(name, "path", below + call.expectedPath(), r.path());
    expect(name, "header " + authHeader, authValue, r.header(authHeader));
    List<String> errors = SpecRequestValidator.forSpec(api, spec.file(so.specFile())).errors(r);
    if (!errors.isEmpty()) {
      throw new AssertionError(name + ": validator errors for " + r + " against " + so.specFile() + ": " + errors);
    }
    for (Map.Entry<String, String> e : call.sentParams().entrySet()) {
      if (op.parameter(e.getKey()).orElseThrow().location().name().equals("QUERY")) {
        expect(name, "query parameter " + e.getKey(), e.getValue(), String.join(",", r.query().getOrDefault(e.getKey(), List.of())));
      }
    }
    accepted.add(so.signature(), so.specFile(), r);
    if (failure != null) {
      throw new AssertionError(name + ": reading the declared answer " + declared + " raised " + failure, failure);
    }
    if (call.method().getReturnType() != void.class && declared.body() != null) {
      if (result == null) {
        throw new AssertionError(name + ": no typed result of the declared body " + declared.body());
      }
      JsonNode data = declared.body().path("data");
      if (result instanceof Page<?> page && data.isArray() && page.data().size() != data.size()) {
        throw new AssertionError(name + ": page items: " + page.data().size() + " read of the " + data.size()
            + " the declared body holds");
      }
    }
    answersRead.add(so.signature());
  }

  /** The requests the validator accepted so far. */
  public AcceptedRequests accepted() {
    return accepted;
  }

  /**
   * The suite's dynamic tests: one per case (through {@code defects}: a reported defect must still
   * fail as reported), then {@link #repairsNeeded}, then the tally ({@link #checkEvery} over every
   * operation of the spec files).
   *
   * @param cases the planned cases
   * @param defects the defects the suite reproduces and has reported
   * @param run what the suite does for a case
   */
  public Stream<DynamicTest> tests(List<Case> cases, KnownDefects defects, CaseRun run) {
    Stream<DynamicTest> calls = cases.stream().map(c -> DynamicTest.dynamicTest(c.displayName(),
        () -> defects.check(c.so().signature(), c.displayName(), () -> {
          if (c.op() == null) {
            throw new AssertionError(c.so() + ": no registry operation of the spec operation");
          }
          run.run(c);
        })));
    Stream<DynamicTest> tally = Stream.of(DynamicTest.dynamicTest("every spec operation's request conforms and its answer is read",
        () -> checkEvery(signatures(spec.operations()), defects)));
    return Stream.of(calls, repairsNeeded(), tally).flatMap(s -> s);
  }

  /**
   * One test per validator repair {@code specs/spec-repairs.md} lists for the API: some request the
   * validator accepted is rejected (or its file cannot be loaded) with that one repair left out.
   * Run after the calls.
   */
  public Stream<DynamicTest> repairsNeeded() {
    return SpecRepairs.validatorRepairs(api).stream().map(repair -> DynamicTest.dynamicTest(
        "repair " + repair + " is needed by a request the typed client sends", () -> {
          if (accepted.needing(repair).isEmpty()) {
            throw new AssertionError("no request of the " + accepted.size() + " accepted needs the repair " + repair
                + " that specs/spec-repairs.md lists for " + api + " (each is accepted without it too)");
          }
        }));
  }

  /**
   * Checks that the cases are every operation of the spec files (by signature), and that the API has
   * files at all.
   *
   * @param cases the planned cases
   */
  public void checkPlanned(List<Case> cases) {
    if (spec.files().isEmpty()) {
      throw new AssertionError(api + ": no locked file under " + spec.prefix());
    }
    Set<String> planned = signatures(cases.stream().map(Case::so).toList());
    Set<String> declared = signatures(spec.operations());
    if (!planned.equals(declared)) {
      Set<String> unplanned = new TreeSet<>(declared);
      unplanned.removeAll(planned);
      Set<String> extra = new TreeSet<>(planned);
      extra.removeAll(declared);
      throw new AssertionError(api + ": spec operations without a case " + unplanned + "; cases of no spec operation " + extra);
    }
  }

  /**
   * Prints the tally, then fails naming the operations of {@code declared} without an accepted
   * request or without a read answer (except those {@code defects} lists), and any listed defect
   * that names no operation of {@code declared}.
   *
   * @param declared the signatures ({@code METHOD /path}) of every operation of the spec files
   * @param defects the defects the suite reproduces and has reported (keyed by signature)
   */
  public void checkEvery(Set<String> declared, KnownDefects defects) {
    System.out.printf("%s contract: %d of %d spec operations sent a request their file accepts (%d requests); %d read the declared answer%n",
        api, accepted.operations().size(), declared.size(), accepted.size(), answersRead.size());
    Set<String> reported = defects.listed().stringPropertyNames();
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(accepted.operations());
    missing.removeAll(reported);
    Set<String> unread = new TreeSet<>(declared);
    unread.removeAll(answersRead);
    unread.removeAll(reported);
    Set<String> unknown = new TreeSet<>(reported);
    unknown.removeAll(declared);
    if (!missing.isEmpty() || !unread.isEmpty() || !unknown.isEmpty()) {
      throw new AssertionError(api + ": operations without an accepted request (and not a reported defect) " + missing
          + "; whose declared answer was not read (and not a reported defect) " + unread
          + "; reported defects that name no spec operation " + unknown);
    }
  }

  /** The signatures ({@code METHOD /path}) of some spec operations, sorted. */
  public static Set<String> signatures(Collection<SpecOperation> operations) {
    Set<String> out = new TreeSet<>();
    operations.forEach(o -> out.add(o.signature()));
    return out;
  }

  /**
   * Whether {@code r} is the name lookup that follows a create answered without a body (sdk-core's
   * {@code NameLookup.afterCreate}): a GET of the created collection with the {@code name} filter.
   */
  private static boolean nameLookup(SpecOperation so, CapturedRequest r) {
    return so.method().equals("POST") && r.method().equals("GET") && r.query().containsKey("name")
        && r.path().matches(ContractWireMock.pathPattern(so.fullPath()));
  }

  private static void expect(String name, String what, String expected, String actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(name + ": " + what + " expected <" + expected + "> but was <" + actual + ">");
    }
  }
}
