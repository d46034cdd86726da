package io.sasekit.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The simulator's one JSON mapper and a few tree shortcuts. */
public final class Json {
  /** Shared mapper (thread-safe once configured). */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A new empty object node. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A new empty array node. */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses JSON text; throws {@link JsonProcessingException} wrapped as unchecked on bad input. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compact JSON text of a tree. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code node.field}, or {@code null} when absent, null or not a scalar. */
  public static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  /**
   * The list envelope {@code {data, limit, offset, total}}: the items of {@code all} from {@code offset}, at most
   * {@code limit} of them, with {@code total} the size of {@code all}.
   */
  public static ObjectNode page(ArrayNode all, int limit, int offset) {
    ArrayNode page = array();
    for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
      page.add(all.get(i));
    }
    ObjectNode env = object();
    env.set("data", page);
    env.put("limit", limit);
    env.put("offset", offset);
    env.put("total", all.size());
    return env;
  }
}
