package io.sasekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;

/** The help text of one option, from its schema: type, required, enum, length, range, pattern. */
final class Constraints {
  private static final int MAX_DESCRIPTION = 160;

  private Constraints() {}

  /** The type as the help names it, e.g. {@code string}, {@code array of string}, {@code object (JSON)}. */
  static String typeName(SchemaSpec schema) {
    SchemaSpec s = schema.resolve();
    SchemaType t = s.type();
    if (t == SchemaType.ARRAY) {
      return "array of " + s.items().map(Constraints::typeName).orElse("any")
          + " (repeat the option, or one JSON array)";
    }
    if (t == SchemaType.OBJECT || (t == SchemaType.ANY && (!s.properties().isEmpty() || !s.oneOf().isEmpty()))) {
      return "object (JSON, or @file)";
    }
    return t == SchemaType.ANY ? "any" : t.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** One line listing the constraints, e.g. {@code required; string; length <= 63; pattern ^[a-z]+$}. */
  static String line(SchemaSpec schema, boolean required) {
    SchemaSpec s = schema.resolve();
    List<String> parts = new ArrayList<>();
    if (required) {
      parts.add("required");
    }
    parts.add(typeName(s));
    SchemaSpec scalar = s.type() == SchemaType.ARRAY ? s.items().map(SchemaSpec::resolve).orElse(s) : s;
    if (!scalar.enumValues().isEmpty()) {
      List<String> values = new ArrayList<>();
      for (JsonNode v : scalar.enumValues()) {
        values.add(v.asText());
      }
      parts.add("one of: " + String.join(", ", values));
    }
    range(parts, "length", scalar.minLength().map(String::valueOf).orElse(null),
        scalar.maxLength().map(String::valueOf).orElse(null));
    range(parts, "value", scalar.minimum().map(b -> b.stripTrailingZeros().toPlainString()).orElse(null),
        scalar.maximum().map(b -> b.stripTrailingZeros().toPlainString()).orElse(null));
    if (s.type() == SchemaType.ARRAY) {
      range(parts, "items", s.minItems().map(String::valueOf).orElse(null), s.maxItems().map(String::valueOf).orElse(null));
    }
    scalar.format().ifPresent(f -> parts.add("format " + f));
    scalar.pattern().ifPresent(p -> parts.add("pattern " + p.pattern()));
    return String.join("; ", parts);
  }

  /** The spec's description, shortened to its first sentence (at most 160 characters). */
  static String description(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replaceAll("\\s+", " ");
    int dot = t.indexOf(". ");
    if (dot > 0) {
      t = t.substring(0, dot + 1);
    }
    return t.length() > MAX_DESCRIPTION ? t.substring(0, MAX_DESCRIPTION - 3) + "..." : t;
  }

  /** Spec text made safe for picocli's help: no format specifiers, no variable interpolation. */
  static String escape(String text) {
    return text.replace("%", "%%").replace("${", "$${");
  }

  private static void range(List<String> parts, String what, String min, String max) {
    if (min != null && max != null) {
      parts.add(what + " " + min + ".." + max);
    } else if (min != null) {
      parts.add(what + " >= " + min);
    } else if (max != null) {
      parts.add(what + " <= " + max);
    }
  }
}
