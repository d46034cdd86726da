package io.sasekit.prismaaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.json.OpenEnum;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecCallValues;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.TypedCalls;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Plans one typed-client call per registry operation (two when the method takes an optional-
 * parameters object: once with every optional parameter, once with none): the service accessor of
 * {@link PrismaAccessClient} for the resource, the operation's full-form method, realistic argument
 * values, the WireMock answer and the concrete path the call must reach.
 */
final class ContractCases {
  static final String MOBILE_USERS = "Mobile Users";
  static final String SHARED = "Shared";
  static final int LIMIT = 50;
  static final int OFFSET = 100;

  /**
   * One call to plan: the operation, how its optional parameters are filled, whether the resource's
   * hand-written fixture is ignored (the fixture is then built from the spec, as for a resource that
   * has none) and whether the operation's own hand-written files (its body, its answer) are ignored
   * too (they are then generated from the operation's declared schemas).
   */
  record Planned(OperationSpec op, SpecOperation specOp, TypedCalls.Variant variant, boolean fixtureFromSpec,
      boolean operationDataFromSpec) {
    String displayName() {
      return op.key() + " " + op.method() + " " + op.pathTemplate()
          + (variant == TypedCalls.Variant.ONLY ? "" : " [" + variant.label() + "]")
          + (fixtureFromSpec ? " [fixtures from the spec]" : "");
    }

    /** The same call with every hand-written fixture ignored: the resource's, the body's, the answer's. */
    Planned withFixtureFromSpec() {
      return new Planned(op, specOp, variant, true, true);
    }

    /** Finds the service method and builds the arguments (failures are this call's own). */
    Case plan() {
      return ContractCases.plan(this, ContractData.answerOverrides());
    }

    @Override
    public String toString() {
      return displayName();
    }
  }

  /** One planned call. */
  record Case(OperationSpec op, SpecOperation specOp, TypedCalls.Variant variant, Method accessor,
      Method method, Object[] args, Map<String, String> sentParams, String answer, JsonNode fixture,
      String expectedPath) {
    String displayName() {
      return op.key() + " " + op.method() + " " + op.pathTemplate()
          + (variant == TypedCalls.Variant.ONLY ? "" : " [" + variant.label() + "]");
    }

    @Override
    public String toString() {
      return displayName();
    }
  }

  private ContractCases() {}

