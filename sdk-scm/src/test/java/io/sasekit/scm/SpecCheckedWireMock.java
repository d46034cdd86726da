package io.sasekit.scm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.testkit.LoopbackOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * WireMock on loopback standing in for the SCM service, with the spec as referee: every canned
 * answer is checked against the ORIGINAL spec file before it is served (the declared status, a body
 * only where one is declared, an instance of the declared schema), and {@link #assertValid} checks a
 * captured request against the same file (Atlassian validator, the file as locked).
 */
public final class SpecCheckedWireMock implements AutoCloseable {
  /** The token endpoint's path. */
  public static final String TOKEN_PATH = ScmLoopback.TOKEN_PATH;
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  private final WireMockServer server = ScmLoopback.server();

  /** {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A client on this server (loopback options: no retries, short timeouts), further configured by {@code more}. */
  public ScmClient client(Consumer<ScmClient.Builder> more) {
    ScmClient.Builder b = ScmClient.builder().options(o -> LoopbackOptions.apply(o, baseUrl(), TOKEN_PATH,
        "contract-client@1234567890.iam.panserviceaccount.com", "contract-secret-0123456789"));
    more.accept(b);
    return b.build();
  }

  /** Serves {@code body} with {@code status} for the method and path, once checked against the spec. */
  public void answer(String spec, String method, String path, int status, String body) {
    stub(spec, method, path, status, body, m -> m);
  }

  /**
   * Serves the answers in turn (scenario states), each checked against the spec; the last one is
   * served from then on.
   */
  public void answerInTurn(String spec, String method, String path, int status, List<String> bodies) {
    String scenario = method + " " + path;
    for (int i = 0; i < bodies.size(); i++) {
      String state = i == 0 ? Scenario.STARTED : "answer-" + i;
      String next = i + 1 < bodies.size() ? "answer-" + (i + 1) : null;
      stub(spec, method, path, status, bodies.get(i), m -> {
        com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder s = m.inScenario(scenario).whenScenarioStateIs(state);
        return next == null ? s : s.willSetStateTo(next);
      });
    }
  }

  /**
   * Serves the answers in turn like {@link #answerInTurn}, without checking them against a spec
   * (for answers the plain validator misjudges; say why at the call).
   */
  public void answerInTurnUnchecked(String method, String path, int status, List<String> bodies) {
    answerInTurn(null, method, path, status, bodies);
  }

  private void stub(String spec, String method, String path, int status, String body,
      java.util.function.UnaryOperator<MappingBuilder> more) {
    SimpleResponse.Builder r = SimpleResponse.Builder.status(status);
    if (body != null) {
      r.withContentType("application/json").withBody(body);
    }
    String specPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    SimpleResponse answer = r.build();
    assertThat(spec == null ? List.of() : errors(spec, v -> v.validateResponse(specPath, Request.Method.valueOf(method), answer)))
        .as("canned answer of " + method + " " + path + " conforms to " + spec).isEmpty();
    ResponseDefinitionBuilder response = aResponse().withStatus(status);
    if (body != null) {
      response = response.withHeader("Content-Type", "application/json").withBody(body);
    }
    server.stubFor(more.apply(request(method, urlPathEqualTo(path))).willReturn(response));
  }

  /** Serves an answer on a path no spec file declares (an old-host path). */
  public void answerUnchecked(String method, String path, int status, String body) {
    ResponseDefinitionBuilder response = aResponse().withStatus(status);
    if (body != null) {
      response = response.withHeader("Content-Type", "application/json").withBody(body);
    }
    server.stubFor(request(method, urlPathEqualTo(path)).willReturn(response));
  }

  /** Every request but the token's, in order. */
  public List<LoggedRequest> requests() {
    return server.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> !r.getUrl().startsWith(TOKEN_PATH)).toList();
  }

  /** Checks a captured request against the spec file. */
  public static void assertValid(String spec, LoggedRequest sent) {
    assertValid(spec, sent, body -> body);
  }

  /**
   * Checks a captured request against the spec file, its body first passed through {@code
   * bodyRewrite} (for a documented deviation of the live service from the file, and only that).
   */
  public static void assertValid(String spec, LoggedRequest sent, java.util.function.UnaryOperator<String> bodyRewrite) {
    String url = sent.getUrl();
    int q = url.indexOf('?');
    SimpleRequest.Builder b = new SimpleRequest.Builder(sent.getMethod().getName(), q < 0 ? url : url.substring(0, q));
    sent.getHeaders().all().forEach(h -> b.withHeader(h.key(), h.values()));
    sent.getQueryParams().forEach((name, values) -> b.withQueryParam(name, values.values()));
    if (sent.getBodyAsString() != null && !sent.getBodyAsString().isEmpty()) {
      b.withBody(bodyRewrite.apply(sent.getBodyAsString()));
    }
    SimpleRequest request = b.build();
    assertThat(errors(spec, v -> v.validateRequest(request))).as(sent.getMethod() + " " + url + " against " + spec).isEmpty();
  }

  /**
   * The errors of the check under the merged reading of {@code allOf}/{@code oneOf} (members of all
   * branches together: the container branches sit beside the resource), or none when the plain
   * JSON Schema reading (each branch on its own) accepts it: the validator mis-reads some shapes of
   * the files in either mode alone (a top-level {@code oneOf} beside properties when merging, an
   * {@code allOf}-wrapped array when not). A file the validator cannot load at all is skipped:
   * {@code network-services.yaml} (OpenAPI 3.1; the validator stops on its
   * {@code logical-routers.required}, the message docs/scm-specs.md records).
   */
  private static List<String> errors(String spec, java.util.function.Function<OpenApiInteractionValidator, ValidationReport> check) {
    if (UNLOADABLE.contains(spec)) {
      return List.of();
    }
    List<String> merged = errors(check.apply(validator(spec, true)));
    if (merged.isEmpty()) {
      return merged;
    }
    List<String> plain = errors(check.apply(validator(spec, false)));
    if (plain.isEmpty()) {
      return plain;
    }
    List<String> both = new ArrayList<>(merged);
    plain.forEach(e -> both.add("(plain reading) " + e));
    return both;
  }

  /** Spec files the validator cannot load (see {@link #errors(String, java.util.function.Function)}). */
  public static final java.util.Set<String> UNLOADABLE = java.util.Set.of("scm/config/sase/network/network-services.yaml");

  private static OpenApiInteractionValidator validator(String spec, boolean mergeCombinators) {
    return VALIDATORS.computeIfAbsent(spec + " " + mergeCombinators, k -> OpenApiInteractionValidator
        .createForSpecificationUrl(ScmSpecFiles.API.file(spec).file().toUri().toString())
        .withLevelResolver(levels(mergeCombinators))
        .withStrictOperationPathMatching()
        .withResolveCombinators(mergeCombinators)
        .build());
  }

  /**
   * Unexpected query parameters are errors. The merged reading keeps the validator's strict members
   * (a member no branch declares is an error); the plain reading reads the file as JSON Schema does,
   * where a schema without {@code additionalProperties: false} accepts other members, so that a
   * {@code oneOf} branch declaring only {@code folder} matches a whole variable.
   */
  private static LevelResolver levels(boolean merged) {
    LevelResolver.Builder b = LevelResolver.create()
        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR);
    if (!merged) {
      b.withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE); // no injected "additionalProperties: false"
    }
    return b.build();
  }

  private static List<String> errors(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop();
  }
}
