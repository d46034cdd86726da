package io.sasekit.airs.scan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The original scan spec files, read without the generator: every file the lock {@code
 * specs/specs.lock.tsv} pins under the module's folder {@value #FOLDER} (the build's {@code
 * specPathPrefix}), found by the testkit's {@link SpecApi} (mirror {@code SASEKIT_SPECS_MIRROR}, else
 * {@code <root>/../shared/specs}; only a file whose sha256 matches the lock). They give the answers
 * of the fake server ({@link #example}, {@link #instance}) and judge each captured request with
 * the testkit's validator built from the request's own file ({@link #errors}), given the repair
 * {@code specs/spec-repairs.md} lists for {@value #NAME} ({@code nested-array-body}: the async scan
 * body {@code [[AsyncScanObject]]} read as the flat list the service takes).
 */
public final class ScanSpec {
  /** The lock prefix of the module's files. */
  public static final String FOLDER = "prisma-airs/scan/";
  /** The API's name in {@code specs/spec-repairs.md}. */
  public static final String NAME = "airs-scan";
  /** The module's files and their operations (the servers name hosts only: paths are the registry's). */
  public static final SpecApi API = SpecApi.of(FOLDER, true);

  private ScanSpec() {}

  /** Every operation of every locked file. */
  public static List<SpecOperation> operations() {
    return API.operations();
  }

  /** The operation of {@code method} and {@code path} (the registry's path template) in the locked files. */
  public static SpecOperation operation(String method, String path) {
    return operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + method + " " + path + " in the files under " + FOLDER));
  }

  /** The server URLs the locked files declare, in file order, each once. */
  public static List<String> servers() {
    Set<String> out = new LinkedHashSet<>();
    for (SpecApi.SpecFile f : API.files()) {
      SpecApi.document(f).path("servers").forEach(s -> out.add(s.path("url").asText()));
    }
    return List.copyOf(out);
  }

  /** The component {@code kind/name} of the first locked file that declares it. */
  private static JsonNode component(String kind, String name) {
    for (SpecApi.SpecFile f : API.files()) {
      JsonNode c = SpecApi.document(f).path("components").path(kind).path(name);
      if (!c.isMissingNode()) {
        return c;
      }
    }
    throw new IllegalArgumentException("no " + kind + " " + name + " in the files under " + FOLDER);
  }

  /** A named example of {@code components.examples}. */
  public static JsonNode example(String name) {
    return component("examples", name).path("value").deepCopy();
  }

  /**
   * An instance of a component schema built from the spec alone: every scalar property (its
   * {@code example} if declared, else a value of its type and format), required objects and
   * arrays filled the same way (arrays empty).
   */
  public static JsonNode instance(String schema) {
    return instance(component("schemas", schema), 0);
  }

  private static JsonNode instance(JsonNode s, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      return instance(component("schemas", ref.substring(ref.lastIndexOf('/') + 1)), depth + 1);
    }
    if (s.has("example")) {
      return s.get("example");
    }
    if (s.has("enum")) {
      return s.get("enum").get(0);
    }
    String type = s.path("type").asText("object");
    String format = s.path("format").asText("");
    switch (type) {
      case "string":
        return f.textNode(format.equals("uuid") ? "6e06ec5b-a128-4a4f-a393-ff5da75203d9"
            : format.equals("date-time") ? "2025-04-17T07:38:34Z" : "text");
      case "integer":
      case "number":
        return f.numberNode(1);
      case "boolean":
        return f.booleanNode(false);
      case "array":
        return f.arrayNode();
      default:
        ObjectNode o = f.objectNode();
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> p = it.next();
          String ref = p.getValue().path("$ref").asText("");
          JsonNode ps = ref.isEmpty() ? p.getValue() : component("schemas", ref.substring(ref.lastIndexOf('/') + 1));
          boolean scalar = !ps.path("type").asText("object").equals("object") && !ps.path("type").asText().equals("array");
          if ((scalar || required.contains(p.getKey())) && depth < 4) {
            o.set(p.getKey(), instance(p.getValue(), depth + 1));
          }
        }
        return o;
    }
  }

  /** The testkit validator's errors for a captured request, against its operation's file with the listed repair. */
  public static List<String> errors(LoggedRequest r) {
    return SpecRequestValidator.errors(NAME, API, CapturedRequest.of(r));
  }
}
