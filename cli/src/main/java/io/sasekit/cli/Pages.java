package io.sasekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.dynamic.DynamicDispatcher;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code --all} on a list operation: follows the pages ({@code offset}/{@code limit} with {@code total},
 * or {@code next_offset}) and answers the first page's envelope holding every item.
 */
final class Pages {
  private static final int MAX_PAGES = 100_000;

  private Pages() {}

  /** Whether the operation pages with {@code offset} and {@code limit} query parameters. */
  static boolean pageable(OperationSpec op) {
    return op.parameter("offset").filter(p -> p.location() == ParameterLocation.QUERY).isPresent()
        && op.parameter("limit").filter(p -> p.location() == ParameterLocation.QUERY).isPresent();
  }

  /** Every item of every page, in the envelope of the first page. */
  static JsonNode all(DynamicDispatcher dispatcher, OperationSpec op, ObjectNode params) {
    ObjectNode p = params.deepCopy();
    long offset = p.path("offset").asLong(0);
    ObjectNode first = null;
    String field = null;
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (int page = 0; page < MAX_PAGES; page++) {
      p.put("offset", offset);
      JsonNode answer = dispatcher.execute(op.resource(), op.operation(), p);
      if (!answer.isObject()) {
        return answer; // not an envelope: nothing to follow
      }
      if (first == null) {
        first = ((ObjectNode) answer).deepCopy();
        field = listField(answer);
        if (field == null) {
          return answer;
        }
      }
      JsonNode batch = answer.path(field);
      batch.forEach(items::add);
      if (batch.isEmpty()) {
        break;
      }
      if (answer.hasNonNull("next_offset")) {
        long next = answer.get("next_offset").asLong();
        if (next <= offset) {
          break;
        }
        offset = next;
      } else if (answer.hasNonNull("total")) {
        offset += batch.size();
        if (offset >= answer.get("total").asLong()) {
          break;
        }
      } else {
        break; // neither a total nor a next offset: one page is all there is
      }
    }
    first.set(field, items);
    first.remove("next_offset");
    if (first.has("offset")) {
      first.put("offset", params.path("offset").asLong(0));
    }
    if (first.has("limit")) {
      first.put("limit", items.size());
    }
    return first;
  }

  private static String listField(JsonNode envelope) {
    if (envelope.path("data").isArray()) {
      return "data";
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = envelope.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isArray()) {
        return e.getKey();
      }
    }
    return null;
  }
}
