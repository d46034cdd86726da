package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.errors.EmptyResponseException;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.Page;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a 2xx answer as a {@link ResponseType} asks:
 *
 * <ul>
 *   <li>{@code NONE}: any body is ignored; returns {@code null}.
 *   <li>{@code OBJECT}: one JSON object of the item type.
 *   <li>{@code SINGLE}: an object, a one-element array, or a {@code {data:[obj]}} envelope; an
 *       empty or longer array is a {@link ResponseParseException} naming what came.
 *   <li>{@code PAGE}: the envelope {@code {data, limit, offset, total}}, a bare array, or a bare
 *       object (one element); {@code limit}/{@code offset} missing from the answer are taken from
 *       the request, {@code total} stays unknown.
 *   <li>{@code JSON}: the tree.
 * </ul>
 *
 * An empty body where one is expected raises {@link EmptyResponseException}, except for {@code
 * DELETE}, where it reads as nothing ({@code null}, an empty page, or {@link NullNode}). A body that
 * cannot be read raises {@link ResponseParseException} with the body's first 1 KB.
 */
public final class ResponseReader {
  private static final Set<String> ENVELOPE_MEMBERS =
      Set.of("data", "limit", "offset", "total", "count", "_request_id");

  private final ObjectMapper mapper;

  /** A reader that maps with {@code mapper}. */
  public ResponseReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Reads {@code response}.
   *
   * @param requestedLimit the {@code limit} sent, or {@code null}
   * @param requestedOffset the {@code offset} sent, or {@code null}
   */
  @SuppressWarnings("unchecked")
  public <T> T read(WireRequest request, WireResponse response, ResponseType<T> type,
      Integer requestedLimit, Integer requestedOffset) {
    if (type.kind() == ResponseType.Kind.NONE) {
      return null;
    }
    boolean empty = response.body().isBlank();
    if (empty) {
      if (!request.method().equals("DELETE")) {
        throw new EmptyResponseException(response.status(), request.method(), request.path());
      }
      switch (type.kind()) {
        case JSON:
          return (T) NullNode.getInstance();
        case PAGE:
          return (T) new Page<>(List.of(), limitOr(requestedLimit), offsetOr(requestedOffset), 0);
        default:
          return null;
      }
    }
    JsonNode tree = parse(request, response);
    switch (type.kind()) {
      case JSON:
        return (T) tree;
      case OBJECT:
        if (!tree.isObject() && !JsonNode.class.isAssignableFrom(type.itemType())) {
          throw parseError(request, response,
              "expected a JSON object, got " + tree.getNodeType().name().toLowerCase(Locale.ROOT), null);
        }
        return (T) convert(request, response, tree, type.itemType());
      case SINGLE:
        return (T) convert(request, response, single(request, response, tree), type.itemType());
      case PAGE:
        return (T) page(request, response, tree, type.itemType(), requestedLimit, requestedOffset);
      default:
        throw new IllegalStateException("unknown response kind " + type.kind());
    }
  }

  private JsonNode parse(WireRequest request, WireResponse response) {
    try {
      JsonNode tree = mapper.readTree(response.body());
      if (tree == null || tree.isMissingNode()) {
        throw parseError(request, response, "no JSON value", null);
      }
      return tree;
    } catch (ResponseParseException e) {
      throw e;
    } catch (Exception e) {
      throw parseError(request, response, "not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private JsonNode single(WireRequest request, WireResponse response, JsonNode tree) {
    JsonNode candidate = tree;
    if (tree.isObject() && isEnvelope(tree)) {
      candidate = tree.get("data");
    }
    if (candidate.isArray()) {
      if (candidate.size() == 1) {
        return candidate.get(0);
      }
      throw parseError(request, response, candidate.isEmpty()
          ? "expected one object, got an empty array"
          : "expected one object, got an array of " + candidate.size(), null);
    }
    if (!candidate.isObject()) {
      throw parseError(request, response,
          "expected one object, got " + candidate.getNodeType().name().toLowerCase(Locale.ROOT), null);
    }
    return candidate;
  }

  private <E> Page<E> page(WireRequest request, WireResponse response, JsonNode tree,
      Class<E> itemType, Integer requestedLimit, Integer requestedOffset) {
    int limit = limitOr(requestedLimit);
    int offset = offsetOr(requestedOffset);
    Integer total = null;
    JsonNode items;
    if (tree.isArray()) {
      items = tree;
    } else if (tree.isObject() && isEnvelope(tree)) {
      items = tree.get("data");
      limit = intMember(tree, "limit", limit);
      offset = intMember(tree, "offset", offset);
      JsonNode t = tree.get("total");
      if (t != null && (t.isNumber() || (t.isTextual() && t.asText().matches("\\d+")))) {
        total = t.asInt();
      }
    } else if (tree.isObject()) {
      items = mapper.createArrayNode().add(tree);
    } else {
      throw parseError(request, response,
          "expected a list, got " + tree.getNodeType().name().toLowerCase(Locale.ROOT), null);
    }
    List<E> data = new ArrayList<>();
    if (items != null && !items.isNull()) {
      if (items.isArray()) {
        for (JsonNode n : items) {
          data.add(itemType.cast(convert(request, response, n, itemType)));
        }
      } else if (items.isObject()) {
        data.add(itemType.cast(convert(request, response, items, itemType)));
      } else {
        throw parseError(request, response, "data is not a list", null);
      }
    }
    return new Page<>(data, limit, offset, total);
  }

  /** Whether an object is the list envelope: a {@code data} member and only envelope members. */
  private static boolean isEnvelope(JsonNode obj) {
    JsonNode data = obj.get("data");
    if (data == null || !(data.isArray() || data.isNull())) {
      if (data == null) {
        // {"total":0,"limit":200,"offset":0}: an empty page without data
        return obj.size() > 0 && onlyEnvelopeMembers(obj) && obj.has("total");
      }
      return false;
    }
    return onlyEnvelopeMembers(obj);
  }

  private static boolean onlyEnvelopeMembers(JsonNode obj) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      if (!ENVELOPE_MEMBERS.contains(it.next())) {
        return false;
      }
    }
    return true;
  }

  private Object convert(WireRequest request, WireResponse response, JsonNode node, Class<?> type) {
    if (JsonNode.class.isAssignableFrom(type)) {
      return node;
    }
    try {
      return mapper.treeToValue(node, type);
    } catch (Exception e) {
      throw parseError(request, response,
          "cannot read it as " + type.getSimpleName() + " (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static int intMember(JsonNode obj, String name, int fallback) {
    JsonNode n = obj.get(name);
    if (n != null && n.isNumber()) {
      return n.asInt();
    }
    if (n != null && n.isTextual() && n.asText().matches("\\d+")) {
      return Integer.parseInt(n.asText());
    }
    return fallback;
  }

  private static int limitOr(Integer requested) {
    return requested == null ? 0 : requested;
  }

  private static int offsetOr(Integer requested) {
    return requested == null ? 0 : requested;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static ResponseParseException parseError(
      WireRequest request, WireResponse response, String reason, Throwable cause) {
    String body = response.body();
    return new ResponseParseException(
        "cannot read the answer to " + request.method() + " " + request.path() + " [" + response.status()
            + "]: " + reason + "; body: " + ApiExceptions.truncate(body.strip()),
        body, cause);
  }
}
