package io.sasekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.core.schema.SchemaType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Turns option values (strings) into the JSON the dynamic door takes, following each option's schema:
 * integers, numbers and booleans are parsed, arrays collect repeated options (or one JSON array), objects
 * are JSON or {@code @file}. A value that does not parse raises a {@link BadValueException} naming the
 * option.
 */
final class Values {
  private static final ObjectMapper MAPPER = JsonMapper.shared();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Values() {}

  /** An option value that cannot be what its schema says. */
  static final class BadValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadValueException(String option, String value, String expected) {
      super("invalid value for " + option + ": '" + shorten(value) + "' is not " + expected);
    }

    BadValueException(String message) {
      super(message);
    }
  }

  /** The value of one option as JSON, by its schema. */
  static JsonNode convert(String option, SchemaSpec schema, Object raw) {
    SchemaSpec s = schema.resolve();
    if (s.type() == SchemaType.ARRAY) {
      List<?> values = raw instanceof List<?> l ? l : List.of(raw);
      if (values.size() == 1 && String.valueOf(values.get(0)).strip().startsWith("[")) {
        JsonNode parsed = json(option, String.valueOf(values.get(0)));
        if (parsed.isArray()) {
          return parsed;
        }
      }
      ArrayNode array = NODES.arrayNode();
      SchemaSpec item = s.items().orElse(s);
      for (Object v : values) {
        array.add(s.items().isPresent() ? scalar(option, item.resolve(), String.valueOf(v)) : NODES.textNode(String.valueOf(v)));
      }
      return array;
    }
    return scalar(option, s, String.valueOf(raw));
  }

  private static JsonNode scalar(String option, SchemaSpec s, String value) {
    switch (s.type()) {
      case INTEGER:
        try {
          return NODES.numberNode(new BigDecimal(value.strip()).toBigIntegerExact());
        } catch (ArithmeticException | NumberFormatException e) {
          throw new BadValueException(option, value, "an integer");
        }
      case NUMBER:
        try {
          return NODES.numberNode(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
          throw new BadValueException(option, value, "a number");
        }
      case BOOLEAN:
        String b = value.strip().toLowerCase(Locale.ROOT);
        if (b.equals("true") || b.equals("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(b));
        }
        throw new BadValueException(option, value, "true or false");
      case OBJECT:
      case ARRAY:
        return json(option, value);
      case ANY:
        if (!s.properties().isEmpty() || !s.oneOf().isEmpty() || value.strip().startsWith("{")
            || value.strip().startsWith("@")) {
          return json(option, value);
        }
        return NODES.textNode(value);
      default:
        return NODES.textNode(value);
    }
  }

  /** Parses JSON given inline or as {@code @file}. */
  static JsonNode json(String option, String value) {
    String text = value;
    if (value.startsWith("@")) {
      Path file = Path.of(value.substring(1));
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadValueException("invalid value for " + option + ": cannot read " + file + " ("
            + e.getClass().getSimpleName() + ")");
      }
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadValueException("invalid value for " + option + ": not valid JSON ("
          + e.getOriginalMessage() + ")" + (value.startsWith("@") ? " in " + value.substring(1) : ""));
    }
  }

  /** The flat parameters of one call: each matched option by its wire name, the whole body under {@code body}. */
  static ObjectNode parameters(OperationCommand command, picocli.CommandLine.ParseResult parsed) {
    ObjectNode params = NODES.objectNode();
    if (command.bodyOption() != null && parsed.hasMatchedOption(command.bodyOption())) {
      JsonNode body = json(command.bodyOption(), parsed.matchedOptionValue(command.bodyOption(), ""));
      params.set("body", body);
    }
    for (Binding b : command.bindings()) {
      if (parsed.hasMatchedOption(b.option())) {
        Object value = parsed.matchedOption(b.option()).getValue();
        params.set(b.wireName(), convert(b.option(), b.schema(), value));
      }
    }
    return params;
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
