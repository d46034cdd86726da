package io.sasekit.prismaaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The only changes made to an original spec file before the request validator sees it: each a
 * named, meaning-preserving repair of a known spec defect, applied to the parsed YAML tree. The same
 * names, each with its reason, are listed in {@code src/test/resources/contract/spec-repairs.md};
 * {@link SpecRepairsTest} keeps the two in step, and {@link EveryOperationContractTest} shows that
 * every repair is needed by at least one request the typed client sends. Nothing else about the spec
 * or the validator is relaxed.
 */
final class SpecRepairs {
  /** One repair: changes the document in place and returns how many places it changed. */
  record Repair(String name, Action action) {
    int apply(String specPath, ObjectNode doc) {
      return action.apply(specPath, doc);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The body of a repair. */
  interface Action {
    int apply(String specPath, ObjectNode doc);
  }

  /** Operation extension naming query parameters of which a request must carry exactly one. */
  static final String EXACTLY_ONE_OF = "x-sasekit-exactly-one-of";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String FOLDER_PATTERN_AS_WRITTEN = "^[0-9a-zA-Z._-\\s]{1,}$";
  private static final String FOLDER_PATTERN_ECMA = "^[0-9a-zA-Z._\\-\\s]{1,}$";
  private static final List<String> CONTAINERS = List.of("folder", "snippet", "device");
  private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");

  /** In the order they are applied. */
  static final List<Repair> ALL = List.of(
      new Repair("folder-pattern-ecma", (path, doc) -> patterns(doc,
          p -> p.equals(FOLDER_PATTERN_AS_WRITTEN) ? FOLDER_PATTERN_ECMA : p)),
      new Repair("array-default-on-items", SpecRepairs::arrayDefaultOnItems),
      new Repair("array-without-items", SpecRepairs::arrayWithoutItems),
      new Repair("scalar-with-stray-items", SpecRepairs::scalarWithStrayItems),
      new Repair("required-but-undefined", SpecRepairs::requiredButUndefined),
      new Repair("tls-service-profile-put-body", SpecRepairs::tlsPutBody),
      new Repair("container-exactly-one", SpecRepairs::containerExactlyOne),
      new Repair("position-not-required", SpecRepairs::positionNotRequired),
      new Repair("get-by-id-folder", SpecRepairs::getByIdFolder),
      new Repair("service-managed-members", SpecRepairs::serviceManagedMembers),
      new Repair("name-member", SpecRepairs::nameMember),
      new Repair("properties-beside-oneof", SpecRepairs::propertiesBesideOneOf));

  private SpecRepairs() {}

  static Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    ALL.forEach(r -> names.add(r.name()));
    return names;
  }

