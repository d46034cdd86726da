package io.sasekit.codegen.plan;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.ContainerFace;
import io.sasekit.codegen.model.JavaEnum;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.JavaParam;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.JavaService;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.ParamLocation;
import io.sasekit.codegen.model.Parameter;
import io.sasekit.codegen.model.Resource;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.model.Schema;
import io.sasekit.codegen.model.TypeRef;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.NamingStrategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the Java face of the normalized model: one class per object schema (properties of
 * {@code oneOf} options flattened in as optional fields), one open enum per named string enum, and
 * per operation the method name, the positional and optional parameters, the params class and the
 * return type, per resource its accessor and service names ({@link JavaService}), and the enum of
 * the regional hosts when the customization asks for one ({@link RegionPlanner}). The plan
 * stage: it runs after every normalization rule and leaves the spec model alone; emitters print
 * exactly the {@link JavaPlan} it returns.
 */
public final class JavaPlanner {
  /** Members of the generated clients that a resource accessor must not take. */
  static final Set<String> CLIENT_MEMBERS =
      Set.of("builder", "fromEnv", "async", "dynamic", "registry", "options", "withOptions", "close", "executor",
          "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait");

  /** Names generated method bodies use for their own locals and trailing parameters. */
  static final Set<String> RESERVED_METHOD_LOCALS = Set.of("params", "options", "args", "executor");

  private static final String LIST = "list";
  /** Simple names a nested type must not take: the model's own builder and the types its code names. */
  private static final Set<String> NESTED_RESERVED = Set.of("Builder", "JsonModel", "JsonProperty", "JsonDeserialize",
      "JsonPOJOBuilder", "OpenEnum", "JsonCreator", "JsonValue", "Collections", "LinkedHashMap");
  private static final String CREATE = "create";
  private static final String SERVICE = "Service";

  private final ApiModel model;
  private final Customization custom;
  private final NamingStrategy naming;
  private final Map<String, JavaModel> models = new LinkedHashMap<>();
  private final Map<String, JavaEnum> enums = new LinkedHashMap<>();
  private final Map<String, JavaMethod> methods = new LinkedHashMap<>();
  private final Map<String, JavaService> services = new LinkedHashMap<>();
  private final List<String> clientExtends = new ArrayList<>();
  private final List<String> asyncClientExtends = new ArrayList<>();
  /** Java name of every inline type by its flat name ({@code Schema.javaName}): dotted when nested. */
  private final Map<String, String> qualified = new HashMap<>();
  /** Simple names taken inside each class that holds nested types (its own nested names). */
  private final Map<String, Set<String>> nestedNames = new HashMap<>();
  /** Flat names the customization pins (inlineNames / enumNames): such types stay top-level. */
  private final Set<String> pinned = new HashSet<>();
  private final Map<String, String> paramsClasses = new HashMap<>();
  private JavaPlan.Merges merges = JavaPlan.Merges.NONE;

  private JavaPlanner(ApiModel model, Customization custom, NamingStrategy naming) {
    this.model = model;
    this.custom = custom;
    this.naming = naming;
  }

  /** Plans the Java face of a normalized model; the model is left as it is. */
  public static JavaPlan plan(ApiModel model, Customization custom, NamingStrategy naming) {
    JavaPlanner planner = new JavaPlanner(model, custom, naming);
    planner.run();
    return new JavaPlan(model, planner.models, planner.enums, planner.methods, planner.services, planner.clientExtends,
        planner.asyncClientExtends, planner.merges, RegionPlanner.plan(model, custom.regions, naming));
  }

