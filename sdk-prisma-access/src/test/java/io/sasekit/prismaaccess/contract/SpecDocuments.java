package io.sasekit.prismaaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plain YAML reading of the original spec files (Jackson YAML, no OpenAPI library, nothing of the
 * generator): the operations each file declares, with their parameters, and {@code $ref}
 * resolution inside one document.
 */
final class SpecDocuments {
  static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, ObjectNode> DOCS = new LinkedHashMap<>();

  /** One operation as a spec file declares it. */
  record SpecOperation(String specFile, String method, String path, String operationId, JsonNode node, ObjectNode doc) {
    /** {@code "GET /sse/config/v1/addresses"}. */
    String signature() {
      return method + " " + path;
    }

    /** The path without its path parameters and action suffix: the collection it addresses. */
    String stem() {
      return SpecDocuments.stem(path);
    }

    /** Path-level and operation-level parameters, {@code $ref}s resolved, operation-level winning. */
    List<JsonNode> parameters() {
      Map<String, JsonNode> byKey = new LinkedHashMap<>();
      for (JsonNode p : doc.path("paths").path(path).path("parameters")) {
        JsonNode r = resolve(doc, p);
        byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
      }
      for (JsonNode p : node.path("parameters")) {
        JsonNode r = resolve(doc, p);
        byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
      }
      return new ArrayList<>(byKey.values());
    }

    JsonNode parameter(String name) {
      for (JsonNode p : parameters()) {
        if (p.path("name").asText().equals(name)) {
          return p;
        }
      }
      return null;
    }

    /** The first 2xx status the spec declares, 200 when none. */
    int successStatus() {
      for (Iterator<String> codes = node.path("responses").fieldNames(); codes.hasNext(); ) {
        String code = codes.next();
        if (code.startsWith("2")) {
          return Integer.parseInt(code);
        }
      }
      return 200;
    }

    /** The JSON schema of the 2xx answer, resolved one level, or {@code null} when none is declared. */
    JsonNode successSchema() {
      JsonNode response = resolve(doc, node.path("responses").path(String.valueOf(successStatus())));
      JsonNode schema = response.path("content").path("application/json").path("schema");
      return schema.isMissingNode() ? null : resolve(doc, schema);
    }
  }

  private SpecDocuments() {}

  /** The parsed document of a pinned file (read once; callers must not modify it). */
  static synchronized ObjectNode document(SpecMirror.SpecFile file) {
    return DOCS.computeIfAbsent(file.path(), p -> {
      try {
        return (ObjectNode) YAML.readTree(file.file().toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A fresh, modifiable copy of the document of a pinned file. */
  static ObjectNode freshDocument(SpecMirror.SpecFile file) {
    return document(file).deepCopy();
  }

  /** Every operation of every pinned Prisma Access file. */
  static List<SpecOperation> allOperations() {
    List<SpecOperation> out = new ArrayList<>();
    for (SpecMirror.SpecFile f : SpecMirror.prismaAccess()) {
      out.addAll(operations(f));
    }
    return out;
  }

  static List<SpecOperation> operations(SpecMirror.SpecFile file) {
    return operations(file.path(), document(file));
  }

  /** The operations of a document (an original one, or a repaired copy). */
  static List<SpecOperation> operations(String specPath, ObjectNode doc) {
    List<SpecOperation> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
        if (HTTP_METHODS.contains(m.getKey())) {
          out.add(new SpecOperation(specPath, m.getKey().toUpperCase(Locale.ROOT), path.getKey(),
              m.getValue().path("operationId").asText(null), m.getValue(), doc));
        }
      }
    }
    return out;
  }

  static String stem(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/")) {
      if (seg.isEmpty()) {
        continue;
      }
      if (seg.startsWith("{")) {
        break;
      }
      int colon = seg.indexOf(':');
      sb.append('/').append(colon >= 0 ? seg.substring(0, colon) : seg);
      if (colon >= 0) {
        break;
      }
    }
    return sb.toString();
  }

  /** Follows local {@code $ref}s ({@code #/components/...}) until a node without one. */
  static JsonNode resolve(JsonNode doc, JsonNode node) {
    JsonNode n = node;
    for (int guard = 0; n != null && n.has("$ref") && guard < 50; guard++) {
      String ref = n.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("non-local $ref " + ref);
      }
      n = doc.at(ref.substring(1));
      if (n.isMissingNode()) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
    }
    return n;
  }
}
