package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.sasekit.core.json.OpenEnum;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.core.schema.SchemaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a Java parameter value travels: as wire text ({@link OpenEnum} sends {@link
 * OpenEnum#value()}, booleans and numbers their text, dates their ISO form, a collection or array
 * one text per element, so a query parameter repeats) and as a JSON value to validate.
 */
public final class ParameterValues {
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
  private final ObjectMapper mapper;

  /** Converts with {@code mapper} (for types it knows, such as dates and UUIDs). */
  public ParameterValues(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The wire texts of {@code value}: one for a scalar, one per element for a collection. */
  public List<String> texts(Object value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value instanceof Collection) {
      for (Object v : (Collection<?>) value) {
        String t = text(v);
        if (t != null) {
          out.add(t);
        }
      }
    } else if (value instanceof Object[]) {
      for (Object v : (Object[]) value) {
        String t = text(v);
        if (t != null) {
          out.add(t);
        }
      }
    } else if (value instanceof ArrayNode) {
      for (JsonNode v : (ArrayNode) value) {
        String t = text(v);
        if (t != null) {
          out.add(t);
        }
      }
    } else {
      String t = text(value);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /** The wire text of one scalar value, or {@code null} for none. */
  public String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(this::text).orElse(null);
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof OpenEnum) {
      return ((OpenEnum) value).value();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    JsonNode node = value instanceof JsonNode ? (JsonNode) value : mapper.valueToTree(value);
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  /**
   * {@code value} as JSON for validation against {@code schema}; texts that read as the number or
   * boolean the schema asks for are taken as such (query values are text on the wire anyway).
   */
  public JsonNode node(Object value, SchemaSpec schema) {
    JsonNode node;
    if (value instanceof Collection || value instanceof Object[]) {
      ArrayNode array = mapper.createArrayNode();
      for (String t : texts(value)) {
        array.add(t);
      }
      node = array;
    } else if (value instanceof OpenEnum) {
      node = mapper.getNodeFactory().textNode(((OpenEnum) value).value());
    } else if (value instanceof JsonNode) {
      node = (JsonNode) value;
    } else {
      node = scalarNode(value);
    }
    SchemaSpec s = schema == null ? null : schema.resolve();
    if (s == null) {
      return node;
    }
    if (node.isArray() && s.type() == SchemaType.ARRAY && s.items().isPresent()) {
      ArrayNode coerced = mapper.createArrayNode();
      SchemaSpec items = s.items().get().resolve();
      node.forEach(n -> coerced.add(coerce(n, items.type())));
      return coerced;
    }
    return coerce(node, s.type());
  }

  /**
   * {@code value} as a JSON node: the common scalars (text, booleans, ints and longs) made
   * directly, as {@link ObjectMapper#valueToTree} makes them (a text node, a boolean node, an int
   * node, a long node), anything else through the mapper. {@code valueToTree} serializes through a
   * token buffer with a new serializer provider each time; for a path id or a folder name that
   * cost more than the rest of a GET's request building, and its first use loaded Jackson's
   * serialization side on a GET's first call.
   */
  private JsonNode scalarNode(Object value) {
    if (value instanceof String) {
      return mapper.getNodeFactory().textNode((String) value);
    }
    if (value instanceof Boolean) {
      return mapper.getNodeFactory().booleanNode((Boolean) value);
    }
    if (value instanceof Integer) {
      return mapper.getNodeFactory().numberNode((Integer) value);
    }
    if (value instanceof Long) {
      return mapper.getNodeFactory().numberNode((Long) value);
    }
    return mapper.valueToTree(value);
  }

  private static JsonNode coerce(JsonNode node, SchemaType type) {
    if (!node.isTextual()) {
      return node;
    }
    String t = node.textValue().strip();
    try {
      switch (type) {
        case INTEGER:
          return WHOLE.matcher(t).matches() ? LongNode.valueOf(Long.parseLong(t)) : node;
        case NUMBER:
          return DecimalNode.valueOf(new BigDecimal(t));
        case BOOLEAN:
          if (t.equals("true") || t.equals("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(t));
          }
          return node;
        default:
          return node;
      }
    } catch (NumberFormatException e) {
      return node;
    }
  }
}