  private void run() {
    place();
    model.schemas.forEach((name, s) -> collect(s, name, name));
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters) {
        collect(p.schema, null, op.key());
      }
      collect(op.body, null, op.key());
      collect(op.responseSchema, null, op.key());
    }
    for (String n : qualified.values()) {
      String owner = n.substring(0, Math.max(0, n.lastIndexOf('.')));
      if (!owner.isEmpty() && !models.containsKey(owner)) {
        throw new IllegalStateException("inline type " + n + " is nested in " + owner + ", which is not a generated model");
      }
    }
    Set<String> accessors = new HashSet<>();
    Set<String> serviceNames = new HashSet<>();
    for (Resource r : model.resources) {
      String accessor = custom.accessorNames.getOrDefault(r.key, naming.plural(r.key));
      if (!accessors.add(accessor)) {
        throw new IllegalStateException("two resources get the accessor " + accessor);
      }
      if (CLIENT_MEMBERS.contains(accessor)) {
        throw new IllegalStateException("resource " + r.key + " gets the accessor " + accessor
            + ", a member of the generated client; name it in customization accessorNames");
      }
      String serviceName = serviceName(r.key);
      if (!serviceNames.add(serviceName)) {
        throw new IllegalStateException("two resources get the service " + serviceName);
      }
      String stem = serviceName.substring(0, serviceName.length() - SERVICE.length());
      for (Operation op : r.operations) {
        methods.put(op.key(), method(r, stem, op));
      }
      Operation lookup = nameLookup(r);
      services.put(r.key, new JavaService(r, accessor, serviceName,
          custom.serviceExtends.getOrDefault(r.key, List.of()), custom.asyncServiceExtends.getOrDefault(r.key, List.of()),
          lookup == null ? null : lookup.key()));
      if (lookup != null) {
        TypeRef item = methods.get(lookup.key()).returnType();
        for (Operation op : r.operations) {
          JavaMethod m = methods.get(op.key());
          if (CREATE.equals(op.name) && item.equals(m.returnType())) {
            m.javadoc().add("When the service answers without the created object's id (the spec declares an empty "
                + "answer), the SDK looks the object up by its name in the same container (one extra GET of "
                + methods.get(lookup.key()).methodName() + " with the name filter) and returns what it finds; "
                + "if that lookup fails it returns the object as sent, without id, and never throws.");
          }
        }
      }
    }
    for (String k : custom.serviceNames.keySet()) {
      if (model.resource(k) == null) {
        throw new IllegalStateException("customization serviceNames: no resource " + k);
      }
    }
    for (String k : custom.serviceExtends.keySet()) {
      if (model.resource(k) == null) {
        throw new IllegalStateException("customization serviceExtends: no resource " + k);
      }
    }
    for (String k : custom.asyncServiceExtends.keySet()) {
      if (model.resource(k) == null) {
        throw new IllegalStateException("customization asyncServiceExtends: no resource " + k);
      }
    }
    if (custom.container != null) {
      qualifiedNames(List.of(String.valueOf(custom.container.type)), "container.type");
      if (custom.container.members.size() < 2) {
        throw new IllegalStateException("customization container: name two or more members, got " + custom.container.members);
      }
    }
    clientExtends.addAll(qualifiedNames(custom.clientExtends, "clientExtends"));
    asyncClientExtends.addAll(qualifiedNames(custom.asyncClientExtends, "asyncClientExtends"));
    for (String k : custom.accessorNames.keySet()) {
      if (model.resource(k) == null) {
        throw new IllegalStateException("customization accessorNames: no resource " + k);
      }
    }
    mergeIdenticalTypes();
  }

  /**
   * Merges structurally identical nested types and makes nested copies of named schemas' types
   * references to them ({@link TypeMerger}); types an operation names stay.
   */
  private void mergeIdenticalTypes() {
    Set<String> fixed = new HashSet<>();
    for (JavaMethod m : methods.values()) {
      List<TypeRef> refs = new ArrayList<>();
      m.positional().forEach(p -> refs.add(p.type()));
      m.optional().forEach(p -> refs.add(p.type()));
      refs.add(m.returnType());
      refs.add(m.pageItemType());
      for (TypeRef t : refs) {
        while (t != null && t.kind() == TypeRef.Kind.LIST) {
          t = t.element();
        }
        if (t != null && t.name() != null) {
          fixed.add(t.name());
        }
      }
    }
    long start = System.nanoTime();
    TypeMerger.Result merged = TypeMerger.merge(models, enums, qualified, custom.mergedTypeNames, fixed, model.schemas.keySet());
    models.clear();
    models.putAll(merged.models());
    enums.clear();
    enums.putAll(merged.enums());
    merges = new JavaPlan.Merges(merged.groups(), merged.removed(), merged.unplaced(), merged.named(), merged.lines(),
        (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The service interface name of a resource: customization {@code serviceNames}, else the type
   * name of its key plus {@code Service}. Every class named after it (the interface, its async twin
   * {@code <name>Async}, the implementations {@code <stem>Impl} and {@code <stem>AsyncImpl}) must keep
   * {@link ClassNameCheck}; a default that does not fails the build, naming the key to set.
   */
  private String serviceName(String key) {
    String override = custom.serviceNames.get(key);
    String name = override != null ? override : naming.typeName(key) + SERVICE;
    if (!name.matches("[A-Z][A-Za-z0-9]*" + SERVICE)) {
      throw new IllegalStateException("customization serviceNames: " + key + " -> " + name
          + " is not a Java type name ending in " + SERVICE);
    }
    String stem = name.substring(0, name.length() - SERVICE.length());
    for (String derived : List.of(name, name + "Async", stem + "Impl", stem + "AsyncImpl")) {
      String problem = ClassNameCheck.problem(derived);
      if (problem != null) {
        throw new IllegalStateException("resource " + key + ": the generated class " + problem
            + "; name its service in customization serviceNames");
      }
    }
    return name;
  }

  /**
   * The resource's {@code list} operation when it has a {@code name} query filter and answers a
   * list of one model type (the candidate for {@code getByName}), else null.
   */
  private Operation nameLookup(Resource r) {
    for (Operation op : r.operations) {
      if (LIST.equals(op.name) && op.responseShape == ResponseShape.LIST) {
        Parameter name = op.parameter("name");
        TypeRef item = methods.get(op.key()).returnType();
        if (name != null && name.in == ParamLocation.QUERY && item != null
            && item.kind() == TypeRef.Kind.MODEL && (op.paging == null || !op.paging.isNextOffset())) {
          return op;
        }
      }
    }
    return null;
  }

  /** Checks that every entry is a fully qualified Java type name (and none repeats). */
  private static List<String> qualifiedNames(List<String> names, String section) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (n == null || !n.matches("([A-Za-z_$][A-Za-z0-9_$]*\\.)+[A-Z$][A-Za-z0-9_$]*") || !seen.add(n)) {
        throw new IllegalStateException("customization " + section + ": not a fully qualified interface name, or repeated: " + n);
      }
    }
    return names;
  }

  /**
   * Decides where every inline type lives: a type defined inside a member of a model (or of one of
   * its {@code oneOf} options) becomes a static nested class of that model named after the member
   * ({@code SecurityRule.ProfileSetting}, {@code AntiSpywareProfile.Rule.Action}); the inline body
   * and answer types of operations, the enums of parameters and the types the customization names
   * ({@code inlineNames}, {@code enumNames}) stay top-level under their flat names.
   */
  private void place() {
    pinned.addAll(custom.inlineNames.values());
    pinned.addAll(custom.enumNames.values());
    model.schemas.forEach((name, s) -> placeMembers(s, name));
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters) {
        placeNode(p.schema, null, p.name, false);
      }
      placeNode(op.body, null, "body", false);
      placeNode(op.responseSchema, null, "response", false);
    }
  }

  private void placeMembers(Schema s, String owner) {
    s.properties.forEach((prop, child) -> placeNode(child, owner, prop, false));
    for (Schema option : s.oneOf) {
      if (!option.isRef()) {
        option.properties.forEach((prop, child) -> placeNode(child, owner, prop, false));
        option.oneOf.forEach(nested -> placeMembers(nested, owner));
      }
    }
  }

  private void placeNode(Schema s, String owner, String member, boolean element) {
    if (s == null || s.isRef()) {
      return;
    }
    if ("array".equals(s.type) && s.items != null) {
      placeNode(s.items, owner, member, true);
      return;
    }
    if (s.javaName == null || qualified.containsKey(s.javaName) || !(s.isEnum() || s.isStructuredObject())) {
      return;
    }
    String name = owner == null || pinned.contains(s.javaName) ? s.javaName : owner + "." + nestedName(owner, member, element);
    qualified.put(s.javaName, name);
    if (s.isStructuredObject()) {
      placeMembers(s, name);
    }
  }

  /**
   * A nested type's simple name: the member's name, unless that is the simple name of an enclosing
   * class (javac forbids it) or of a sibling, then the member name after the owner's
   * ({@link NamingStrategy#memberTypeName}), numbered if still taken.
   */
  private String nestedName(String owner, String member, boolean element) {
    Set<String> enclosing = new HashSet<>(List.of(owner.split("\\.")));
    Set<String> siblings = nestedNames.computeIfAbsent(owner, o -> new HashSet<>(NESTED_RESERVED));
    String base = naming.nestedTypeName(member, element);
    if (enclosing.contains(base) || siblings.contains(base)) {
      base = naming.memberTypeName(owner.substring(owner.lastIndexOf('.') + 1), base);
    }
    String name = base;
    int i = 2;
    while (enclosing.contains(name) || siblings.contains(name)) {
      name = naming.numbered(base, i++);
    }
    siblings.add(name);
    return name;
  }

  /** The Java name of an inline type (dotted when nested), by its flat name. */
  private String javaName(String flat) {
    return qualified.getOrDefault(flat, flat);
  }

  /** Walks a tree and registers a model or enum for every named node. */
  private void collect(Schema s, String name, String where) {
    if (s == null || s.isRef()) {
      return;
    }
    String typeName = name != null ? name : s.javaName == null ? null : javaName(s.javaName);
    if (s.isEnum() && s.javaName != null) {
      enums.putIfAbsent(javaName(s.javaName), enumOf(s));
    } else if (s.isStructuredObject() && typeName != null && !models.containsKey(typeName)) {
      models.put(typeName, modelOf(typeName, name, s));
    }
    s.properties.values().forEach(c -> collect(c, null, where));
    collect(s.items, null, where);
    for (Schema o : s.oneOf) {
      if (!o.isRef()) {
        o.properties.values().forEach(c -> collect(c, null, where));
        o.oneOf.forEach(n -> collect(n, null, where));
      }
    }
  }

  private JavaEnum enumOf(Schema s) {
    List<JavaEnum.Constant> constants = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Object v : s.enumValues) {
      String value = String.valueOf(v);
      String c = naming.constantName(value);
      String unique = c;
      int i = 2;
      while (!names.add(unique)) {
        unique = c + "_" + i++;
      }
      constants.add(new JavaEnum.Constant(unique, value));
    }
    List<String> doc = new ArrayList<>();
    if (s.description != null) {
      doc.add(s.description.strip());
    }
    return new JavaEnum(javaName(s.javaName), doc, constants);
  }

  private JavaModel modelOf(String typeName, String schemaName, Schema s) {
    Map<String, Schema> props = new LinkedHashMap<>();
    flatten(s, props, new HashSet<>());
    List<JavaField> fields = new ArrayList<>();
    Set<String> javaNames = new HashSet<>();
    for (Map.Entry<String, Schema> e : props.entrySet()) {
      String json = e.getKey();
      Schema p = e.getValue();
      String javaName = naming.propertyName(json);
      String unique = javaName;
      int i = 2;
      while (!javaNames.add(unique)) {
        unique = javaName + i++;
      }
      TypeRef type = typeOf(p);
      String singular = null;
      if (type.isList()) {
        singular = naming.singular(unique);
      }
      boolean secret = p.secret;
      fields.add(new JavaField(json, unique, singular, type, s.required.contains(json), p.readOnly, secret, fieldDoc(p, s.required.contains(json))));
    }
    List<String> doc = new ArrayList<>();
    if (s.description != null && !s.description.isBlank()) {
      doc.add(s.description.strip());
    } else if (s.title != null && !s.title.isBlank()) {
      doc.add(s.title.strip() + ".");
    } else if (!s.properties.isEmpty()) {
      // the spec says nothing about it: say what is true, which members a request needs
      List<String> required = s.required.stream().filter(s.properties::containsKey).map(r -> "`" + r + "`").toList();
      doc.add(required.isEmpty() ? "JSON object; every member is optional."
          : "JSON object; " + (required.size() == 1 ? required.get(0) + " is"
              : String.join(", ", required.subList(0, required.size() - 1)) + " and " + required.get(required.size() - 1) + " are")
          + " required when sending.");
    }
    if (!s.oneOf.isEmpty()) {
      List<String> options = new ArrayList<>();
      for (Schema o : s.oneOf) {
        options.add(o.isRef() ? o.ref : (o.required.isEmpty() ? String.valueOf(o.properties.keySet()) : String.valueOf(o.required)));
      }
      doc.add("Exactly one of these alternatives applies (checked before sending): " + String.join(", ", options) + ".");
    }
    for (List<Schema> group : s.oneOfGroups) {
      List<String> options = new ArrayList<>();
      group.forEach(o -> options.add(String.join(" + ", o.required)));
      doc.add("Exactly one of " + String.join(", ", options) + " must be set (checked before sending, independently of the other groups).");
    }
    return new JavaModel(typeName, schemaName, doc, fields);
  }

  /** Own properties first, then those of every oneOf option (references followed). */
  private void flatten(Schema s, Map<String, Schema> into, Set<String> seen) {
    s.properties.forEach(into::putIfAbsent);
    for (Schema o : s.oneOf) {
      if (o.isRef()) {
        Schema target = model.schemas.get(o.ref);
        if (target != null && seen.add(o.ref)) {
          flatten(target, into, seen);
        }
      } else {
        flatten(o, into, seen);
      }
    }
  }

  /** The Java type of a schema node. */
  private TypeRef typeOf(Schema s) {
    if (s == null) {
      return TypeRef.ANY;
    }
    if (s.isRef()) {
      return TypeRef.model(s.ref);
    }
    if (s.isEnum() && s.javaName != null) {
      return TypeRef.enumType(javaName(s.javaName));
    }
    if (s.isStructuredObject() && s.javaName != null) {
      return TypeRef.model(javaName(s.javaName));
    }
    if (s.type == null) {
      return TypeRef.ANY;
    }
    switch (s.type) {
      case "string":
        return TypeRef.STRING;
      case "integer":
        return "int64".equals(s.format) ? TypeRef.LONG : TypeRef.INTEGER;
      case "number":
        return TypeRef.DOUBLE;
      case "boolean":
        return TypeRef.BOOLEAN;
      case "array":
        return TypeRef.listOf(typeOf(s.items));
      case "object":
        return TypeRef.MAP;
      default:
        return TypeRef.ANY;
    }
  }

  /** Documentation lines of a property: description, then constraints. */
  static List<String> fieldDoc(Schema p, boolean required) {
    List<String> doc = new ArrayList<>();
    Schema d = p;
    if (d.description != null && !d.description.isBlank()) {
      doc.add(d.description.strip());
    }
    List<String> c = constraints(p);
    if (p.isRef()) {
      c.add("see " + p.ref);
    }
    if (required) {
      c.add(0, "required");
    }
    if (!c.isEmpty()) {
      doc.add("Constraints: " + String.join("; ", c) + ".");
    }
    return doc;
  }

  /** Readable constraints of a node (and of its items). */
  static List<String> constraints(Schema p) {
    List<String> c = new ArrayList<>();
    if (p.readOnly) c.add("read-only (set by the server)");
    if (p.secret) c.add("secret");
    if (p.format != null) c.add("format " + p.format);
    if (p.minLength != null) c.add("min length " + p.minLength);
    if (p.maxLength != null) c.add("max length " + p.maxLength);
    if (p.pattern != null) c.add("pattern " + p.pattern);
    if (p.minimum != null) c.add("minimum " + plain(p.minimum));
    if (p.maximum != null) c.add("maximum " + plain(p.maximum));
    if (p.minItems != null) c.add("min items " + p.minItems);
    if (p.maxItems != null) c.add("max items " + p.maxItems);
    if (Boolean.TRUE.equals(p.uniqueItems)) c.add("unique items");
    if (!p.enumValues.isEmpty() && p.javaName == null) c.add("one of " + p.enumValues);
    if (p.defaultValue != null) c.add("default " + p.defaultValue);
    if (p.items != null && !p.items.isRef()) {
      List<String> ic = constraints(p.items);
      if (p.items.description != null && !p.items.description.isBlank()) {
        ic.add(0, p.items.description.strip());
      }
      if (!ic.isEmpty()) c.add("each item: " + String.join(", ", ic));
    }
    return c;
  }

  private static String plain(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }

  private JavaMethod method(Resource r, String stem, Operation op) {
    String methodName = naming.methodName(op.name, r.key);
    List<Parameter> required = new ArrayList<>();
    for (Parameter p : op.parameters) {
      if (p.required && p.in == ParamLocation.PATH) {
        required.add(p);
      }
    }
    List<Parameter> requiredOther = new ArrayList<>();
    for (String first : custom.parameterOrder) {
      Parameter p = op.parameter(first);
      if (p != null && p.required && p.in != ParamLocation.PATH) {
        requiredOther.add(p);
      }
    }
    for (Parameter p : op.parameters) {
      if (p.required && p.in != ParamLocation.PATH && !requiredOther.contains(p)) {
        requiredOther.add(p);
      }
    }
    required.addAll(requiredOther);
    Set<String> javaNames = new HashSet<>(RESERVED_METHOD_LOCALS);
    List<JavaParam> positional = new ArrayList<>();
    for (Parameter p : required) {
      positional.add(new JavaParam(p.name, uniqueName(naming.memberName(p.name), javaNames), typeOf(p.schema), paramDoc(p)));
    }
    if (op.body != null) {
      TypeRef bodyType = typeOf(op.body);
      String base = bodyType.kind() == TypeRef.Kind.MODEL
          ? NamingStrategy.decapitalize(bodyType.name().substring(bodyType.name().lastIndexOf('.') + 1)) : "body";
      if (NamingStrategy.RESERVED.contains(base)) {
        base = "body";
      }
      String name = uniqueName(base, javaNames);
      List<String> doc = new ArrayList<>();
      doc.add(op.bodyDescription != null && !op.bodyDescription.isBlank() ? op.bodyDescription.strip() : "the request body");
      positional.add(new JavaParam(null, name, bodyType, doc));
    }
    List<JavaParam> optional = new ArrayList<>();
    Set<String> optionalNames = new HashSet<>(Set.of("builder", "toBuilder", "build", "toString", "equals", "hashCode", "none"));
    for (Parameter p : op.parameters) {
      if (!p.required) {
        optional.add(new JavaParam(p.name, uniqueName(naming.memberName(p.name), optionalNames), typeOf(p.schema), paramDoc(p)));
      }
    }
    String paramsClass = optional.isEmpty() ? null : paramsClassName(r, stem, methodName);
    TypeRef ret = null;
    if (op.responseShape != ResponseShape.NONE) {
      ret = op.responseShape == ResponseShape.ANY ? TypeRef.ANY : typeOf(op.responseSchema);
      if (ret.kind() == TypeRef.Kind.LIST || ret.kind() == TypeRef.Kind.MAP) {
        ret = TypeRef.ANY; // a class literal cannot carry type arguments: read as plain JSON values
      }
    }
    TypeRef pageItemType = op.paging != null && op.paging.isNextOffset() ? typeOf(op.pageItemSchema) : null;
    String pager = op.paging != null ? methodName + "All" : null;
    List<String> doc = new ArrayList<>();
    if (op.summary != null && !op.summary.isBlank()) {
      doc.add(op.summary.strip() + (op.summary.strip().endsWith(".") ? "" : "."));
    }
    if (op.description != null && !op.description.isBlank() && !op.description.strip().equalsIgnoreCase(op.summary == null ? "" : op.summary.strip() + ".")) {
      doc.add(op.description.strip());
    }
    doc.add("HTTP: " + op.method + " " + op.path + " (operation " + op.key() + ").");
    if (!op.exactlyOneOf.isEmpty()) {
      doc.add("Exactly one of " + op.exactlyOneOf + " must be given (checked before sending).");
    }
    ContainerFace face = containerFace(op, positional, javaNames);
    if (face != null) {
      String where = face.inQuery() && face.inBody() ? "query parameter and body member"
          : face.inQuery() ? "query parameter" : "body member";
      doc.add("Overloads taking a " + simpleName(custom.container.type) + " set its " + where + " (one of "
          + String.join(", ", face.inQuery() ? face.queryMembers() : face.bodyMembers())
          + "); a container also given in the " + (face.inQuery() ? "params" : "body") + " must be the same one.");
    }
    return new JavaMethod(op, methodName, positional, optional, paramsClass, ret, pager, pageItemType, doc, face);
  }

  /**
   * The top-level params class of a method (package {@code <base>.params}): the service's stem (its
   * name without {@code Service}) followed by the method name and {@code Params}
   * ({@code AddressService.list} -> {@code AddressListParams}), shortened like every member type name
   * by {@link NamingStrategy#memberTypeName} to at most 40 characters without a repeated word. Two
   * methods that would share a name fail the build.
   */
  private String paramsClassName(Resource r, String stem, String methodName) {
    String name = naming.memberTypeName(stem, methodName + "Params");
    String problem = ClassNameCheck.problem(name);
    if (problem != null) {
      throw new IllegalStateException("resource " + r.key + ": the params class " + problem);
    }
    String previous = paramsClasses.putIfAbsent(name, r.key + "." + methodName);
    if (previous != null) {
      throw new IllegalStateException("the params classes of " + previous + " and " + r.key + "." + methodName
          + " would both be named " + name + "; rename a service in customization serviceNames");
    }
    return name;
  }

  /**
   * The overloads taking the customization's container type, when the operation takes a choice of
   * containers: two or more container members as query parameters (the container replaces the
   * required ones, or comes after the path parameters), or a body whose exactly-one group is made of
   * container members (the container comes before the body). Null otherwise.
   */
  private ContainerFace containerFace(Operation op, List<JavaParam> positional, Set<String> javaNames) {
    Customization.ContainerType c = custom.container;
    if (c == null) {
      return null;
    }
    List<String> query = new ArrayList<>();
    for (String member : c.members) {
      Parameter p = op.parameter(member);
      if (p != null && p.in == ParamLocation.QUERY) {
        query.add(member);
      }
    }
    List<String> body = bodyContainerGroup(op.body, c.members);
    if (query.size() < 2) {
      query.clear();
    }
    if (query.isEmpty() && body.isEmpty()) {
      return null;
    }
    JavaParam container = new JavaParam(null, uniqueName("container", javaNames), TypeRef.external(c.type),
        List.of("the container (one of " + String.join(", ", query.isEmpty() ? body : query) + ")"));
    List<JavaParam> out = new ArrayList<>();
    int at = -1;
    for (JavaParam p : positional) {
      boolean member = p.wireName() != null && query.contains(p.wireName());
      if (at < 0 && (member || p.isBody() || (p.wireName() != null && op.parameter(p.wireName()).in != ParamLocation.PATH))) {
        at = out.size();
      }
      if (!member) {
        out.add(p);
      }
    }
    out.add(at < 0 ? out.size() : at, container);
    return new ContainerFace(query.isEmpty() ? List.of() : List.copyOf(c.members), List.copyOf(body), out, container);
  }

  /** The keys of the body's exactly-one group made of single container members, or empty. */
  private List<String> bodyContainerGroup(Schema body, List<String> members) {
    Schema s = body != null && body.isRef() ? model.schemas.get(body.ref) : body;
    if (s == null) {
      return List.of();
    }
    List<List<Schema>> groups = new ArrayList<>(s.oneOfGroups);
    groups.add(s.oneOf);
    for (List<Schema> group : groups) {
      List<String> keys = new ArrayList<>();
      for (Schema o : group) {
        Schema d = o.isRef() ? model.schemas.get(o.ref) : o;
        if (d != null && d.required.size() == 1 && members.contains(d.required.get(0))) {
          keys.add(d.required.get(0));
        }
      }
      if (!group.isEmpty() && keys.size() == group.size() && keys.size() >= 2) {
        return keys;
      }
    }
    return List.of();
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static String uniqueName(String base, Set<String> used) {
    String n = base;
    int i = 2;
    while (!used.add(n)) {
      n = base + i++;
    }
    return n;
  }

  private static List<String> paramDoc(Parameter p) {
    List<String> doc = new ArrayList<>();
    doc.add(p.description != null && !p.description.isBlank() ? p.description.strip() : p.in.wireName() + " parameter `" + p.name + "`");
    List<String> c = p.schema == null ? List.of() : constraints(p.schema);
    if (!c.isEmpty()) {
      doc.add("Constraints: " + String.join("; ", c) + ".");
    }
    return doc;
  }
}
