package io.sasekit.testkit.internal;

import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.operation.OperationSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns one request into one answer: the token endpoint, then bearer-token checks, the folder
 * listing, routing over every mounted registry (most specific template first), validation against
 * the registry's constraints, and the behaviour of the matched operation under the state lock.
 * Thread-safe.
 */
public final class SimulatorEngine {
  private final SimState state;
  private final TokenService tokens;
  private final List<ApiMount> mounts;
  private final List<Route> routes;
  private final RequestValidator validator;
  private final boolean requireTsgScope;
  private final ScmHandler scm;
  private final AirsHandler airs;
  private final SetupHandler setup;
  private volatile boolean validation;

  /**
   * Creates the engine.
   *
   * @param state the simulator state
   * @param tokens the token service
   * @param mounts the registries served
   * @param validator the request validator
   * @param validation whether requests are validated
   * @param requireTsgScope whether SCM calls need a token with scope {@code tsg_id:<tsg>}
   */
  public SimulatorEngine(SimState state, TokenService tokens, List<ApiMount> mounts, RequestValidator validator,
      boolean validation, boolean requireTsgScope) {
    this.state = state;
    this.tokens = tokens;
    this.mounts = List.copyOf(mounts);
    this.validator = validator;
    this.validation = validation;
    this.requireTsgScope = requireTsgScope;
    this.scm = new ScmHandler(state);
    this.airs = new AirsHandler(state, scm);
    this.setup = new SetupHandler(state);
    List<Route> r = new ArrayList<>();
    for (ApiMount m : mounts) {
      for (OperationSpec op : m.registry().operations()) {
        r.add(new Route(m, op, OperationClassifier.classify(op, m.registry())));
      }
    }
    r.sort(Comparator.comparingInt(Route::specificity).reversed());
    this.routes = List.copyOf(r);
  }

  /** Turns validation on or off. */
  public void validation(boolean enabled) {
    this.validation = enabled;
  }

  /** The registries served. */
  public List<ApiMount> mounts() {
    return mounts;
  }

  /** Every route, most specific first. */
  public List<Route> routes() {
    return routes;
  }

  /** Whether a path is the token endpoint. */
  public static boolean isTokenPath(String path) {
    return TokenService.TOKEN_PATH.equals(path);
  }

  /** Answers one request. */
  public SimResponse handle(SimRequest request) {
    if (isTokenPath(request.path())) {
      return tokens.handle(request);
    }
    boolean snippets = SetupHandler.SNIPPETS_PATH.equals(request.path());
    if (SetupHandler.FOLDERS_PATH.equals(request.path()) || snippets) {
      SimResponse denied = authenticate(request, ErrorDialect.SCM, true);
      if (denied != null) {
        return denied;
      }
      if (!"GET".equals(request.method())) {
        return ErrorDialect.SCM.error(405, "E012", "Method Not Supported");
      }
      synchronized (state.lock()) {
        return snippets ? setup.listSnippets(request) : setup.listFolders(request);
      }
    }
    Route matched = null;
    Map<String, String> params = null;
    List<String> allowed = new ArrayList<>();
    for (Route r : routes) {
      Map<String, String> p = r.match(request.rawPath());
      if (p == null && !request.rawPath().equals(request.path())) {
        p = r.match(request.path());
      }
      if (p == null) {
        continue;
      }
      if (r.spec().method().equals(request.method())) {
        matched = r;
        params = p;
        break;
      }
      allowed.add(r.spec().method());
    }
    ErrorDialect dialect = matched != null ? matched.mount().dialect() : dialectFor(request.path());
    if (matched == null) {
      if (!allowed.isEmpty()) {
        return dialect.error(405, "E012", "Method Not Supported")
            .withHeader("Allow", allowed.stream().distinct().collect(Collectors.joining(", ")));
      }
      return dialect.error(404, "E005", "Not Found: no operation at " + request.method() + " " + request.path());
    }
    SimResponse denied = authenticate(request, dialect, requireTsgScope && dialect == ErrorDialect.SCM);
    if (denied != null) {
      return denied;
    }
    Call call = new Call(matched, params, request);
    if (validation) {
      List<ValidationException.Violation> violations = validator.validate(call);
      if (!violations.isEmpty()) {
        return invalid(dialect, violations);
      }
    }
    synchronized (state.lock()) {
      return dialect == ErrorDialect.AIRS ? airs.handle(call) : scm.handleSafely(call);
    }
  }

  /**
   * The 400 answer for validation failures: the message starts like the service's ({@code Missing
   * Query Parameter: folder}, {@code Invalid Query Parameter: ...}, {@code Missing Body},
   * {@code Invalid Object: ...}) and names every failed field; SCM details list them.
   */
  private static SimResponse invalid(ErrorDialect dialect, List<ValidationException.Violation> violations) {
    ValidationException.Violation first = violations.get(0);
    String joined = violations.stream().map(ValidationException.Violation::message)
        .collect(Collectors.joining("; "));
    String kind;
    String single = null;
    if (first.path().startsWith("query.") || first.path().startsWith("path.") || first.path().startsWith("header.")) {
      boolean missing = first.constraint().equals("required");
      kind = missing ? "Missing Query Parameter" : "Invalid Query Parameter";
      single = missing ? first.path().substring(first.path().indexOf('.') + 1) : null;
    } else if (first.path().equals("body") && first.constraint().equals("required")) {
      kind = "Missing Body";
    } else {
      kind = "Invalid Object";
    }
    com.fasterxml.jackson.databind.node.ObjectNode details = Json.object();
    details.put("errorType", kind);
    com.fasterxml.jackson.databind.node.ArrayNode messages = Json.array();
    com.fasterxml.jackson.databind.node.ArrayNode list = Json.array();
    for (ValidationException.Violation v : violations) {
      messages.add(v.message());
      com.fasterxml.jackson.databind.node.ObjectNode o = Json.object();
      o.put("path", v.path());
      o.put("constraint", v.constraint());
      o.put("message", v.message());
      list.add(o);
    }
    details.set("message", messages);
    details.set("violations", list);
    String message = kind + ": " + (single != null && violations.size() == 1 ? single : joined);
    return dialect.error(400, "E003", message, details);
  }

  /** The error shape of whatever API serves {@code path}. */
  public ErrorDialect dialectFor(String path) {
    for (ApiMount m : mounts) {
      if (!m.prefix().isEmpty() && path.startsWith(m.prefix() + "/")) {
        return m.dialect();
      }
    }
    return ErrorDialect.SCM;
  }

  private SimResponse authenticate(SimRequest request, ErrorDialect dialect, boolean needTsg) {
    switch (tokens.check(request)) {
      case MISSING:
        return dialect.error(401, "E016", "Not Authenticated");
      case UNKNOWN:
        return dialect.error(401, "E016", "Invalid Credential");
      case EXPIRED:
        return dialect.error(401, "E016", "Key Expired");
      default:
        break;
    }
    if (needTsg) {
      TokenService.Issued t = tokens.presented(request);
      String scope = t == null ? "" : t.scope();
      if (!List.of(scope.split("\\s+")).contains(tokens.tsgScope())) {
        return dialect.error(403, "E007", "Unauthorized: the token's scope names no tenant service group (tsg_id)");
      }
    }
    return null;
  }
}
