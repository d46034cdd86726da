package io.sasekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.dynamic.DynamicDispatcher;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.PagingSpec;
import java.util.Map;

/**
 * {@code --all} on a list operation: follows the pages with the SDK's own pager (the operation's
 * registry {@code paging}: offset lists and {@code next_offset} wrappers alike) and answers one
 * envelope holding every item ({@code data}, or the wrapper's items member).
 */
final class Pages {
  private Pages() {}

  /** Whether the operation pages (its registry row says how). */
  static boolean pageable(OperationSpec op) {
    return op.pagingSpec().isPresent();
  }

  /** The answer's member holding a next-offset list's items ({@code api_keys}), or {@code null}. */
  static String itemsMember(OperationSpec op) {
    return op.pagingSpec().filter(p -> p.kind() == PagingSpec.Kind.NEXT_OFFSET).map(PagingSpec::itemsMember)
        .orElse(null);
  }

  /** Every item of every page, in one envelope. */
  @SuppressWarnings("unchecked")
  static JsonNode all(DynamicDispatcher dispatcher, OperationSpec op, ObjectNode params) {
    PagingSpec paging = op.pagingSpec().orElseThrow();
    Map<String, Object> args = JsonMapper.shared().convertValue(params, Map.class);
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    dispatcher.listAll(op.resource(), op.operation(), args).forEach(items::add);
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    if (paging.kind() == PagingSpec.Kind.NEXT_OFFSET) {
      envelope.set(paging.itemsMember(), items);
      return envelope;
    }
    long offset = params.path(paging.offsetParam()).asLong(0);
    envelope.set("data", items);
    envelope.put("offset", offset);
    envelope.put("limit", items.size());
    envelope.put("total", offset + items.size());
    return envelope;
  }
}
