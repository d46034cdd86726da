package io.sasekit.codegen.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a schema written in the registry format ({@code docs/registry-format.md}) into our
 * {@link Schema}: the form the customization uses for schemas the specs lack. Unknown keys, unknown
 * types and a {@code $ref} with other keys beside it fail.
 */
final class RegistrySchemas {
  private static final Set<String> KEYS = Set.of(
      "$ref", "type", "properties", "required", "items", "oneOf", "enum", "minLength", "maxLength",
      "pattern", "format", "minimum", "maximum", "minItems", "maxItems", "uniqueItems", "readOnly",
      "secret", "default", "description", "title");
  private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "object", "array");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RegistrySchemas() {}

  /** Converts one registry-style schema; {@code where} names it in failures. */
  static Schema read(JsonNode n, String where) {
    if (n == null || !n.isObject()) {
      throw new IllegalStateException(where + ": a schema must be a JSON object, got " + n);
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        throw new IllegalStateException(where + ": unknown schema key " + k + " (registry format keys: " + KEYS + ")");
      }
    }
    if (n.has("$ref")) {
      if (n.size() != 1 || !n.get("$ref").isTextual()) {
        throw new IllegalStateException(where + ": {\"$ref\": \"Name\"} takes no other key");
      }
      return Schema.ref(n.get("$ref").asText());
    }
    Schema s = new Schema();
    if (n.has("type")) {
      s.type = n.get("type").asText();
      if (!TYPES.contains(s.type)) {
        throw new IllegalStateException(where + ": unknown type " + s.type);
      }
    }
    n.path("properties").fields().forEachRemaining(e -> s.properties.put(e.getKey(), read(e.getValue(), where + "." + e.getKey())));
    n.path("required").forEach(r -> s.required.add(r.asText()));
    for (String r : s.required) {
      if (!s.properties.containsKey(r)) {
        throw new IllegalStateException(where + ": required names " + r + ", which is not a property");
      }
    }
    if (n.has("items")) {
      s.items = read(n.get("items"), where + "[]");
    }
    int i = 0;
    for (JsonNode o : n.path("oneOf")) {
      s.oneOf.add(read(o, where + ".oneOf[" + i++ + "]"));
    }
    n.path("enum").forEach(v -> s.enumValues.add(v.isNumber() ? v.decimalValue() : v.asText()));
    s.minLength = intOrNull(n, "minLength");
    s.maxLength = intOrNull(n, "maxLength");
    s.pattern = textOrNull(n, "pattern");
    s.format = textOrNull(n, "format");
    s.minimum = n.has("minimum") ? n.get("minimum").decimalValue() : null;
    s.maximum = n.has("maximum") ? n.get("maximum").decimalValue() : null;
    s.minItems = intOrNull(n, "minItems");
    s.maxItems = intOrNull(n, "maxItems");
    s.uniqueItems = n.has("uniqueItems") ? n.get("uniqueItems").asBoolean() : null;
    s.readOnly = n.path("readOnly").asBoolean(false);
    s.secret = n.path("secret").asBoolean(false);
    s.defaultValue = n.has("default") ? MAPPER.convertValue(n.get("default"), Object.class) : null;
    s.description = textOrNull(n, "description");
    s.title = textOrNull(n, "title");
    return s;
  }

  /** Fails unless every reference inside {@code s} names a schema of the model. */
  static void requireRefs(ApiModel model, Schema s, String where) {
    List<String> missing = new ArrayList<>();
    collectMissing(model.schemas, s, missing);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(where + ": no schema named " + String.join(", ", missing));
    }
  }

  private static void collectMissing(Map<String, Schema> schemas, Schema s, List<String> missing) {
    if (s == null) {
      return;
    }
    if (s.isRef()) {
      if (!schemas.containsKey(s.ref)) {
        missing.add(s.ref);
      }
      return;
    }
    s.properties.values().forEach(p -> collectMissing(schemas, p, missing));
    collectMissing(schemas, s.items, missing);
    s.oneOf.forEach(o -> collectMissing(schemas, o, missing));
  }

  private static Integer intOrNull(JsonNode n, String key) {
    return n.has(key) ? n.get(key).asInt() : null;
  }

  private static String textOrNull(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }
}
