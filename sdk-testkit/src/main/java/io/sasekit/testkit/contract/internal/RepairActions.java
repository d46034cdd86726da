package io.sasekit.testkit.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.internal.SchemaShapes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * The body of each validator repair of {@code specs/spec-repairs.md}, by name: each changes a parsed
 * spec document in place and returns how many places it changed (0 when the document has nothing to
 * repair). Paths are matched by their ending, so a repair reads the same in a file whose paths carry
 * the base path ({@code /sse/config/v1/...}) and in one whose server carries it.
 */
public final class RepairActions {
  /** Operation extension naming query parameters of which a request must carry exactly one. */
  public static final String EXACTLY_ONE_OF = "x-sasekit-exactly-one-of";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String FOLDER_PATTERN_AS_WRITTEN = "^[0-9a-zA-Z._-\\s]{1,}$";
  private static final String FOLDER_PATTERN_ECMA = "^[0-9a-zA-Z._\\-\\s]{1,}$";
  private static final List<String> CONTAINERS = List.of("folder", "snippet", "device");
  private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean");
  private static final Map<String, ToIntFunction<ObjectNode>> ACTIONS = new LinkedHashMap<>();

  static {
    ACTIONS.put("openapi-31-read-as-30", RepairActions::openApi31ReadAs30);
    ACTIONS.put("shared-members-option", RepairActions::sharedMembersOption);
    ACTIONS.put("independent-oneof-groups", RepairActions::independentOneOfGroups);
    ACTIONS.put("folder-pattern-ecma", doc -> patterns(doc, p -> p.equals(FOLDER_PATTERN_AS_WRITTEN) ? FOLDER_PATTERN_ECMA : p));
    ACTIONS.put("array-default-on-items", RepairActions::arrayDefaultOnItems);
    ACTIONS.put("array-without-items", RepairActions::arrayWithoutItems);
    ACTIONS.put("scalar-with-stray-items", RepairActions::scalarWithStrayItems);
    ACTIONS.put("required-but-undefined", RepairActions::requiredButUndefined);
    ACTIONS.put("tls-service-profile-put-body", RepairActions::tlsPutBody);
    ACTIONS.put("container-exactly-one", RepairActions::containerExactlyOne);
    ACTIONS.put("position-not-required", RepairActions::positionNotRequired);
    ACTIONS.put("get-by-id-folder", RepairActions::getByIdFolder);
    ACTIONS.put("service-managed-members", RepairActions::serviceManagedMembers);
    ACTIONS.put("name-member", RepairActions::nameMember);
    ACTIONS.put("properties-beside-oneof", RepairActions::propertiesBesideOneOf);
    ACTIONS.put("push-folders", RepairActions::pushFolders);
    ACTIONS.put("titled-options-as-members", RepairActions::titledOptionsAsMembers);
    ACTIONS.put("value-oneof-as-one-value", RepairActions::valueOneOfAsAnyOf);
    ACTIONS.put("yaml-yes-no", RepairActions::yamlYesNo);
    ACTIONS.put("string-keywords-on-number", RepairActions::stringKeywordsOnNumber);
    ACTIONS.put("misplaced-array-items", RepairActions::misplacedArrayItems);
    ACTIONS.put("nested-array-body", RepairActions::nestedArrayBody);
  }

  private RepairActions() {}

  /** The names of the repairs implemented here. */
  public static Set<String> names() {
    return Set.copyOf(ACTIONS.keySet());
  }

  /** Applies the named repair to {@code doc}; fails naming it when no such repair is implemented. */
  public static int apply(String name, ObjectNode doc) {
    ToIntFunction<ObjectNode> action = ACTIONS.get(name);
    if (action == null) {
      throw new IllegalArgumentException("specs/spec-repairs.md lists the validator repair '" + name
          + "' that the testkit does not implement (known: " + ACTIONS.keySet() + ")");
    }
    return action.applyAsInt(doc);
  }

  // ---------------------------------------------------------------- the repairs

