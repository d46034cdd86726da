package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.json.JsonModel;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.testkit.RecordingExecutor;
import io.sasekit.testkit.SampleArguments;
import io.sasekit.testkit.ServiceDriver;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed face loses nothing of the spec files: every operation the files declare (read here as
 * plain YAML, named by the naming table) is run by a method of the service its client accessor
 * returns, and every JSON member the files declare for a request body or a success answer is
 * reachable from that method's Java types, recursively (a builder setter annotated with the member's
 * JSON name, whose type reaches the member's own members). Walked by reflection over the generated
 * classes; the expected members come only from the spec files.
 */
class SurfaceCompleteTest {
  private static final OperationRegistry REGISTRY = PrismaAccessOperations.registry();
  /** Operation key -> the full-form methods (first parameter list) that run it. */
  private static final Map<String, List<Method>> METHODS = new LinkedHashMap<>();
  private static Map<String, String> keyBySignature;
  private static JsonNode customization;

  @BeforeAll
  static void readFilesAndDriveServices() throws Exception {
    keyBySignature = new LinkedHashMap<>();
    for (String line : Files.readAllLines(SpecApi.repoRoot().resolve("specs/prisma-access-naming.tsv"))) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("spec_file\t")) {
        continue;
      }
      String[] c = line.split("\t");
      keyBySignature.put(c[0] + " " + c[1] + " " + c[2], c[4] + "." + c[5]);
    }
    customization = new ObjectMapper().readTree(SpecApi.repoRoot().resolve("specs/prisma-access-customization.json").toFile());
    for (Class<?> service : ServiceDriver.services(PrismaAccessClient.class)) {
      Class<?> impl = ServiceDriver.implClass(service);
      for (Method m : service.getMethods()) {
        if (!Modifier.isAbstract(m.getModifiers()) || m.getDeclaringClass() != service || m.getName().equals("getByName")) {
          continue;
        }
        RecordingExecutor rec = new RecordingExecutor();
        Object target = impl.getConstructor(OperationExecutor.class, OperationRegistry.class).newInstance(rec, REGISTRY);
        m.invoke(target, SampleArguments.forMethod(m));
        for (RecordingExecutor.Call call : rec.calls()) {
          METHODS.computeIfAbsent(call.operation().key(), k -> new ArrayList<>()).add(m);
        }
      }
    }
  }

  @Test
  void everySpecOperationIsRunByATypedMethod() {
    Set<String> declared = new TreeSet<>();
    for (SpecOperation op : PrismaAccessSpec.SPEC.operations()) {
      declared.add(key(op));
    }
    assertThat(declared).hasSize(PrismaAccessSpec.SPEC.operations().size());
    assertThat(new TreeSet<>(METHODS.keySet())).isEqualTo(declared);
  }

  @Test
  void everyBodyAndAnswerMemberIsReachable() {
    List<String> missing = new ArrayList<>();
    int checkedMembers = 0;
    for (SpecOperation op : PrismaAccessSpec.SPEC.operations()) {
      String key = key(op);
      List<Method> methods = METHODS.getOrDefault(key, List.of());
      assertThat(methods).as(key).isNotEmpty();
      JsonNode body = SpecApi.resolve(op.doc(), op.node().path("requestBody")).path("content").path("application/json").path("schema");
      if (!body.isMissingNode() && !customization.path("bodyOverrides").has(key)) {
        Walk w = new Walk(op.doc(), missing);
        w.value(key + " body", body, bodyType(methods));
        checkedMembers += w.members;
      }
      JsonNode answer = op.successSchema();
      if (answer != null) {
        Walk w = new Walk(op.doc(), missing);
        w.value(key + " answer", answer, answerType(methods));
        checkedMembers += w.members;
      }
    }
    assertThat(missing).isEmpty();
    assertThat(checkedMembers).isPositive();
  }

  @Test
  void aMemberWithoutSetterIsReported() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(
        "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"}, \"no_such_member\": {\"type\": \"string\"}}}");
    List<String> missing = new ArrayList<>();
    new Walk(schema, missing).value("probe", schema, io.sasekit.prismaaccess.models.Address.class);
    assertThat(missing).singleElement().asString().contains("no_such_member");
  }

  private static String key(SpecOperation op) {
    String k = keyBySignature.get(op.specFile() + " " + op.method() + " " + op.path());
    assertThat(k).as("naming row of " + op.signature()).isNotNull();
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
      if (m.getReturnType() == io.sasekit.core.pagination.Page.class) {
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
      if (Iterable.class.isAssignableFrom(raw) || io.sasekit.core.pagination.Page.class.isAssignableFrom(raw)) {
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
      for (Map.Entry<String, JsonNode> p : props.entrySet()) {
        members++;
        Type t = setters.get(p.getKey());
        if (t == null) {
          missing.add(where + "." + p.getKey() + ": no setter on " + raw.getName());
        } else {
          value(where + "." + p.getKey(), p.getValue(), t);
        }
      }
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
      for (String part : List.of("allOf", "anyOf", "oneOf")) {
        for (JsonNode option : s.path(part)) {
          collect(SpecApi.resolve(doc, option), out, path);
        }
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
