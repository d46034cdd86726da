package io.sasekit.testkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.testkit.SpecBodyGenerator;
import java.util.function.Function;

/**
 * Argument values of a typed call planned by {@link TypedCalls}, taken from the operation's own
 * spec file: a parameter's declared example, else its schema's first enum value or example, else a
 * value of its type ({@code true}, {@code 1}), else a text the caller gives by the parameter's
 * name; the body generated from the declared request schema by {@link
 * SpecBodyGenerator#realisticRequests} and read as the Java type the method takes.
 *
 * <pre>{@code
 * TypedCalls.Values v = SpecCallValues.of(so, variant, name -> "example-" + name);
 * }</pre>
 */
public final class SpecCallValues {
  private SpecCallValues() {}

  /**
   * The values of one operation's call.
   *
   * @param so the spec operation
   * @param variant the generator's seed and way of filling the body
   * @param fallback the text of a parameter the spec gives no example, enum or typed value for, by its spec name
   */
  public static TypedCalls.Values of(SpecOperation so, SpecBodyGenerator.Variant variant, Function<String, String> fallback) {
    return new TypedCalls.Values() {
      @Override
      public Object parameter(String name, Class<?> type) {
        String text = text(so, name, fallback);
        try {
          return TypedCalls.textAs(text, type);
        } catch (AssertionError | NumberFormatException e) {
          throw new AssertionError(so + ": parameter " + name + ": " + e.getMessage(), e);
        }
      }

      @Override
      public Object body(Class<?> type) {
        JsonNode schema = so.requestBodySchema();
        if (schema == null) {
          throw new AssertionError(so + ": the typed method takes a body the spec does not declare");
        }
        JsonNode json = SpecBodyGenerator.realisticRequests(so.doc()).instance(schema, variant);
        try {
          return JsonMapper.shared().treeToValue(json, type);
        } catch (Exception e) {
          throw new AssertionError(so + ": the body generated from the spec does not read as " + type.getName() + ": " + e
              + "\n" + json, e);
        }
      }
    };
  }

  private static String text(SpecOperation so, String name, Function<String, String> fallback) {
    JsonNode p = so.parameter(name);
    JsonNode schema = p == null ? null : SpecApi.resolve(so.doc(), p.path("schema"));
    if (p != null && p.path("example").isValueNode()) {
      return p.get("example").asText();
    }
    if (schema == null) {
      return fallback.apply(name);
    }
    JsonNode items = schema.path("type").asText().equals("array") ? SpecApi.resolve(so.doc(), schema.path("items")) : schema;
    if (items.path("enum").path(0).isValueNode()) {
      return items.get("enum").get(0).asText();
    }
    if (items.path("example").isValueNode()) {
      return items.get("example").asText();
    }
    return switch (items.path("type").asText()) {
      case "boolean" -> "true";
      case "integer", "number" -> String.valueOf(Math.max(1, items.path("minimum").asLong(1)));
      default -> fallback.apply(name);
    };
  }
}