  /** Schema keywords whose meaning differs between OpenAPI 3.0 and 3.1 (JSON Schema 2020-12). */
  private static final Set<String> ONLY_31 = Set.of("const", "prefixItems", "unevaluatedProperties", "$defs",
      "dependentRequired", "dependentSchemas", "if", "then", "else", "contentMediaType", "$anchor", "$dynamicRef");

  /**
   * A document declaring {@code openapi: 3.1.x} that uses no construct whose meaning differs in 3.0
   * (no type lists, no 3.1-only keyword, no numeric exclusive bounds, no {@code nullable}) is declared
   * {@code 3.0.3}: the same document read by a 3.0 reader.
   */
  private static int openApi31ReadAs30(ObjectNode doc) {
    if (!doc.path("openapi").asText().startsWith("3.1")) {
      return 0;
    }
    boolean[] differs = {false};
    forEachObject(doc.path("components"), o -> check31(o, differs));
    forEachObject(doc.path("paths"), o -> check31(o, differs));
    if (differs[0]) {
      return 0;
    }
    doc.put("openapi", "3.0.3");
    return 1;
  }

  /**
   * A schema whose {@code anyOf} (or {@code allOf}) holds independent {@code oneOf} groups beside
   * its own {@code properties} (SCM objects: the address type and the container) becomes one
   * {@code oneOf} whose options are the combinations the original admits (one option of every
   * {@code allOf} group, at least one {@code anyOf} group, at most one option of each), each option
   * with the shared properties and those of its chosen options. Under the validator's strict reading
   * of objects the same objects match.
   */
  private static int independentOneOfGroups(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc.path("components").path("schemas"), o -> {
      List<List<ObjectNode>> required = new ArrayList<>();
      List<List<ObjectNode>> optional = new ArrayList<>();
      ObjectNode shared = o.get("properties") instanceof ObjectNode p ? p.deepCopy() : F.objectNode();
      boolean groups = false;
      for (String k : List.of("allOf", "anyOf")) {
        if (!(o.get(k) instanceof ArrayNode parts)) {
          continue;
        }
        for (JsonNode part : parts) {
          JsonNode r = SpecApi.resolve(doc, part);
          if (r.get("oneOf") instanceof ArrayNode options && !r.has("properties")) {
            List<ObjectNode> group = new ArrayList<>();
            options.forEach(x -> group.add(flatOption(doc, x)));
            (k.equals("allOf") ? required : optional).add(group);
            groups = true;
          } else if (k.equals("allOf") && r.get("properties") instanceof ObjectNode props && !r.has("oneOf")) {
            shared.setAll(props.deepCopy());
          } else {
            return; // another shape: left alone
          }
        }
      }
      if (!groups) {
        return;
      }
      if (o.get("oneOf") instanceof ArrayNode own) {
        List<ObjectNode> group = new ArrayList<>();
        own.forEach(x -> group.add(((ObjectNode) SpecApi.resolve(doc, x)).deepCopy()));
        required.add(group);
      }
      List<List<ObjectNode>> combos = new ArrayList<>();
      combos.add(new ArrayList<>());
      for (List<ObjectNode> g : required) {
        combos = extend(combos, g, false);
      }
      for (List<ObjectNode> g : optional) {
        combos = extend(combos, g, true);
      }
      ArrayNode oneOf = F.arrayNode();
      for (List<ObjectNode> combo : combos) {
        if (!optional.isEmpty() && combo.size() == required.size()) {
          continue; // anyOf: at least one of its groups
        }
        ObjectNode option = F.objectNode().put("type", "object");
        ObjectNode props = shared.deepCopy();
        ArrayNode req = F.arrayNode();
        for (ObjectNode chosen : combo) {
          if (chosen.get("properties") instanceof ObjectNode p) {
            props.setAll(p);
          }
          chosen.path("required").forEach(req::add);
        }
        option.set("properties", props);
        if (!req.isEmpty()) {
          option.set("required", req);
        }
        requireAlso(option, o.get("required"));
        oneOf.add(option);
      }
      o.remove(List.of("allOf", "anyOf", "properties", "required"));
      o.set("oneOf", oneOf);
      n[0]++;
    });
    return n[0];
  }

  /**
   * An option of an independent group, resolved; an option that is itself an {@code allOf} of plain
   * objects (security rules: {@code security-rule-type} = {@code base-rule-properties} + its own
   * members) is given its parts' members and required names, which the combination takes (an option
   * read only by its own {@code properties} would bring none of them).
   */
  private static ObjectNode flatOption(ObjectNode doc, JsonNode option) {
    ObjectNode r = ((ObjectNode) SpecApi.resolve(doc, option)).deepCopy();
    if (!(r.get("allOf") instanceof ArrayNode parts)) {
      return r;
    }
    ObjectNode props = F.objectNode();
    Set<String> req = new LinkedHashSet<>();
    for (JsonNode part : parts) {
      JsonNode p = SpecApi.resolve(doc, part);
      if (p.has("oneOf") || p.has("anyOf") || p.has("allOf")) {
        return r; // another shape: left as it is
      }
      if (p.get("properties") instanceof ObjectNode own) {
        props.setAll(own.deepCopy());
      }
      p.path("required").forEach(x -> req.add(x.asText()));
    }
    if (r.get("properties") instanceof ObjectNode own) {
      props.setAll(own);
    }
    r.path("required").forEach(x -> req.add(x.asText()));
    r.remove(List.of("allOf", "properties", "required"));
    r.put("type", "object").set("properties", props);
    if (!req.isEmpty()) {
      ArrayNode a = r.putArray("required");
      req.forEach(a::add);
    }
    return r;
  }

  /**
   * A {@code oneOf} of inline objects that require nothing, share members (declared alike) and each
   * declare exactly one member of their own (NAT {@code destination_translation} / {@code
   * dynamic_destination_translation}: {@code translated_address}, {@code translated_port}, and
   * {@code dns_rewrite} or {@code distribution}): a value of the shared members only matches every
   * option, so no such value is valid. Each option requires its own member, and one option of the
   * shared members alone is added; a value carrying two options' own members still matches none.
   */
  private static int sharedMembersOption(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc.path("components").path("schemas"), o -> {
      if (o.has("properties") || !(o.get("oneOf") instanceof ArrayNode options) || options.size() < 2) {
        return;
      }
      List<Set<String>> names = new ArrayList<>();
      for (JsonNode x : options) {
        if (x.has("$ref") || x.has("required") || x.has("oneOf") || x.has("anyOf") || x.has("allOf")
            || !(x.get("properties") instanceof ObjectNode p) || p.isEmpty()) {
          return;
        }
        Set<String> own = new LinkedHashSet<>();
        p.fieldNames().forEachRemaining(own::add);
        names.add(own);
      }
      ObjectNode first = (ObjectNode) options.get(0).get("properties");
      Set<String> shared = new LinkedHashSet<>(names.get(0));
      for (int i = 1; i < options.size(); i++) {
        shared.retainAll(names.get(i));
      }
      for (int i = 0; i < options.size(); i++) {
        JsonNode props = options.get(i).get("properties");
        shared.removeIf(m -> !declaredAlike(props.get(m), first.get(m)));
      }
      if (shared.isEmpty()) {
        return;
      }
      for (Set<String> own : names) {
        own.removeAll(shared);
        if (own.size() != 1) {
          return;
        }
      }
      for (int i = 0; i < options.size(); i++) {
        ((ObjectNode) options.get(i)).putArray("required").add(names.get(i).iterator().next());
      }
      ObjectNode alone = options.addObject().put("type", "object");
      ObjectNode props = alone.putObject("properties");
      shared.forEach(m -> props.set(m, first.get(m).deepCopy()));
      n[0]++;
    });
    return n[0];
  }

  /** Whether two member schemas are the same but for their prose ({@code description}, {@code example}, {@code title}). */
  private static boolean declaredAlike(JsonNode a, JsonNode b) {
    if (!(a instanceof ObjectNode x) || !(b instanceof ObjectNode y)) {
      return false;
    }
    ObjectNode x2 = x.deepCopy();
    ObjectNode y2 = y.deepCopy();
    for (String k : List.of("description", "example", "title")) {
      x2.remove(k);
      y2.remove(k);
    }
    return x2.equals(y2);
  }

  /**
   * Adds the parent's {@code required} names to an option that now holds the parent's properties,
   * so that the validator sees each required member beside its declaration (a {@code readOnly}
   * {@code id} stays unrequired in requests).
   */
  private static void requireAlso(ObjectNode option, JsonNode parentRequired) {
    if (parentRequired == null || !parentRequired.isArray() || parentRequired.isEmpty()) {
      return;
    }
    ArrayNode req = option.get("required") instanceof ArrayNode a ? a : option.putArray("required");
    Set<String> have = new LinkedHashSet<>();
    req.forEach(r -> have.add(r.asText()));
    parentRequired.forEach(r -> {
      if (have.add(r.asText())) {
        req.add(r.asText());
      }
    });
  }

  /** Every combination extended by one option of {@code group} (or, when optional, also by none). */
  private static List<List<ObjectNode>> extend(List<List<ObjectNode>> combos, List<ObjectNode> group, boolean optional) {
    List<List<ObjectNode>> out = new ArrayList<>();
    for (List<ObjectNode> c : combos) {
      if (optional) {
        out.add(c);
      }
      for (ObjectNode option : group) {
        List<ObjectNode> next = new ArrayList<>(c);
        next.add(option);
        out.add(next);
      }
    }
    return out;
  }

  private static void check31(ObjectNode o, boolean[] differs) {
    differs[0] |= o.path("type").isArray() || o.path("exclusiveMinimum").isNumber() || o.path("exclusiveMaximum").isNumber()
        || o.has("nullable");
    for (String k : ONLY_31) {
      differs[0] |= o.has(k);
    }
  }

  /** {@code items: {default: [all]}}: a list default on a string item belongs to the array. */
  private static int arrayDefaultOnItems(ObjectNode doc) {
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

  /** {@code type: array} without {@code items}: OpenAPI 3.0 requires it; absent means any. */
  private static int arrayWithoutItems(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if ("array".equals(o.path("type").asText()) && !o.has("items")) {
        o.set("items", F.objectNode());
        n[0]++;
      }
    });
    return n[0];
  }

  /** A scalar {@code type} with {@code items}: the stray {@code items} is removed. */
  private static int scalarWithStrayItems(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (o.path("type").isTextual() && SCALAR_TYPES.contains(o.path("type").asText()) && o.get("items") instanceof ObjectNode) {
        o.remove("items");
        n[0]++;
      }
    });
    return n[0];
  }

  /** A name in {@code required} that no property of the schema (or of its options) defines is dropped. */
  private static int requiredButUndefined(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc.path("components").path("schemas"), o -> {
      if (!(o.get("required") instanceof ArrayNode required) || !o.has("properties")) {
        return;
      }
      Set<String> defined = new LinkedHashSet<>();
      o.get("properties").fieldNames().forEachRemaining(defined::add);
      for (String k : List.of("oneOf", "anyOf", "allOf")) {
        for (JsonNode option : o.path(k)) {
          SpecApi.resolve(doc, option).path("properties").fieldNames().forEachRemaining(defined::add);
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

  /** {@code PUT /tls-service-profiles/{id}} declares the certificate-profile body: it takes the POST's. */
  private static int tlsPutBody(ObjectNode doc) {
    JsonNode post = pathEndingWith(doc, "/tls-service-profiles").path("post").path("requestBody");
    JsonNode put = pathEndingWith(doc, "/tls-service-profiles/{id}").path("put");
    if (post.isMissingNode() || !(put instanceof ObjectNode p) || p.path("requestBody").equals(post)) {
      return 0;
    }
    p.set("requestBody", post.deepCopy());
    return 1;
  }

  /**
   * {@code folder}, {@code snippet} and {@code device} all required: each becomes optional and the
   * operation is marked with {@link #EXACTLY_ONE_OF}.
   */
  private static int containerExactlyOne(ObjectNode doc) {
    int n = 0;
    for (ObjectNode op : operations(doc)) {
      List<ObjectNode> containers = new ArrayList<>();
      for (String name : CONTAINERS) {
        ObjectNode p = inlineParameter(doc, op, name);
        if (p != null && p.path("required").asBoolean(false) && "query".equals(p.path("in").asText())) {
          containers.add(p);
        }
      }
      if (containers.size() == CONTAINERS.size()) {
        containers.forEach(p -> p.put("required", false));
        ArrayNode names = op.putArray(EXACTLY_ONE_OF);
        CONTAINERS.forEach(names::add);
        n++;
      }
    }
    return n;
  }

  /** {@code POST /mfa-servers} and {@code GET /bgp-routing} require a rulebase {@code position} they do not have. */
  private static int positionNotRequired(ObjectNode doc) {
    int n = 0;
    for (String[] target : new String[][] {{"/mfa-servers", "post"}, {"/mfa-servers", "get"}, {"/bgp-routing", "get"}}) {
      if (pathEndingWith(doc, target[0]).path(target[1]) instanceof ObjectNode o) {
        ObjectNode p = inlineParameter(doc, o, "position");
        if (p != null && p.path("required").asBoolean(false)) {
          p.put("required", false);
          n++;
        }
      }
    }
    return n;
  }

  /** {@code GET /x/{id}} of a folder-scoped collection gets the collection's optional {@code folder}. */
  private static int getByIdFolder(ObjectNode doc) {
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

  /** The uuid {@code id} and the containers of a folder-scoped collection's items, declared where absent. */
  private static int serviceManagedMembers(ObjectNode doc) {
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
      if (!(doc.at(ref.substring(1)) instanceof ObjectNode s) || !(s.get("properties") instanceof ObjectNode props)) {
        continue; // a schema of options only: the members are declared there
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

  /** Objects the API finds by a {@code name} query parameter get a declared {@code name} where absent. */
  private static int nameMember(ObjectNode doc) {
    Set<String> schemas = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> e : doc.path("paths").properties()) {
      boolean byName = false;
      for (Map.Entry<String, JsonNode> m : e.getValue().properties()) {
        if (SpecApi.HTTP_METHODS.contains(m.getKey())) {
          for (JsonNode p : m.getValue().path("parameters")) {
            JsonNode r = SpecApi.resolve(doc, p);
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

  /** {@code properties} beside a {@code oneOf}: copied into each option, removed from the parent. */
  /**
   * An object whose {@code allOf} parts require a member none declares, while one declares an array
   * under its singular ({@code candidate:push}: {@code folder} declared, {@code folders} required by
   * both parts), becomes one object: the parts' members and required names merged into it (under the
   * strict reading each part would reject the others' members), the array declared under the
   * required name.
   */
  private static int pushFolders(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (!(o.get("allOf") instanceof ArrayNode parts) || !o.path("properties").isObject()) {
        return;
      }
      ObjectNode props = ((ObjectNode) o.get("properties")).deepCopy();
      Set<String> required = new LinkedHashSet<>();
      o.path("required").forEach(r -> required.add(r.asText()));
      for (JsonNode part : parts) {
        if (!part.isObject() || part.has("$ref") || part.has("oneOf") || part.has("anyOf") || part.has("allOf")) {
          return;
        }
        if (part.get("properties") instanceof ObjectNode own) {
          props.setAll(own);
        }
        part.path("required").forEach(r -> required.add(r.asText()));
      }
      boolean renamed = false;
      for (String r : required) {
        String singular = r.endsWith("s") ? r.substring(0, r.length() - 1) : null;
        if (singular != null && !props.has(r) && props.path(singular).path("type").asText().equals("array")) {
          props.set(r, props.remove(singular));
          renamed = true;
        }
      }
      if (!renamed) {
        return;
      }
      required.removeIf(r -> !props.has(r));
      o.remove("allOf");
      o.set("properties", props);
      ArrayNode req = o.putArray("required");
      required.forEach(req::add);
      n[0]++;
    });
    return n[0];
  }

  /**
   * An object whose {@code oneOf} options are all inline and titled, one of them an array or a
   * scalar ({@link SchemaShapes#titledOptionsAsMembers}): each option becomes {@code {type: object,
   * properties: {<title>: option}, required: [<title>]}}. Options nested in an option are rewritten
   * the same way (they are visited after their parent).
   */
  private static int titledOptionsAsMembers(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (!SchemaShapes.titledOptionsAsMembers(o)) {
        return;
      }
      ArrayNode options = (ArrayNode) o.get("oneOf");
      for (int i = 0; i < options.size(); i++) {
        ObjectNode option = ((ObjectNode) options.get(i)).deepCopy();
        String title = option.remove("title").asText();
        ObjectNode wrapped = F.objectNode().put("type", "object");
        wrapped.putObject("properties").set(title, option);
        wrapped.putArray("required").add(title);
        options.set(i, wrapped);
      }
      n[0]++;
    });
    return n[0];
  }

  /**
   * A {@code oneOf} of plain values (no members of its own; options inline, untitled, typed, without
   * members or options of their own) becomes {@code anyOf}: a value any option accepts is accepted.
   */
  private static int valueOneOfAsAnyOf(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (o.has("properties") || !(o.get("oneOf") instanceof ArrayNode options) || options.isEmpty()) {
        return;
      }
      for (JsonNode x : options) {
        if (x.has("$ref") || x.has("title") || !x.has("type") || x.has("properties") || x.has("oneOf")
            || x.has("anyOf") || x.has("allOf")) {
          return;
        }
      }
      o.set("anyOf", o.remove("oneOf"));
      n[0]++;
    });
    return n[0];
  }

  /**
   * A string schema whose enum values are all booleans ({@link SchemaShapes#yesNoEnum}: {@code [yes,
   * no]} written unquoted, read by a YAML 1.1 reader) lists {@code "yes"} / {@code "no"} again, and
   * its boolean default the same way.
   */
  private static int yamlYesNo(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (!SchemaShapes.yesNoEnum(o)) {
        return;
      }
      ArrayNode strings = F.arrayNode();
      o.get("enum").forEach(v -> strings.add(SchemaShapes.yesNo(v)));
      o.set("enum", strings);
      if (o.path("default").isBoolean()) {
        o.put("default", SchemaShapes.yesNo(o.get("default")));
      }
      n[0]++;
    });
    return n[0];
  }

  private static int propertiesBesideOneOf(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc.path("components").path("schemas"), o -> {
      if (!(o.get("properties") instanceof ObjectNode shared) || !(o.get("oneOf") instanceof ArrayNode options)) {
        return;
      }
      JsonNode parentRequired = o.remove("required");
      for (int i = 0; i < options.size(); i++) {
        ObjectNode option = ((ObjectNode) SpecApi.resolve(doc, options.get(i))).deepCopy();
        ObjectNode merged = shared.deepCopy();
        if (option.get("properties") instanceof ObjectNode own) {
          merged.setAll(own);
        }
        option.set("properties", merged);
        requireAlso(option, parentRequired);
        options.set(i, option);
      }
      o.remove("properties");
      n[0]++;
    });
    return n[0];
  }

  /**
   * An object schema with a member named {@code items} that holds a schema (a {@code $ref}, or an
   * object with members) beside exactly one array member without an element schema (AIRS
   * {@code ModelProtectionObject}: {@code topic-list: {type: array}} and, one level too far out,
   * {@code items: {$ref: TopicArray}}): the {@code items} member becomes that array's element schema
   * and stops being a member.
   */
  private static int misplacedArrayItems(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (!(o.get("properties") instanceof ObjectNode props) || !(props.get("items") instanceof ObjectNode stray)
          || !(stray.has("$ref") || stray.get("properties") instanceof ObjectNode)) {
        return;
      }
      List<ObjectNode> itemless = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : props.properties()) {
        if (!e.getKey().equals("items") && e.getValue() instanceof ObjectNode member && !member.has("$ref")
            && "array".equals(member.path("type").asText()) && noSchema(member.get("items"))) {
          itemless.add(member);
        }
      }
      if (itemless.size() != 1) {
        return;
      }
      itemless.get(0).set("items", props.remove("items"));
      if (o.get("required") instanceof ArrayNode required) {
        for (int i = required.size() - 1; i >= 0; i--) {
          if (required.get(i).asText().equals("items")) {
            required.remove(i);
          }
        }
      }
      n[0]++;
    });
    return n[0];
  }

  /** Whether an {@code items} value declares nothing: absent, or an object without type, members, options or values. */
  private static boolean noSchema(JsonNode items) {
    if (items == null) {
      return true;
    }
    for (String k : List.of("$ref", "type", "properties", "items", "enum", "oneOf", "anyOf", "allOf")) {
      if (items.has(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A request body declared as an array whose items are an array themselves (AIRS asynchronous scan:
   * {@code type: array, items: {$ref: AsyncScanRequest}}, that schema being the array of {@code
   * AsyncScanObject}) is declared as the inner array: one flat list, as the service reads it.
   */
  private static int nestedArrayBody(ObjectNode doc) {
    int n = 0;
    for (ObjectNode op : operations(doc)) {
      for (JsonNode media : SpecApi.resolve(doc, op.path("requestBody")).path("content")) {
        if (media instanceof ObjectNode m && m.get("schema") instanceof ObjectNode schema
            && "array".equals(schema.path("type").asText())
            && "array".equals(SpecApi.resolve(doc, schema.path("items")).path("type").asText())) {
          m.set("schema", schema.get("items").deepCopy());
          n++;
        }
      }
    }
    return n;
  }

  // ---------------------------------------------------------------- helpers

  /** The operation objects of the document. */
  private static List<ObjectNode> operations(ObjectNode doc) {
    List<ObjectNode> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
        if (SpecApi.HTTP_METHODS.contains(m.getKey()) && m.getValue() instanceof ObjectNode op) {
          out.add(op);
        }
      }
    }
    return out;
  }

  /** The path item whose path ends with {@code suffix} (missing node when none). */
  private static JsonNode pathEndingWith(ObjectNode doc, String suffix) {
    for (Map.Entry<String, JsonNode> e : doc.path("paths").properties()) {
      if (e.getKey().endsWith(suffix)) {
        return e.getValue();
      }
    }
    return doc.path("paths").path(suffix);
  }

  /** The operation's own parameter of that name, inlined first when it is a {@code $ref}, or {@code null}. */
  private static ObjectNode inlineParameter(ObjectNode doc, ObjectNode operation, String name) {
    if (!(operation.get("parameters") instanceof ArrayNode params)) {
      return null;
    }
    for (int i = 0; i < params.size(); i++) {
      JsonNode resolved = SpecApi.resolve(doc, params.get(i));
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

  /**
   * A {@code number}/{@code integer} schema with a string's {@code maxLength}, {@code minLength} or
   * {@code pattern} ({@link SchemaShapes#stringKeywordsOnNumber}) is typed {@code string}, its numeric
   * bounds and format dropped.
   */
  private static int stringKeywordsOnNumber(ObjectNode doc) {
    int[] n = {0};
    forEachObject(doc, o -> {
      if (SchemaShapes.stringKeywordsOnNumber(o)) {
        o.put("type", "string");
        o.remove(List.of("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"));
        n[0]++;
      }
    });
    return n[0];
  }
}
