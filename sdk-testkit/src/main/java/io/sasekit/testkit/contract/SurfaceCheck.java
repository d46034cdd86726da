package io.sasekit.testkit.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.json.JsonModel;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.pagination.Page;
import io.sasekit.testkit.RecordingExecutor;
import io.sasekit.testkit.SampleArguments;
import io.sasekit.testkit.ServiceDriver;
import io.sasekit.testkit.internal.SchemaShapes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proves that a generated typed client loses nothing of its spec files: every operation the files
 * declare (read as plain YAML through {@link SpecApi}, named by the API's naming table
 * {@code specs/<api>-naming.tsv}) is run by a method of a service the client's accessors return,
 * and every JSON member the files declare for a request body or a success answer is reachable from
 * that method's Java types, recursively through {@code $ref}, {@code allOf}, {@code anyOf} and
 * {@code oneOf} (a builder setter annotated with the member's JSON name, whose type reaches the
 * member's own members). The expected operations and members come only from the spec files (with the
 * repairs that change which members a schema has, read as the generator reads them: {@code
 * misplaced-array-items}, {@code titled-options-as-members}, {@code push-folders}; see {@code
 * specs/spec-repairs.md}); the generated classes are walked by reflection, their methods called over a
 * {@link RecordingExecutor}.
 *
 * <pre>{@code
 * SurfaceCheck check = SurfaceCheck.of(SpecApi.of("scm/config/sase/", true), "scm", ScmClient.class, ScmOperations.registry());
 * check.assertComplete();   // or look at declaredOperations(), typedOperations(), unreachableMembers()
 * }</pre>
 */
public final class SurfaceCheck {
  private final SpecApi spec;
  private final Map<String, String> keyBySignature = new LinkedHashMap<>();
  private final JsonNode customization;
  /** Operation key -> the full-form methods that run it. */
  private final Map<String, List<Method>> methods = new LinkedHashMap<>();
  private int checkedMembers;