  /** Applies every repair except those named in {@code skip}; returns the count of changes per repair. */
  static Map<String, Integer> apply(String specPath, ObjectNode doc, Set<String> skip) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Repair r : ALL) {
      if (!skip.contains(r.name())) {
        counts.put(r.name(), r.apply(specPath, doc));
      }
    }
    return counts;
  }

  // ---------------------------------------------------------------- the repairs

  /** {@code items: {default: [all]}}: a list default on a string item belongs to the array. */
  private static int arrayDefaultOnItems(String specPath, ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if ("array".equals(o.path("type").asText()) && o.get("items") instanceof ObjectNode items
          && items.path("default").isArray() && !"array".equals(items.path("type").asText())) {
        o.set("default", items.remove("default"));
        n[0]++;
      }
    });
    return n[0];
  }

  /** {@code type: array} without {@code items} (snapshots): OpenAPI 3.0 requires it; absent means any. */
  private static int arrayWithoutItems(String specPath, ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if ("array".equals(o.path("type").asText()) && !o.has("items")) {
        o.set("items", F.objectNode());
        n[0]++;
      }
    });
    return n[0];
  }

  /**
   * {@code type: string} (or another scalar type) with {@code items}: JSON Schema applies {@code
   * items} to arrays only, so a string instance ignores it, but the validator's parser infers
   * {@code type: array} from {@code items} and rejects the string. The stray {@code items} is removed.
   */
  private static int scalarWithStrayItems(String specPath, ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (SCALAR_TYPES.contains(o.path("type").asText()) && o.path("type").isTextual() && o.get("items") instanceof ObjectNode) {
        o.remove("items");
        n[0]++;
      }
    });
    return n[0];
  }

  /** A name in {@code required} that no property of the schema (or of its options) defines is dropped. */
  private static int requiredButUndefined(String specPath, ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc.path("components").path("schemas"), o -> {
      if (!(o.get("required") instanceof ArrayNode required) || !o.has("properties")) {
        return;
      }
      Set<String> defined = new LinkedHashSet<>();
      o.get("properties").fieldNames().forEachRemaining(defined::add);
      for (String k : List.of("oneOf", "anyOf", "allOf")) {
        for (JsonNode option : o.path(k)) {
          SpecDocuments.resolve(doc, option).path("properties").fieldNames().forEachRemaining(defined::add);
        }
      }
      for (int i = required.size() - 1; i >= 0; i--) {
        if (!defined.contains(required.get(i).asText())) {
          required.remove(i);
          n[0]++;
        }
      }
    });
    return n[0];
  }

  /** {@code PUT /tls-service-profiles/{id}} declares the certificate-profile schema: it takes the POST's body. */
  private static int tlsPutBody(String specPath, ObjectNode doc) {
    JsonNode post = doc.path("paths").path("/sse/config/v1/tls-service-profiles").path("post").path("requestBody");
    JsonNode put = doc.path("paths").path("/sse/config/v1/tls-service-profiles/{id}").path("put");
    if (post.isMissingNode() || !(put instanceof ObjectNode p) || p.path("requestBody").equals(post)) {
      return 0;
    }
    p.set("requestBody", post.deepCopy());
    return 1;
  }

  /**
   * Kerberos, RADIUS and TACACS server profiles declare {@code folder}, {@code snippet} and {@code
   * device} all required; the service takes exactly one. Each becomes optional and the operation is
   * marked so that {@link SpecValidators} checks "exactly one of the three".
   */
  private static int containerExactlyOne(String specPath, ObjectNode doc) {
    int n = 0;
    for (SpecDocuments.SpecOperation op : SpecDocuments.operations(specPath, doc)) {
      List<ObjectNode> containers = new ArrayList<>();
      for (String name : CONTAINERS) {
        ObjectNode p = inlineParameter(doc, (ObjectNode) op.node(), name);
        if (p != null && p.path("required").asBoolean(false) && "query".equals(p.path("in").asText())) {
          containers.add(p);
        }
      }
      if (containers.size() == CONTAINERS.size()) {
        containers.forEach(p -> p.put("required", false));
        ArrayNode names = ((ObjectNode) op.node()).putArray(EXACTLY_ONE_OF);
        CONTAINERS.forEach(names::add);
        n++;
      }
    }
    return n;
  }

  /** {@code POST /mfa-servers} and {@code GET /bgp-routing} require a rulebase {@code position} they do not have. */
  private static int positionNotRequired(String specPath, ObjectNode doc) {
    int n = 0;
    for (String[] target : new String[][] {{"/sse/config/v1/mfa-servers", "post"}, {"/sse/config/v1/bgp-routing", "get"}}) {
      JsonNode op = doc.path("paths").path(target[0]).path(target[1]);
      if (op instanceof ObjectNode o) {
        ObjectNode p = inlineParameter(doc, o, "position");
        if (p != null && p.path("required").asBoolean(false)) {
          p.put("required", false);
          n++;
        }
      }
    }
    return n;
  }

  /**
   * {@code GET /x/{id}} of a folder-scoped collection takes the same optional {@code folder} query
   * parameter as the GETs by id that declare it (application override, IKE, IPsec, QoS and TLS
   * resources); the spec leaves it out on the others.
   */
  private static int getByIdFolder(String specPath, ObjectNode doc) {
    int n = 0;
    for (Map.Entry<String, JsonNode> e : doc.path("paths").properties()) {
      String path = e.getKey();
      if (!path.endsWith("/{id}") || !(e.getValue().path("get") instanceof ObjectNode get)) {
        continue;
      }
      JsonNode collectionGet = doc.path("paths").path(path.substring(0, path.length() - "/{id}".length())).path("get");
      ObjectNode folder = collectionGet instanceof ObjectNode cg ? inlineParameter(doc, cg, "folder") : null;
      if (folder == null || inlineParameter(doc, get, "folder") != null) {
        continue;
      }
      ObjectNode copy = folder.deepCopy();
      copy.put("required", false);
      (get.get("parameters") instanceof ArrayNode a ? a : get.putArray("parameters")).add(copy);
      n++;
    }
    return n;
  }

  /**
   * Every object of a folder-scoped collection whose items are addressed by {@code /x/{id}} is returned with its uuid
   * {@code id} and its container ({@code folder}, {@code snippet} or {@code device}), and a get then
   * update sends them back; several schemas do not declare them. Declared as string properties
   * ({@code id} read-only), only where absent. (Already allowed by OpenAPI, whose objects take
   * undeclared members; declared so that the validator's strict reading accepts them.)
   */
  private static int serviceManagedMembers(String specPath, ObjectNode doc) {
    int n = 0;
    Set<String> schemas = new LinkedHashSet<>();
    for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
      String path = it.next();
      if (!path.endsWith("/{id}")) {
        continue;
      }
      JsonNode collection = doc.path("paths").path(path.substring(0, path.length() - "/{id}".length()));
      if (!(collection.path("get") instanceof ObjectNode cg) || inlineParameter(doc, cg, "folder") == null) {
        continue;
      }
      JsonNode listed = cg.path("responses").path("200").path("content").path("application/json").path("schema");
      String ref = itemRef(listed.path("properties").path("data").isMissingNode() ? listed : listed.path("properties").path("data"));
      if (ref != null) {
        schemas.add(ref);
      }
    }
    for (String ref : schemas) {
      JsonNode schema = doc.at(ref.substring(1));
      if (!(schema instanceof ObjectNode s)) {
        continue;
      }
      if (!(s.get("properties") instanceof ObjectNode props)) {
        continue; // a schema of oneOf options only: the members are declared there
      }
      if (!props.has("id")) {
        props.putObject("id").put("type", "string").put("readOnly", true);
        n++;
      }
      for (String c : CONTAINERS) {
        if (!props.has(c)) {
          props.putObject(c).put("type", "string");
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Objects the API finds by a {@code name} query parameter (the {@code name} filter of a list, the
   * {@code name} that addresses a mobile-agent setting) have a {@code name}; the server-profile and
   * mobile-agent authentication-setting schemas do not declare it. Declared as a string property,
   * only where absent (already allowed by OpenAPI, which takes undeclared members).
   */
  private static int nameMember(String specPath, ObjectNode doc) {
    Set<String> schemas = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> e : doc.path("paths").properties()) {
      boolean byName = false;
      for (Map.Entry<String, JsonNode> m : e.getValue().properties()) {
        if (SpecDocuments.HTTP_METHODS.contains(m.getKey())) {
          for (JsonNode p : m.getValue().path("parameters")) {
            JsonNode r = SpecDocuments.resolve(doc, p);
            byName |= "name".equals(r.path("name").asText()) && "query".equals(r.path("in").asText());
          }
        }
      }
      if (!byName) {
        continue;
      }
      JsonNode get = e.getValue().path("get").path("responses").path("200").path("content")
          .path("application/json").path("schema");
      JsonNode data = get.path("properties").path("data");
      String ref = itemRef(data.isMissingNode() ? get : data);
      if (ref != null) {
        schemas.add(ref);
      }
      for (String m : List.of("post", "put")) {
        String body = itemRef(e.getValue().path(m).path("requestBody").path("content").path("application/json").path("schema"));
        if (body != null) {
          schemas.add(body);
        }
      }
    }
    int n = 0;
    for (String ref : schemas) {
      if (doc.at(ref.substring(1)) instanceof ObjectNode s && s.get("properties") instanceof ObjectNode props
          && !props.has("name")) {
        props.putObject("name").put("type", "string");
        n++;
      }
    }
    return n;
  }

  /**
   * A schema with {@code properties} beside a {@code oneOf} (address, address group, IPsec crypto
   * profile) states the members every option shares. Each option gets those properties, the shared
   * ones leave the parent: the same objects match, and a reading where an object has no members
   * beyond its schema's (the validator's) accepts them.
   */
  private static int propertiesBesideOneOf(String specPath, ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc.path("components").path("schemas"), o -> {
      if (!(o.get("properties") instanceof ObjectNode shared) || !(o.get("oneOf") instanceof ArrayNode options)) {
        return;
      }
      for (int i = 0; i < options.size(); i++) {
        ObjectNode option = ((ObjectNode) SpecDocuments.resolve(doc, options.get(i))).deepCopy();
        ObjectNode merged = shared.deepCopy();
        if (option.get("properties") instanceof ObjectNode own) {
          merged.setAll(own);
        }
        option.set("properties", merged);
        options.set(i, option);
      }
      o.remove("properties");
      n[0]++;
    });
    return n[0];
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The operation's own parameter of that name, inlined first when it is a {@code $ref} (so that a
   * change touches this operation only, not the shared component), or {@code null}.
   */
  private static ObjectNode inlineParameter(ObjectNode doc, ObjectNode operation, String name) {
    if (!(operation.get("parameters") instanceof ArrayNode params)) {
      return null;
    }
    for (int i = 0; i < params.size(); i++) {
      JsonNode resolved = SpecDocuments.resolve(doc, params.get(i));
      if (name.equals(resolved.path("name").asText())) {
        if (params.get(i).has("$ref")) {
          params.set(i, resolved.deepCopy());
        }
        return (ObjectNode) params.get(i);
      }
    }
    return null;
  }

  /** The {@code $ref} of the item schema of a response schema (through one-element allOf and arrays). */
  private static String itemRef(JsonNode schema) {
    JsonNode s = schema;
    for (int guard = 0; guard < 10 && s != null && !s.isMissingNode(); guard++) {
      if (s.has("$ref")) {
        return s.get("$ref").asText();
      }
      if (s.has("allOf") && s.get("allOf").size() == 1) {
        s = s.get("allOf").get(0);
      } else if ("array".equals(s.path("type").asText())) {
        s = s.get("items");
      } else {
        return null;
      }
    }
    return null;
  }

  /** Rewrites every {@code pattern} string of the document; returns how many changed. */
  private static int patterns(ObjectNode doc, UnaryOperator<String> fix) {
    int[] n = {0};
    forEachObject(doc, o -> {
      JsonNode p = o.get("pattern");
      if (p != null && p.isTextual()) {
        String fixed = fix.apply(p.textValue());
        if (!fixed.equals(p.textValue())) {
          o.put("pattern", fixed);
          n[0]++;
        }
      }
    });
    return n[0];
  }

  /** Visits every object node of the tree, parents before children. */
  static void forEachObject(JsonNode node, Consumer<ObjectNode> visitor) {
    if (node instanceof ObjectNode o) {
      visitor.accept(o);
      List<JsonNode> children = new ArrayList<>();
      o.elements().forEachRemaining(children::add);
      for (JsonNode c : children) {
        forEachObject(c, visitor);
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode c : a) {
        forEachObject(c, visitor);
      }
    }
  }
}
