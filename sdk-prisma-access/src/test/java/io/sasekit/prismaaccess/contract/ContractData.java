package io.sasekit.prismaaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.ContractWireMock;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The contract suite's data under {@code src/test/resources/contract/}: the realistic fixture of a
 * resource ({@code fixtures/<resourceKey>.json}; a resource without one gets a fixture built from its
 * spec file, {@link #specFixture}), request bodies of other shapes
 * ({@code fixtures/bodies/<resourceKey>.<operation>.json}; without one, the body is generated from
 * the operation's declared schema, {@link #specBody}) and the WireMock answer templates
 * ({@code wiremock/*.json}). Every hand-written file only adds realism: the suite also runs every
 * operation with all of them ignored.
 */
final class ContractData {
  static final String ROOT = "contract/";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** How a fixture is built from the spec: one seed, every optional member present, the first branch. */
  static final SpecBodyGenerator.Variant FIXTURE = new SpecBodyGenerator.Variant(7, SpecBodyGenerator.Optionals.PRESENT, 0, false);

  private ContractData() {}

  static boolean exists(String resource) {
    return ContractData.class.getClassLoader().getResource(ROOT + resource) != null;
  }

  static JsonNode read(String resource) {
    try (InputStream in = ContractData.class.getClassLoader().getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + ROOT + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + resource, e);
    }
  }

  /**
   * The realistic object of a resource, as the service answers it: its hand-written fixture, else one
   * built from the spec ({@link #specFixture}).
   */
  static JsonNode fixture(String resourceKey) {
    String name = "fixtures/" + resourceKey + ".json";
    return exists(name) ? read(name) : specFixture(resourceKey);
  }

  /**
   * What the service answers an operation with: {@code fixtures/<resourceKey>.<operation>.json} when
   * there is one (and {@code operationFromSpec} is false); else, when the registry says the answer is
   * another schema than the resource's object, one built from the operation's declared answer
   * ({@link #specAnswer}); else the resource's object (with {@code fixtureFromSpec}, the one built
   * from the spec even when a hand-written one exists).
   */
  static JsonNode answerFixture(OperationSpec op, boolean fixtureFromSpec, boolean operationFromSpec) {
    String name = "fixtures/" + op.resource() + "." + op.operation() + ".json";
    if (!operationFromSpec && exists(name)) {
      return read(name);
    }
    String answerRef = op.responseSchema() == null ? null : op.responseSchema().ref().orElse(null);
    if (answerRef != null && !answerRef.equals(resourceModel(op.resource()))) {
      SpecOperation so = specOperation(op);
      if (so.successSchema() != null) {
        return specAnswer(so);
      }
    }
    return fixtureFromSpec ? specFixture(op.resource()) : fixture(op.resource());
  }

  /**
   * One element of an operation's declared answer (a list's item, a GET's one element, or the whole
   * object), generated from its spec file as {@link #specFixture} generates an object.
   */
  static JsonNode specAnswer(SpecOperation so) {
    return SpecBodyGenerator.realisticAnswers(so.doc()).instance(elementSchema(so.doc(), so.successSchema()), FIXTURE);
  }

  /** A request body generated from the operation's declared request body schema. */
  static JsonNode specBody(SpecOperation so) {
    JsonNode schema = so.requestBodySchema();
    if (schema == null) {
      throw new AssertionError(so + ": the typed method takes a body the spec does not declare");
    }
    return SpecBodyGenerator.realisticRequests(so.doc()).instance(schema, FIXTURE);
  }

  /**
   * The registry schema of the resource's own object: what its {@code get} answers, else its {@code
   * list} items, else the first other operation's answer (by name) that names a schema; {@code null}
   * when none does. Found through the registry, never by spelling the resource key as a class name.
   */
  static String resourceModel(String resourceKey) {
    Map<String, OperationSpec> ops = new TreeMap<>(PrismaAccessOperations.registry().operations(resourceKey));
    List<String> order = new ArrayList<>(List.of("get", "list"));
    order.addAll(ops.keySet());
    for (String name : order) {
      OperationSpec op = ops.get(name);
      if (op != null && op.responseSchema() != null && op.responseSchema().ref().isPresent()) {
        return op.responseSchema().ref().get();
      }
    }
    return null;
  }

  /**
   * The resource's object built from its spec file, as the service would answer it: the request body
   * schema of the first operation (by name) whose body is the resource's object ({@link
   * #resourceModel}), else the declared answer of the first whose answer is (a list's items, a GET's
   * one element), generated by {@link SpecBodyGenerator#realisticAnswers} (the spec's examples
   * first, every optional member present, {@code readOnly} members such as {@code id} included).
   * Where the file leaves them undeclared, the object still gets the {@code id} its paths address it
   * by and the {@code name} its list filters by, as every Prisma Access configuration object has; its
   * {@code folder} is one the operations' {@code folder} parameter accepts (the suite sends it there).
   */
  static JsonNode specFixture(String resourceKey) {
    String model = resourceModel(resourceKey);
    Map<String, OperationSpec> ops = new TreeMap<>(PrismaAccessOperations.registry().operations(resourceKey));
    JsonNode schema = null;
    SpecOperation from = null;
    for (OperationSpec op : ops.values()) {
      if (model != null && model.equals(op.bodySpec().flatMap(b -> b.schema().ref()).orElse(null))) {
        from = specOperation(op);
        schema = from.requestBodySchema();
        break;
      }
    }
    if (schema == null) {
      for (OperationSpec op : ops.values()) {
        if (model != null && op.responseSchema() != null && model.equals(op.responseSchema().ref().orElse(null))) {
          SpecOperation so = specOperation(op);
          if (so.successSchema() != null) {
            from = so;
            schema = elementSchema(so.doc(), so.successSchema());
            break;
          }
        }
      }
    }
    if (schema == null && model == null) {
      // no named object (a location list, a mobile-agent setting): what its first operation (get,
      // list, then by name) answers, else what it sends
      List<String> order = new ArrayList<>(List.of("get", "list"));
      order.addAll(ops.keySet());
      for (String name : order) {
        OperationSpec op = ops.get(name);
        SpecOperation so = op == null ? null : specOperation(op);
        if (so != null && (so.successSchema() != null || so.requestBodySchema() != null)) {
          from = so;
          schema = so.successSchema() != null ? elementSchema(so.doc(), so.successSchema()) : so.requestBodySchema();
          break;
        }
      }
    }
    if (schema == null) {
      throw new IllegalStateException("resource " + resourceKey + ": no operation sends or answers its object ("
          + model + "), so no fixture can be built from the spec: add fixtures/" + resourceKey + ".json");
    }
    JsonNode object = SpecBodyGenerator.realisticAnswers(from.doc()).instance(schema, FIXTURE);
    if (object instanceof ObjectNode o) {
      // what the service answers with although some files leave it undeclared: the uuid the object is
      // addressed by ({id} in its paths) and the name its list's name filter finds it by
      if (!o.has("id") && ops.values().stream().anyMatch(op -> takes(op, "id", "PATH"))) {
        o.put("id", UUID.nameUUIDFromBytes(resourceKey.getBytes(StandardCharsets.UTF_8)).toString());
      }
      if (!o.has("name") && ops.values().stream().anyMatch(op -> takes(op, "name", "QUERY"))) {
        o.put("name", "example-1");
      }
      // the suite sends the object's folder as the folder parameter: one the parameter accepts
      if (o.has("folder")) {
        ops.values().stream().flatMap(op -> op.parameter("folder").stream())
            .flatMap(p -> p.schema().enumValues().stream()).findFirst()
            .ifPresentOrElse(v -> o.set("folder", v), () -> o.put("folder",
                resourceKey.startsWith("mobileAgent") ? ContractCases.MOBILE_USERS : ContractCases.SHARED));
      }
    }
    return object;
  }

  private static boolean takes(OperationSpec op, String parameter, String location) {
    return op.parameter(parameter).map(p -> p.location().name().equals(location)).orElse(false);
  }

  /**
   * A list answer's element: the items of an array (of an array's items, for a list of lists), or of
   * the {@code data} array of an envelope; anything else is its own element. An {@code allOf} of one
   * schema is that schema.
   */
  private static JsonNode elementSchema(JsonNode doc, JsonNode schema) {
    JsonNode s = unwrap(doc, schema);
    if (s.path("items").isObject()) {
      JsonNode items = s.get("items");
      return unwrap(doc, items).path("items").isObject() ? elementSchema(doc, items) : items;
    }
    JsonNode data = unwrap(doc, s.path("properties").path("data"));
    return data.path("items").isObject() ? data.get("items") : schema;
  }

  private static JsonNode unwrap(JsonNode doc, JsonNode schema) {
    JsonNode s = SpecApi.resolve(doc, schema);
    while (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
      s = SpecApi.resolve(doc, s.get("allOf").get(0));
    }
    return s;
  }

  /** The spec operation of a registry operation. */
  static SpecOperation specOperation(OperationSpec op) {
    for (SpecOperation so : PrismaAccessSpec.SPEC.operations()) {
      if (so.specFile().equals(op.specFile()) && so.signature().equals(op.method() + " " + op.pathTemplate())) {
        return so;
      }
    }
    throw new IllegalStateException("registry operation " + op + " is not in its spec file " + op.specFile());
  }

  /** The body fixture of an operation whose body is not the resource's own object, or {@code null}. */
  static JsonNode bodyFixture(String resourceKey, String operation) {
    String name = "fixtures/bodies/" + resourceKey + "." + operation + ".json";
    return exists(name) ? read(name) : null;
  }

  static Properties answerOverrides() {
    return properties("wiremock/answers.properties");
  }

  static Properties properties(String resource) {
    Properties p = new Properties();
    try (InputStream in = ContractData.class.getClassLoader().getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + ROOT + resource);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * A WireMock stub mapping from the template {@code wiremock/<template>.json}: {@code $method}, the
   * path pattern of the spec path template and {@code $fixture} filled in; the status replaced when
   * {@code status > 0}.
   */
  static String stub(String template, String method, String pathTemplate, JsonNode fixture, int status) {
    ObjectNode m = (ObjectNode) read("wiremock/" + template + ".json").deepCopy();
    ObjectNode request = (ObjectNode) m.get("request");
    request.put("method", method);
    request.put("urlPathPattern", pathPattern(pathTemplate));
    ObjectNode response = (ObjectNode) m.get("response");
    if (status > 0) {
      response.put("status", status);
    }
    if (response.has("jsonBody")) {
      response.set("jsonBody", ContractWireMock.fill(response.get("jsonBody"), fixture));
    }
    return m.toString();
  }

  /** A regex matching the concrete paths of a spec path template ({@code {id}} is one segment). */
  static String pathPattern(String template) {
    return ContractWireMock.pathPattern(template);
  }
}