  /**
   * Every registry operation, sorted by key, once or (when its method takes an optional-parameters
   * object) twice. An operation whose service or method cannot be found still gets its call, which
   * then fails on its own.
   */
  static List<Planned> all() {
    Map<String, SpecOperation> specOps = new LinkedHashMap<>();
    for (SpecOperation so : PrismaAccessSpec.SPEC.operations()) {
      specOps.put(so.specFile() + " " + so.signature(), so);
    }
    List<Planned> out = new ArrayList<>();
    List<OperationSpec> ops = new ArrayList<>(PrismaAccessOperations.registry().operations());
    ops.sort(Comparator.comparing(OperationSpec::key));
    for (OperationSpec op : ops) {
      SpecOperation so = specOps.get(op.specFile() + " " + op.method() + " " + op.pathTemplate());
      for (TypedCalls.Variant v : TypedCalls.variants(PrismaAccessClient.class, op)) {
        out.add(new Planned(op, so, v, false, false));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ arguments

  private static Case plan(Planned p, Properties overrides) {
    OperationSpec op = p.op();
    SpecOperation so = p.specOp();
    TypedCalls.Variant variant = p.variant();
    if (so == null) {
      throw new AssertionError("registry operation " + op + " is not in its spec file " + op.specFile());
    }
    JsonNode fixture = ContractData.answerFixture(op, p.fixtureFromSpec(), p.operationDataFromSpec());
    TypedCalls.Values fromSpec = SpecCallValues.of(so, ContractData.FIXTURE, n -> "example-" + n);
    TypedCalls.Call call = TypedCalls.plan(PrismaAccessClient.class, op, variant, new TypedCalls.Values() {
      @Override
      public Object parameter(String name, Class<?> type) {
        return value(op, so, name, type, fixture, fromSpec);
      }

      @Override
      public Object body(Class<?> type) {
        return ContractCases.body(p, type, fixture);
      }
    });
    String answer = answer(op, so, overrides);
    return new Case(op, so, variant, call.accessor(), call.method(), call.args(), call.sentParams(), answer, fixture,
        call.expectedPath());
  }

  /**
   * The body: the operation's own body fixture if it has one (and it is not ignored); else the
   * resource's fixture when the registry says the body is the resource's object ({@link
   * ContractData#resourceModel}); else one generated from the operation's declared body schema.
   */
  private static Object body(Planned p, Class<?> type, JsonNode fixture) {
    OperationSpec op = p.op();
    JsonNode json = p.operationDataFromSpec() ? null : ContractData.bodyFixture(op.resource(), op.operation());
    if (json == null) {
      String model = ContractData.resourceModel(op.resource());
      String bodyRef = op.bodySpec().flatMap(b -> b.schema().ref()).orElse(null);
      json = model != null && model.equals(bodyRef) ? fixture : ContractData.specBody(p.specOp());
    }
    try {
      return JsonMapper.shared().treeToValue(json, type);
    } catch (Exception e) {
      throw new AssertionError(op.key() + ": the body does not read as " + type.getName() + ": " + e + "\n" + json, e);
    }
  }

  /** A realistic value of a parameter, from the resource's fixture and the spec's constraints. */
  private static Object value(OperationSpec op, SpecOperation so, String name, Class<?> type,
      JsonNode fixture, TypedCalls.Values fromSpec) {
    // the spec's own parameter when it has one (an SDK-only parameter is still sent: the validator judges it)
    JsonNode specParam = so.parameter(name);
    JsonNode schema = specParam == null ? null : SpecApi.resolve(so.doc(), specParam.path("schema"));
    if (OpenEnum.class.isAssignableFrom(type)) {
      String v = schema == null ? null : schema.path("enum").path(0).asText(null);
      if (v == null) {
        throw new AssertionError(op.key() + ": parameter " + name + " is an enum in Java but not in the spec");
      }
      try {
        OpenEnum e = (OpenEnum) type.getMethod("of", String.class).invoke(null, v);
        if (!e.isKnown()) {
          throw new AssertionError(op.key() + ": " + type.getSimpleName() + " does not know the spec value " + v);
        }
        return e;
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(ex);
      }
    }
    String text = switch (name) {
      case "id" -> require(op, fixture, "id");
      case "version" -> require(op, fixture, "version");
      case "folder" -> fixture.path("folder").isTextual() ? fixture.get("folder").asText()
          : op.resource().startsWith("mobileAgent") ? MOBILE_USERS : SHARED;
      case "name" -> nameValue(op, fixture);
      case "limit" -> String.valueOf(LIMIT);
      case "offset" -> String.valueOf(OFFSET);
      default -> {
        // a filter by one of the object's members: the fixture's value; else the spec's
        JsonNode member = fixture.path(name);
        if (member.isValueNode() && !member.isNull()) {
          yield member.asText();
        }
        if (member.isArray() && !member.isEmpty()) {
          yield String.join(",", texts(member));
        }
        yield null;
      }
    };
    if (text == null) {
      return fromSpec.parameter(name, type);
    }
    try {
      return TypedCalls.textAs(text, type);
    } catch (AssertionError | NumberFormatException e) {
      throw new AssertionError(op.key() + ": parameter " + name + ": " + e.getMessage(), e);
    }
  }

  /** The member a {@code name} filter matches: {@code name}, or what the resource uses instead. */
  private static String nameMember(JsonNode fixture) {
    for (String m : List.of("name", "threatname", "value")) {
      if (fixture.has(m)) {
        return m;
      }
    }
    return "name";
  }

  /** A singleton (bgp-routing) has no name, yet its GET offers the {@code name} filter of the lists. */
  private static String nameValue(OperationSpec op, JsonNode fixture) {
    return fixture.isObject() && !fixture.has(nameMember(fixture)) && op.pathTemplate().equals("/sse/config/v1/bgp-routing")
        ? "default" : require(op, fixture, nameMember(fixture));
  }

  private static String require(OperationSpec op, JsonNode fixture, String field) {
    JsonNode v = fixture.path(field);
    if (!v.isValueNode() || v.isNull()) {
      throw new AssertionError(op.key() + ": the fixture " + op.resource() + ".json has no '" + field + "'");
    }
    return v.asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  // ------------------------------------------------------------------ what WireMock answers

  /**
   * The answer template, read from the spec as the service behaves: a GET whose answer is the list
   * envelope gets the envelope; a GET typed as an array gets the object when it addresses one item (the
   * GET-by-id quirk) and a bare array otherwise; create and update get the object (the service answers
   * with it though the spec declares no body); a DELETE by {@code {id}} gets the deleted object, one
   * addressed by query parameters and the actions ({@code :move}, {@code :load}, {@code :import},
   * {@code /enable}) get an empty success. {@code wiremock/answers.properties} overrides the rule.
   */
  static String answer(OperationSpec op, SpecOperation so, Properties overrides) {
    String o = overrides.getProperty(op.key());
    if (o != null) {
      return o;
    }
    boolean byPathParam = so.path().contains("{");
    boolean action = so.path().contains(":") || so.path().endsWith("/enable")
        || so.path().endsWith("/candidate");
    switch (so.method()) {
      case "GET": {
        JsonNode schema = unwrapAllOf(so.doc(), so.successSchema());
        if (schema == null) {
          return "empty";
        }
        JsonNode data = unwrapAllOf(so.doc(), schema.path("properties").path("data"));
        if (data != null && !data.isMissingNode() && "array".equals(data.path("type").asText())) {
          return byPathParam ? "data" : "list";
        }
        if ("array".equals(schema.path("type").asText())) {
          return byPathParam ? "object" : "array";
        }
        return "object";
      }
      case "DELETE":
        return byPathParam ? "object" : "empty";
      default:
        return action ? "empty" : "object";
    }
  }

  private static JsonNode unwrapAllOf(JsonNode doc, JsonNode schema) {
    JsonNode s = schema == null ? null : SpecApi.resolve(doc, schema);
    while (s != null && s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
      s = SpecApi.resolve(doc, s.get("allOf").get(0));
    }
    return s;
  }
}
