package io.sasekit.prismaaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.json.OpenEnum;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
  private static final Set<String> JAVA_KEYWORDS = Set.of("import", "package", "new", "default", "class",
      "interface", "enum", "switch", "case", "for", "while", "do", "if", "else", "return", "throw", "try",
      "catch", "finally", "static", "final", "public", "private", "protected", "void", "native", "assert",
      "break", "continue", "goto", "const", "this", "super", "synchronized", "volatile", "transient",
      "abstract", "boolean", "byte", "char", "short", "int", "long", "float", "double", "extends",
      "implements", "instanceof", "strictfp", "throws");

  /** How optional parameters held in a parameters object are filled. */
  enum Variant {
    ONLY("-"), ALL_OPTIONAL("all optional parameters"), REQUIRED_ONLY("required parameters only");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /** One call to plan: the operation and how its optional parameters are filled. */
  record Planned(OperationSpec op, SpecDocuments.SpecOperation specOp, Variant variant) {
    String displayName() {
      return op.key() + " " + op.method() + " " + op.pathTemplate()
          + (variant == Variant.ONLY ? "" : " [" + variant.label + "]");
    }

    /** Finds the service method and builds the arguments (failures are this call's own). */
    Case plan() {
      Method accessor = accessor(op.resource());
      Method method = fullForm(accessor.getReturnType(), op);
      return ContractCases.plan(op, specOp, variant, accessor, method, ContractData.answerOverrides());
    }

    @Override
    public String toString() {
      return displayName();
    }
  }

  /** One planned call. */
  record Case(OperationSpec op, SpecDocuments.SpecOperation specOp, Variant variant, Method accessor,
      Method method, Object[] args, Map<String, String> sentParams, String answer, JsonNode fixture,
      String expectedPath) {
    String displayName() {
      return op.key() + " " + op.method() + " " + op.pathTemplate()
          + (variant == Variant.ONLY ? "" : " [" + variant.label + "]");
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
    Map<String, SpecDocuments.SpecOperation> specOps = new LinkedHashMap<>();
    for (SpecDocuments.SpecOperation so : SpecDocuments.allOperations()) {
      specOps.put(so.specFile() + " " + so.signature(), so);
    }
    List<Planned> out = new ArrayList<>();
    List<OperationSpec> ops = new ArrayList<>(PrismaAccessOperations.registry().operations());
    ops.sort(Comparator.comparing(OperationSpec::key));
    for (OperationSpec op : ops) {
      SpecDocuments.SpecOperation so = specOps.get(op.specFile() + " " + op.method() + " " + op.pathTemplate());
      boolean hasParamsObject = false;
      try {
        Method accessor = accessor(op.resource());
        for (Class<?> t : fullForm(accessor.getReturnType(), op).getParameterTypes()) {
          hasParamsObject |= isParamsObject(t, accessor.getReturnType());
        }
      } catch (AssertionError e) {
        // reported by the call itself
      }
      if (hasParamsObject) {
        out.add(new Planned(op, so, Variant.ALL_OPTIONAL));
        out.add(new Planned(op, so, Variant.REQUIRED_ONLY));
      } else {
        out.add(new Planned(op, so, Variant.ONLY));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ service and method lookup

  /** The accessor of {@link PrismaAccessClient} whose service is named after the resource key. */
  static Method accessor(String resource) {
    String serviceName = Character.toUpperCase(resource.charAt(0)) + resource.substring(1) + "Service";
    Method found = null;
    for (Method m : PrismaAccessClient.class.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType().isInterface()
          && m.getReturnType().getSimpleName().equals(serviceName)) {
        if (found != null) {
          throw new AssertionError("two accessors return " + serviceName + ": " + found + ", " + m);
        }
        found = m;
      }
    }
    if (found == null) {
      throw new AssertionError("PrismaAccessClient has no accessor returning " + serviceName + " (resource " + resource + ")");
    }
    return found;
  }

  /**
   * The operation's method with the longest signature (the one ending in {@link RequestOptions}): named
   * after the operation, or, for a Java keyword, the operation followed by a capitalized word
   * ({@code import} becomes {@code importCertificate}).
   */
  static Method fullForm(Class<?> service, OperationSpec op) {
    String name = op.operation();
    List<Method> candidates = new ArrayList<>();
    for (Method m : service.getMethods()) {
      boolean named = m.getName().equals(name)
          || (JAVA_KEYWORDS.contains(name) && m.getName().startsWith(name)
              && m.getName().length() > name.length() && Character.isUpperCase(m.getName().charAt(name.length())));
      Class<?>[] types = m.getParameterTypes();
      // the operation's own forms end in RequestOptions or are its shorter defaults; a workflow
      // helper of the same name (ConfigDeploying.push(List, String)) is neither
      boolean operationForm = types.length > 0 && types[types.length - 1] == RequestOptions.class;
      if (named && operationForm) {
        candidates.add(m);
      }
    }
    if (candidates.isEmpty()) {
      throw new AssertionError(service.getSimpleName() + " has no method for operation " + op.key());
    }
    int max = candidates.stream().mapToInt(Method::getParameterCount).max().orElseThrow();
    List<Method> longest = candidates.stream().filter(m -> m.getParameterCount() == max).toList();
    if (longest.size() != 1) {
      throw new AssertionError(service.getSimpleName() + " has " + longest.size() + " longest methods for " + op.key() + ": " + longest);
    }
    Method m = longest.get(0);
    Class<?>[] types = m.getParameterTypes();
    if (types.length == 0 || types[types.length - 1] != RequestOptions.class || !Modifier.isAbstract(m.getModifiers())) {
      throw new AssertionError("the longest " + op.key() + " method does not end in RequestOptions: " + m);
    }
    return m;
  }

  private static boolean isParamsObject(Class<?> t, Class<?> service) {
    return t.getEnclosingClass() == service && t.getSimpleName().endsWith("Params");
  }

  // ------------------------------------------------------------------ arguments

  private static Case plan(OperationSpec op, SpecDocuments.SpecOperation so, Variant variant, Method accessor,
      Method method, Properties overrides) {
    if (so == null) {
      throw new AssertionError("registry operation " + op + " is not in its spec file " + op.specFile());
    }
    JsonNode fixture = ContractData.answerFixture(op.resource(), op.operation());
    Map<String, String> sent = new LinkedHashMap<>();
    Parameter[] params = method.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      Class<?> t = p.getType();
      if (t == RequestOptions.class) {
        args[i] = RequestOptions.none();
      } else if (isParamsObject(t, accessor.getReturnType())) {
        args[i] = paramsObject(op, so, variant, t, fixture, sent);
      } else if (isModel(t) && !OpenEnum.class.isAssignableFrom(t)) {
        args[i] = body(op, t, fixture);
      } else {
        ParameterSpec ps = specParameter(op, p.getName());
        Object v = value(op, so, ps.name(), t, fixture);
        sent.put(ps.name(), String.valueOf(v instanceof OpenEnum e ? e.value() : v));
        args[i] = v;
      }
    }
    String answer = answer(op, so, overrides);
    return new Case(op, so, variant, accessor, method, args, sent, answer, fixture, expectedPath(op, sent));
  }

  private static boolean isModel(Class<?> t) {
    return t.getPackageName().endsWith(".models");
  }

  /** The registry parameter a Java parameter stands for (Java names are the camelCase spec names). */
  private static ParameterSpec specParameter(OperationSpec op, String javaName) {
    for (ParameterSpec ps : op.parameters()) {
      if (camel(ps.name()).equals(javaName)) {
        return ps;
      }
    }
    throw new AssertionError(op.key() + ": Java parameter '" + javaName + "' names no parameter of the operation "
        + op.parameters().stream().map(ParameterSpec::name).toList());
  }

  static String camel(String specName) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : specName.toCharArray()) {
      if (c == '_' || c == '-' || c == '.') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  private static Object paramsObject(OperationSpec op, SpecDocuments.SpecOperation so, Variant variant, Class<?> t,
      JsonNode fixture, Map<String, String> sent) {
    try {
      Object builder = t.getMethod("builder").invoke(null);
      for (Method setter : builder.getClass().getMethods()) {
        if (setter.getParameterCount() != 1 || setter.getReturnType() != builder.getClass()) {
          continue;
        }
        ParameterSpec ps = specParameter(op, setter.getName());
        boolean exclusive = op.exactlyOneOf().contains(ps.name());
        boolean firstOfExclusive = exclusive && op.exactlyOneOf().get(0).equals(ps.name());
        boolean set = switch (variant) {
          case ALL_OPTIONAL -> !exclusive || firstOfExclusive;
          case REQUIRED_ONLY -> ps.required() || firstOfExclusive;
          case ONLY -> true;
        };
        if (set) {
          Object v = value(op, so, ps.name(), setter.getParameterTypes()[0], fixture);
          setter.invoke(builder, v);
          sent.put(ps.name(), String.valueOf(v instanceof OpenEnum e ? e.value() : v));
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(op.key() + ": cannot build " + t.getName(), e);
    }
  }

  /** The body: the operation's own body fixture if it has one, else the resource's fixture. */
  private static Object body(OperationSpec op, Class<?> type, JsonNode fixture) {
    JsonNode json = ContractData.bodyFixture(op.resource(), op.operation());
    if (json == null) {
      String model = Character.toUpperCase(op.resource().charAt(0)) + op.resource().substring(1);
      if (!type.getSimpleName().equals(model)) {
        throw new AssertionError(op.key() + ": the body is a " + type.getSimpleName() + ", not the resource's "
            + model + ": add fixtures/bodies/" + op.resource() + "." + op.operation() + ".json");
      }
      json = fixture;
    }
    try {
      return JsonMapper.shared().treeToValue(json, type);
    } catch (Exception e) {
      throw new AssertionError(op.key() + ": the fixture does not read as " + type.getName() + ": " + e, e);
    }
  }

  /** A realistic value of a parameter, from the resource's fixture and the spec's constraints. */
  private static Object value(OperationSpec op, SpecDocuments.SpecOperation so, String name, Class<?> type,
      JsonNode fixture) {
    // the spec's own parameter when it has one (an SDK-only parameter is still sent: the validator judges it)
    JsonNode specParam = so.parameter(name);
    JsonNode schema = specParam == null ? null : SpecDocuments.resolve(so.doc(), specParam.path("schema"));
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
      case "host_id" -> require(op, fixture, "host_id");
      case "serial_number" -> require(op, fixture, "serial_number");
      case "spn_name_list" -> String.join(",", texts(fixture.path("spn_name_list")));
      default -> throw new AssertionError(op.key() + ": no realistic value known for parameter '" + name + "'");
    };
    if (type == String.class) {
      return text;
    }
    if (type == Integer.class) {
      return Integer.valueOf(text);
    }
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == Double.class) {
      return Double.valueOf(text);
    }
    throw new AssertionError(op.key() + ": parameter " + name + " has the unexpected Java type " + type.getName());
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

  /** The concrete path: the template with each path parameter's value percent-encoded. */
  private static String expectedPath(OperationSpec op, Map<String, String> sent) {
    String path = op.pathTemplate();
    for (ParameterSpec ps : op.parameters()) {
      if (ps.location().name().equals("PATH")) {
        String v = sent.get(ps.name());
        if (v == null) {
          throw new AssertionError(op.key() + ": no value for path parameter " + ps.name());
        }
        path = path.replace("{" + ps.name() + "}", URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return path;
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
  static String answer(OperationSpec op, SpecDocuments.SpecOperation so, Properties overrides) {
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
    JsonNode s = schema == null ? null : SpecDocuments.resolve(doc, schema);
    while (s != null && s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
      s = SpecDocuments.resolve(doc, s.get("allOf").get(0));
    }
    return s;
  }
}