  private SurfaceCheck(SpecApi spec, String api) {
    this.spec = spec;
    Path specs = SpecApi.repoRoot().resolve("specs");
    try {
      for (String line : Files.readAllLines(specs.resolve(api + "-naming.tsv"))) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("spec_file\t")) {
          continue;
        }
        String[] c = line.split("\t");
        keyBySignature.put(c[0] + " " + c[1] + " " + c[2], c[4] + "." + c[5]);
      }
      Path custom = specs.resolve(api + "-customization.json");
      customization = Files.exists(custom) ? new ObjectMapper().readTree(custom.toFile()) : new ObjectMapper().createObjectNode();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the naming table or customization of " + api, e);
    }
  }

  /**
   * Reads the naming table and customization of {@code api} and drives every service of the client.
   *
   * @param spec the API's spec files
   * @param api the API name of {@code specs/<api>-naming.tsv} and {@code specs/<api>-customization.json}
   * @param clientClass the generated client class (its no-argument accessors return the services)
   * @param registry the API's operation registry
   * @return the check, ready to answer
   */
  public static SurfaceCheck of(SpecApi spec, String api, Class<?> clientClass, OperationRegistry registry) {
    SurfaceCheck check = new SurfaceCheck(spec, api);
    check.drive(clientClass, registry);
    return check;
  }

  private void drive(Class<?> clientClass, OperationRegistry registry) {
    try {
      for (Class<?> service : ServiceDriver.services(clientClass)) {
        Class<?> impl = ServiceDriver.implClass(service);
        for (Method m : service.getMethods()) {
          if (!Modifier.isAbstract(m.getModifiers()) || m.getDeclaringClass() != service || m.getName().equals("getByName")) {
            continue;
          }
          RecordingExecutor rec = new RecordingExecutor();
          Object target = impl.getConstructor(OperationExecutor.class, OperationRegistry.class).newInstance(rec, registry);
          m.invoke(target, SampleArguments.forMethod(m));
          for (RecordingExecutor.Call call : rec.calls()) {
            methods.computeIfAbsent(call.operation().key(), k -> new ArrayList<>()).add(m);
          }
        }
      }
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("a service method failed on sample arguments", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot drive the services of " + clientClass.getName(), e);
    }
  }

  /**
   * The keys ({@code resource.operation}) of every operation the spec files declare.
   *
   * @throws AssertionError when an operation has no naming-table row
   */
  public Set<String> declaredOperations() {
    Set<String> declared = new TreeSet<>();
    for (SpecOperation op : spec.operations()) {
      declared.add(key(op));
    }
    return declared;
  }

  /**
   * Fails unless the surface is complete: every declared operation (each file operation with its own
   * naming row) is run by a typed method, no other operation is, and every declared body and answer
   * member is reachable (some members were looked at).
   *
   * @throws AssertionError naming what is missing
   */
  public void assertComplete() {
    Set<String> declared = declaredOperations();
    if (declared.size() != spec.operations().size()) {
      throw new AssertionError("two operations of the files share a naming row: " + spec.operations().size()
          + " operations, " + declared.size() + " keys");
    }
    if (!typedOperations().equals(declared)) {
      Set<String> untyped = new TreeSet<>(declared);
      untyped.removeAll(typedOperations());
      Set<String> extra = new TreeSet<>(typedOperations());
      extra.removeAll(declared);
      throw new AssertionError("operations without a typed method: " + untyped + "; typed operations the files do not declare: " + extra);
    }
    List<String> missing = unreachableMembers();
    if (!missing.isEmpty() || checkedMembers == 0) {
      throw new AssertionError("members without a builder setter (" + checkedMembers + " checked): " + String.join("\n", missing));
    }
  }

  /** The keys of every operation a typed service method ran. */
  public Set<String> typedOperations() {
    return new TreeSet<>(methods.keySet());
  }

  /**
   * Every body or answer member the spec files declare that no builder setter reaches, one line
   * each ({@code resource.op body.member: no setter on Type}); empty when the surface is complete.
   * Operations whose body the customization overrides ({@code bodyOverrides}) are judged by their
   * answer only.
   */
  public List<String> unreachableMembers() {
    List<String> missing = new ArrayList<>();
    checkedMembers = 0;
    for (SpecOperation op : spec.operations()) {
      String key = key(op);
      List<Method> ms = methods.getOrDefault(key, List.of());
      if (ms.isEmpty()) {
        missing.add(key + ": no typed method");
        continue;
      }
      JsonNode body = SpecApi.resolve(op.doc(), op.node().path("requestBody")).path("content").path("application/json").path("schema");
      if (!body.isMissingNode() && !customization.path("bodyOverrides").has(key)) {
        checkedMembers += walk(op.doc(), key + " body", body, bodyType(ms), missing);
      }
      JsonNode answer = op.successSchema();
      if (answer != null) {
        checkedMembers += walk(op.doc(), key + " answer", answer, answerType(ms), missing);
      }
    }
    return missing;
  }

  /** How many members the last {@link #unreachableMembers()} looked at (so a test can show it checked some). */
  public int checkedMembers() {
    return checkedMembers;
  }

  /**
   * The members of {@code schema} (a schema of {@code doc}) that {@code type} does not reach: for a
   * probe that shows the walk reports a member without a setter.
   *
   * @param doc the document {@code schema} belongs to (for its references)
   * @param schema a schema node
   * @param type a generated model class
   * @return one line per member that has no way in
   */
  public static List<String> unreachable(JsonNode doc, JsonNode schema, Class<?> type) {
    List<String> missing = new ArrayList<>();
    walk(doc, "probe", schema, type, missing);
    return missing;
  }

  private static int walk(JsonNode doc, String where, JsonNode schema, Type java, List<String> missing) {
    Walk w = new Walk(doc, missing);
    w.value(where, schema, java);
    return w.members;
  }

  private String key(SpecOperation op) {
    String k = keyBySignature.get(op.specFile() + " " + op.method() + " " + op.path());
    if (k == null) {
      throw new AssertionError("no naming row for " + op.signature());
    }
    return k;
  }

  /** The Java type a method takes the body as: the parameter that is a model or a list of models. */
  private static Type bodyType(List<Method> methods) {
    for (Method m : methods) {
      for (Type p : m.getGenericParameterTypes()) {
        Class<?> raw = raw(p);
        if (JsonModel.class.isAssignableFrom(raw) || (List.class.isAssignableFrom(raw) && JsonModel.class.isAssignableFrom(raw(element(p))))) {
          return p;
        }
      }
    }
    return Object.class;
  }

  /** The answer's Java type: the plain return type of a method (not a pager, not a future). */
  private static Type answerType(List<Method> methods) {
    for (Method m : methods) {
      Class<?> raw = m.getReturnType();
      if (!raw.getPackageName().startsWith("io.sasekit.core") && !raw.getPackageName().startsWith("java.util.concurrent")) {
        return m.getGenericReturnType();
      }
    }
    for (Method m : methods) {
      if (m.getReturnType() == Page.class) {
        return m.getGenericReturnType();
      }
    }
    return methods.get(0).getGenericReturnType();
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type element(Type t) {
    return t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
  }

  /** One walk of a spec schema against a Java type; records every member that has no way in. */
  private static final class Walk {
    private final JsonNode doc;
    private final List<String> missing;
    private final Set<String> seen = new HashSet<>();
    int members;

    Walk(JsonNode doc, List<String> missing) {
      this.doc = doc;
      this.missing = missing;
    }

    void value(String where, JsonNode schema, Type java) {
      JsonNode s = SpecApi.resolve(doc, schema);
      Class<?> raw = raw(java);
      if (raw == Object.class || Map.class.isAssignableFrom(raw)) {
        return; // any JSON value: every member travels as is
      }
      if (Iterable.class.isAssignableFrom(raw) || Page.class.isAssignableFrom(raw)) {
        JsonNode items = itemsOf(s);
        if (items != null) {
          value(where + "[]", items, element(java));
        }
        return;
      }
      Map<String, JsonNode> props = properties(s);
      if (props.isEmpty()) {
        return;
      }
      pluralRequired(s, props);
      if (!JsonModel.class.isAssignableFrom(raw)) {
        JsonNode items = s.path("items");
        if (!items.isMissingNode() && !"object".equals(s.path("type").asText("object"))) {
          return;
        }
        JsonNode data = props.get("data");
        if (data != null) { // a list envelope answered as the item type
          value(where, data, java);
          return;
        }
        missing.add(where + ": object with members " + props.keySet() + " has Java type " + java.getTypeName());
        return;
      }
      if (!seen.add(raw.getName() + " " + System.identityHashCode(s))) {
        return;
      }
      Map<String, Type> setters = setters(raw);
      String itemless = misplacedItemsOwner(props);
      JsonNode misplaced = itemless == null ? null : props.remove("items");
      for (Map.Entry<String, JsonNode> p : props.entrySet()) {
        members++;
        Type t = setters.get(p.getKey());
        if (t == null) {
          missing.add(where + "." + p.getKey() + ": no setter on " + raw.getName());
        } else if (p.getKey().equals(itemless)) {
          value(where + "." + p.getKey() + "[]", misplaced, element(t));
        } else {
          value(where + "." + p.getKey(), p.getValue(), t);
        }
      }
    }

    /**
     * The spec defect {@code misplaced-array-items} ({@code specs/spec-repairs.md}), read as the
     * generator repairs it: a member named {@code items} beside exactly one array member that has no
     * {@code items} is that array's element schema, not a member. Returns that array member's name, or null.
     */
    private String misplacedItemsOwner(Map<String, JsonNode> props) {
      if (!props.containsKey("items")) {
        return null;
      }
      String owner = null;
      for (Map.Entry<String, JsonNode> p : props.entrySet()) {
        JsonNode d = SpecApi.resolve(doc, p.getValue());
        if (!p.getKey().equals("items") && "array".equals(d.path("type").asText()) && !d.has("items")) {
          if (owner != null) {
            return null;
          }
          owner = p.getKey();
        }
      }
      return owner;
    }

    /** The element schema of an array (or of a list envelope's {@code data}), null when none. */
    private JsonNode itemsOf(JsonNode s) {
      if (s.has("items")) {
        return s.get("items");
      }
      JsonNode data = properties(s).get("data");
      return data == null ? null : SpecApi.resolve(doc, data).get("items");
    }

    /** Own members plus those of every allOf, anyOf and oneOf part (references followed). */
    private Map<String, JsonNode> properties(JsonNode schema) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      collect(SpecApi.resolve(doc, schema), out, new LinkedHashSet<>());
      return out;
    }

    private void collect(JsonNode s, Map<String, JsonNode> out, Set<JsonNode> path) {
      if (!path.add(s)) {
        return;
      }
      s.path("properties").properties().forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
      boolean titled = SchemaShapes.titledOptionsAsMembers(s);
      for (String part : List.of("allOf", "anyOf", "oneOf")) {
        for (JsonNode option : s.path(part)) {
          if (titled && part.equals("oneOf")) {
            out.putIfAbsent(option.get("title").asText(), option); // titled-options-as-members
          } else {
            collect(SpecApi.resolve(doc, option), out, path);
          }
        }
      }
    }

    /**
     * The spec defect {@code push-folders}, read as the generator repairs it (rule
     * PluralRequiredMemberRenamed): a required name the object does not declare, while it declares an
     * array under that name's singular, is the array's name.
     */
    private void pluralRequired(JsonNode s, Map<String, JsonNode> props) {
      Set<String> required = new LinkedHashSet<>();
      collectRequired(s, required, new LinkedHashSet<>());
      for (String r : required) {
        String singular = r.endsWith("s") ? r.substring(0, r.length() - 1) : null;
        JsonNode array = singular == null || props.containsKey(r) ? null : props.get(singular);
        if (array != null && "array".equals(SpecApi.resolve(doc, array).path("type").asText())) {
          Map<String, JsonNode> renamed = new LinkedHashMap<>();
          props.forEach((k, v) -> renamed.put(k.equals(singular) ? r : k, v));
          props.clear();
          props.putAll(renamed);
        }
      }
    }

    private void collectRequired(JsonNode s, Set<String> out, Set<JsonNode> path) {
      if (!path.add(s)) {
        return;
      }
      s.path("required").forEach(r -> out.add(r.asText()));
      for (JsonNode part : s.path("allOf")) {
        collectRequired(SpecApi.resolve(doc, part), out, path);
      }
    }
  }

  /** JSON name -> parameter type of every builder setter of a model class. */
  private static Map<String, Type> setters(Class<?> model) {
    Map<String, Type> out = new LinkedHashMap<>();
    for (Class<?> nested : model.getDeclaredClasses()) {
      if (JsonModel.Builder.class.isAssignableFrom(nested)) {
        for (Method m : nested.getMethods()) {
          JsonProperty p = m.getAnnotation(JsonProperty.class);
          if (p != null && m.getParameterCount() == 1) {
            out.put(p.value(), m.getGenericParameterTypes()[0]);
          }
        }
      }
    }
    return out;
  }
}
