package io.sasekit.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.errors.EmptyResponseException;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseShape;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.Page;
import io.sasekit.core.pagination.PageStream;
import io.sasekit.core.schema.SchemaSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides how a successful answer is read, for typed and dynamic calls alike.
 * The {@link ResponseType} says what the caller wants; a dynamic call ({@code DECLARED}) is read by the
 * operation's registry {@link ResponseShape} exactly as the typed call of the same operation;
 * {@code JSON} is the raw tree.
 *
 * <ul>
 *   <li>{@code NONE}: any body is ignored; typed calls get {@code null}, the dynamic door an empty
 *       JSON object.
 *   <li>{@code OBJECT}: one JSON object of the item type.
 *   <li>{@code SINGLE}: an object, a one-element array, or a {@code {data:[obj]}} envelope.
 *   <li>{@code PAGE}: the envelope {@code {data, limit, offset, total}}, a bare array, a bare
 *       object (one element when it has a member the element schema declares, else an envelope
 *       without items), or an array of arrays (flattened); {@code limit}/{@code offset}
 *       missing from the answer are taken from the request, {@code total} stays unknown; these
 *       counts may come as numbers (a fraction is floored: the spec types them {@code number}) or
 *       digit strings. The
 *       dynamic door gets the same page as an envelope {@code {data, limit, offset[, total]}}.
 * </ul>
 *
 * <p>An empty body (no bytes, only white space, {@code 204}) never fails a write: a list reads as an
 * empty page, an object answer to a write whose body is the same schema (create/update echo) reads
 * as the object that was sent (so without server-assigned members such as {@code id}), any other
 * object answer to a write as an empty object; a {@code DELETE} reads as {@code null}. Only a read
 * ({@code GET}) that must return an object raises {@link EmptyResponseException}, as does a JSON
 * {@code null} there ({@link ResponseParseException}): {@code get()} never returns {@code null}.
 * A body that cannot be read raises {@link ResponseParseException} naming the operation, the JSON
 * path and what was found, with the body's first 1 KB.
 *
 * <p>The common shapes (an object; a single object or a one-element array of one; an envelope of
 * objects with whole-number counts; a bare array of objects) are read straight from the text into
 * the model through one streaming parser, without a JSON tree. Every other shape, and every answer
 * the streaming read cannot take as it is, is read again through the tree, which decides the
 * tolerant shapes and names what was wrong: the result and every error are the same either way.
 */
public final class ResponseReader {
  private static final Set<String> ENVELOPE_MEMBERS =
      Set.of("data", "limit", "offset", "total", "count", "_request_id");

  final ObjectMapper mapper;
  /** One reader per target type: its root deserializer is found once, not per object read. */
  private final ClassValue<ObjectReader> readers = new ClassValue<>() {
    @Override
    protected ObjectReader computeValue(Class<?> type) {
      return mapper.readerFor(type);
    }
  };

  /** A reader that maps with {@code mapper}. */
  public ResponseReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The object at the parser's {@code START_OBJECT} read as {@code type} (null for a JSON null). */
  Object readObject(JsonParser p, Class<?> type) throws java.io.IOException {
    return readers.get(type).readValue(p);
  }

  /**
   * Reads {@code response} without knowing the operation (no echo, messages name the request).
   *
   * @param requestedLimit the {@code limit} sent, or {@code null}
   * @param requestedOffset the {@code offset} sent, or {@code null}
   */
  public <T> T read(WireRequest request, WireResponse response, ResponseType<T> type,
      Integer requestedLimit, Integer requestedOffset) {
    return read(null, request, response, type, requestedLimit, requestedOffset);
  }

  /**
   * Reads the answer to {@code operation}'s {@code request}.
   *
   * @param operation the operation, or {@code null} when unknown
   * @param requestedLimit the {@code limit} sent, or {@code null}
   * @param requestedOffset the {@code offset} sent, or {@code null}
   */
  @SuppressWarnings("unchecked")
  public <T> T read(OperationSpec operation, WireRequest request, WireResponse response,
      ResponseType<T> type, Integer requestedLimit, Integer requestedOffset) {
    Call call = new Call(operation, request, response, requestedLimit, requestedOffset);
    ResponseType.Kind kind = type.kind();
    if (kind == ResponseType.Kind.JSON) {
      return (T) readJson(call, ResponseShape.ANY);
    }
    if (kind == ResponseType.Kind.DECLARED) {
      return (T) readJson(call, operation == null ? ResponseShape.ANY : operation.responseShape());
    }
    if (kind == ResponseType.Kind.NONE) {
      return null;
    }
    if (response.bodyBlank()) {
      return (T) empty(call, kind, type.itemType());
    }
    Object streamed = streamed(call, kind, type.itemType());
    if (streamed != TREE) {
      return (T) streamed;
    }
    JsonNode tree = parse(call);
    switch (kind) {
      case OBJECT:
        if (JsonNode.class.isAssignableFrom(type.itemType())) {
          return (T) tree;
        }
        return (T) convert(call, object(call, tree, "$"), type.itemType(), "$");
      case SINGLE:
        return (T) single(call, tree, type.itemType());
      case PAGE:
        return (T) page(call, tree, type.itemType());
      default:
        throw new IllegalStateException("unknown response kind " + kind);
    }
  }

  /**
   * A list answer whose body is still open ({@link WireResponse#stream()}) read as a {@link
   * PageStream}: the elements of a bare array or of an envelope's {@code data} array are handed out
   * as they are parsed. Any other shape (and an answer read whole) is read by {@link #read} and
   * handed out from memory, so every shape reads as it does there; an element that cannot be read
   * raises the same {@link ResponseParseException} with its JSON path (the body shown is the
   * answer's first 1 KB).
   *
   * @param requestedLimit the {@code limit} sent, or {@code null}
   * @param requestedOffset the {@code offset} sent, or {@code null}
   */
  public <E> PageStream<E> streamPage(OperationSpec operation, WireRequest request,
      WireResponse response, Class<E> itemType, Integer requestedLimit, Integer requestedOffset) {
    if (response.stream() == null || JsonNode.class.isAssignableFrom(itemType) || itemType.isArray()) {
      WireResponse whole = response.stream() == null ? response : readWhole(request, response, null);
      return PageStream.of(read(operation, request, whole, ResponseType.page(itemType), requestedLimit, requestedOffset));
    }
    StreamedPage.HeadRecorder head = new StreamedPage.HeadRecorder(response.stream());
    Call call = new Call(operation, request, response, requestedLimit, requestedOffset);
    try {
      JsonParser p = mapper.createParser(head);
      // the parser must not close the answer at its end: a shape left to the tree reader is read again
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      StreamedPage<E> items = new StreamedPage<>(this, call, p, head, itemType);
      if (items.start()) {
        return items;
      }
      // not closed: that would close the answer, read whole below
    } catch (java.io.IOException e) {
      // not the simple shape, or not JSON: read whole below, where the error is named
    }
    WireResponse whole = readWhole(request, response, head);
    return PageStream.of(read(operation, request, whole, ResponseType.page(itemType), requestedLimit, requestedOffset));
  }

  /** The streamed answer read to its end as text (the bytes {@code head} already took first). */
  private static WireResponse readWhole(WireRequest request, WireResponse response, StreamedPage.HeadRecorder head) {
    try (java.io.InputStream in = response.stream()) {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      if (head != null) {
        head.stopRecording().writeTo(all);
      }
      in.transferTo(all);
      return new WireResponse(response.status(), response.headers(),
          all.toString(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new io.sasekit.core.errors.ApiIoException(request.method(), request.path(), 1, e);
    }
  }

  /** What {@link #streamed} returns when the answer is left to the tree reader. */
  private static final Object TREE = new Object();

  /**
   * The answer read straight from the text into {@code itemType} when it has one of the common
   * shapes, else {@link #TREE}: nothing that the tree reader would read differently or refuse is
   * accepted here (a failure of any kind leaves the answer to the tree reader, which names it).
   */
  private Object streamed(Call call, ResponseType.Kind kind, Class<?> itemType) {
    if (JsonNode.class.isAssignableFrom(itemType) || itemType.isArray()) {
      return TREE;
    }
    byte[] body = call.response.bodyBytes();
    try (JsonParser p = mapper.createParser(body)) {
      JsonToken first = p.nextToken();
      switch (kind) {
        case OBJECT:
          return first == JsonToken.START_OBJECT ? value(p, itemType) : TREE;
        case SINGLE:
          return streamedSingle(p, first, body, itemType);
        case PAGE:
          return streamedPage(call, p, first, itemType);
        default:
          return TREE;
      }
    } catch (java.io.IOException | RuntimeException e) {
      return TREE;
    }
  }

  /**
   * A one-element array of an object, or an object that is not an envelope (its first member is
   * not an envelope member, or it has none).
   */
  private Object streamedSingle(JsonParser p, JsonToken first, byte[] body, Class<?> itemType)
      throws java.io.IOException {
    if (first == JsonToken.START_ARRAY) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return TREE;
      }
      Object v = value(p, itemType);
      return p.nextToken() == JsonToken.END_ARRAY ? v : TREE;
    }
    if (first != JsonToken.START_OBJECT) {
      return TREE;
    }
    JsonToken second = p.nextToken();
    if (second == JsonToken.FIELD_NAME && ENVELOPE_MEMBERS.contains(p.currentName())) {
      return TREE; // maybe an envelope: the tree decides
    }
    try (JsonParser again = mapper.createParser(body)) {
      again.nextToken();
      return value(again, itemType);
    }
  }

  /**
   * A bare array of objects, or an envelope whose {@code data} is an array of objects and whose
   * counts are absent, {@code null} or non-negative whole numbers.
   */
  private Object streamedPage(Call call, JsonParser p, JsonToken first, Class<?> itemType)
      throws java.io.IOException {
    List<Object> data = new ArrayList<>();
    if (first == JsonToken.START_ARRAY) {
      return streamedItems(p, itemType, data)
          ? new Page<>(data, orZero(call.requestedLimit), orZero(call.requestedOffset), null) : TREE;
    }
    if (first != JsonToken.START_OBJECT) {
      return TREE;
    }
    Integer limit = call.requestedLimit;
    Integer offset = call.requestedOffset;
    Integer total = null;
    boolean sawData = false;
    boolean other = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (name.equals("data")) {
        if (sawData || v != JsonToken.START_ARRAY || !streamedItems(p, itemType, data)) {
          return TREE;
        }
        sawData = true;
      } else if (name.equals("limit") || name.equals("offset") || name.equals("total")) {
        Integer n = streamedCount(p, v);
        if (n == null && v != JsonToken.VALUE_NULL) {
          return TREE;
        }
        if (name.equals("total")) {
          total = n;
        } else if (n != null && name.equals("limit")) {
          limit = n;
        } else if (n != null) {
          offset = n;
        }
      } else {
        other |= !ENVELOPE_MEMBERS.contains(name);
        p.skipChildren();
      }
    }
    if (other && !sawData) {
      return TREE; // a bare element, or an envelope without items: the tree decides
    }
    return new Page<>(data, orZero(limit), orZero(offset), total);
  }

  /** Reads the objects of an array (the parser at its start) into {@code into}; false on another element. */
  private boolean streamedItems(JsonParser p, Class<?> itemType, List<Object> into) throws java.io.IOException {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        return false;
      }
      Object v = value(p, itemType);
      if (v == TREE) {
        return false;
      }
      into.add(v);
    }
    return true;
  }

  /** A whole-number count in {@code 0..Integer.MAX_VALUE}, else {@code null}. */
  private static Integer streamedCount(JsonParser p, JsonToken v) throws java.io.IOException {
    if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      return null;
    }
    long n = p.getLongValue();
    return n < 0 || n > Integer.MAX_VALUE ? null : (int) n;
  }

  /** The object at the parser's {@code START_OBJECT} read as {@code type}, or {@link #TREE}. */
  private Object value(JsonParser p, Class<?> type) throws java.io.IOException {
    Object v = readObject(p, type);
    return v == null ? TREE : v;
  }

  /** The dynamic door: the answer read by the registry shape, as JSON. */
  private JsonNode readJson(Call call, ResponseShape shape) {
    String body = call.response.body() == null ? "" : call.response.body();
    switch (shape) {
      case NONE:
        return mapper.createObjectNode();
      case LIST: {
        Page<JsonNode> page = body.isBlank()
            ? emptyPage(call)
            : page(call, parse(call), JsonNode.class);
        ObjectNode envelope = mapper.createObjectNode();
        ArrayNode data = envelope.putArray("data");
        page.data().forEach(data::add);
        envelope.put("limit", page.limit());
        envelope.put("offset", page.offset());
        page.total().ifPresent(t -> envelope.put("total", t));
        return envelope;
      }
      case OBJECT:
      case SINGLE: {
        if (body.isBlank()) {
          Object empty = empty(call, ResponseType.Kind.OBJECT, JsonNode.class);
          return empty == null ? NullNode.getInstance() : (JsonNode) empty;
        }
        JsonNode tree = parse(call);
        return shape == ResponseShape.OBJECT ? object(call, tree, "$") : (JsonNode) single(call, tree, JsonNode.class);
      }
      default:
        if (body.isBlank()) {
          Object empty = empty(call, ResponseType.Kind.JSON, JsonNode.class);
          return empty == null ? NullNode.getInstance() : (JsonNode) empty;
        }
        return parse(call);
    }
  }

  /** What an empty body reads as; see the class comment. */
  private Object empty(Call call, ResponseType.Kind kind, Class<?> itemType) {
    if (kind == ResponseType.Kind.PAGE) {
      return emptyPage(call);
    }
    String method = call.request.method();
    if (method.equals("GET") || method.equals("HEAD")) {
      throw new EmptyResponseException(call.response.status(), method, call.request.path());
    }
    if (method.equals("DELETE")) {
      return null;
    }
    if (kind == ResponseType.Kind.JSON) {
      return NullNode.getInstance();
    }
    JsonNode sent = echoOfRequest(call);
    return convert(call, sent, itemType, "$ (the request body, the answer being empty)");
  }

  /** The sent body when the answer's schema is the body's (an echo), else an empty object. */
  private JsonNode echoOfRequest(Call call) {
    OperationSpec op = call.operation;
    byte[] bytes = call.request.body();
    if (op != null && bytes != null && bytes.length > 0 && sameSchema(op)) {
      try {
        JsonNode sent = mapper.readTree(bytes);
        if (sent != null && sent.isObject()) {
          return sent;
        }
      } catch (Exception e) {
        // not JSON (a multipart upload): no echo
      }
    }
    return mapper.createObjectNode();
  }

  private static boolean sameSchema(OperationSpec op) {
    SchemaSpec answer = op.responseSchema();
    SchemaSpec sent = op.body() == null ? null : op.body().schema();
    if (answer == null || sent == null) {
      return false;
    }
    if (answer.ref().isPresent() && answer.ref().equals(sent.ref())) {
      return true;
    }
    try {
      return answer.resolve() == sent.resolve();
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static <E> Page<E> emptyPage(Call call) {
    return new Page<>(List.of(), orZero(call.requestedLimit), orZero(call.requestedOffset), 0);
  }

  private JsonNode parse(Call call) {
    JsonNode tree;
    try {
      tree = mapper.readTree(call.response.body());
    } catch (Exception e) {
      throw parseError(call, "$", "not valid JSON (" + firstLine(e.getMessage()) + ")", e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw parseError(call, "$", "no JSON value", null);
    }
    return tree;
  }

  private JsonNode object(Call call, JsonNode tree, String path) {
    if (!tree.isObject()) {
      throw parseError(call, path, "expected a JSON object, got " + typeName(tree), null);
    }
    return tree;
  }

  private Object single(Call call, JsonNode tree, Class<?> itemType) {
    JsonNode candidate = tree;
    String path = "$";
    if (tree.isObject() && isEnvelope(tree) && tree.get("data") != null) {
      candidate = tree.get("data");
      path = "$.data";
    }
    if (candidate.isArray()) {
      if (candidate.size() == 1 && candidate.get(0).isArray() && candidate.get(0).size() == 1) {
        candidate = candidate.get(0);
        path = path + "[0]";
      }
      if (candidate.size() != 1) {
        throw parseError(call, path, candidate.isEmpty()
            ? "expected one object, got an empty array"
            : "expected one object, got an array of " + candidate.size(), null);
      }
      candidate = candidate.get(0);
      path = path + "[0]";
    }
    return convert(call, object(call, candidate, path), itemType, path);
  }

  private <E> Page<E> page(Call call, JsonNode tree, Class<E> itemType) {
    int limit = orZero(call.requestedLimit);
    int offset = orZero(call.requestedOffset);
    Integer total = null;
    JsonNode items;
    String path;
    if (tree.isArray()) {
      items = tree;
      path = "$";
    } else if (tree.isObject() && (isEnvelope(tree) || hasDataList(tree) || hasDataObject(tree))) {
      items = tree.get("data");
      path = "$.data";
      limit = count(call, tree, "limit", limit);
      offset = count(call, tree, "offset", offset);
      JsonNode t = tree.get("total");
      total = t == null || t.isNull() ? null : count(call, tree, "total", 0);
    } else if (tree.isObject() && !isItem(call, tree)) {
      items = null; // an envelope without data that carries other members: no items
      path = "$";
    } else if (tree.isObject()) {
      items = mapper.createArrayNode().add(tree);
      path = "$";
    } else {
      throw parseError(call, "$", "expected a list, got " + typeName(tree), null);
    }
    List<E> data = new ArrayList<>();
    if (items != null && !items.isNull()) {
      if (items.isArray()) {
        addItems(call, items, path, itemType, data);
      } else if (items.isObject()) {
        data.add(itemType.cast(convert(call, items, itemType, path)));
      } else {
        throw parseError(call, path, "expected a list, got " + typeName(items), null);
      }
    }
    return new Page<>(data, limit, offset, total);
  }

  /** Adds each element; an element that is itself an array (an array-of-arrays answer) is flattened. */
  <E> void addItems(Call call, JsonNode items, String path, Class<E> itemType, List<E> into) {
    int i = 0;
    for (JsonNode n : items) {
      String at = path + "[" + i++ + "]";
      if (n.isArray() && !itemType.isArray()) {
        addItems(call, n, at, itemType, into);
        continue;
      }
      if (n.isNull()) {
        throw parseError(call, at, "expected a list element, got null", null);
      }
      into.add(itemType.cast(convert(call, n, itemType, at)));
    }
  }

  /**
   * Whether a bare object in a list answer is an element (the service answers a {@code name} filter
   * so): it has a member the element schema declares, or the element schema is unknown.
   */
  private static boolean isItem(Call call, JsonNode obj) {
    SchemaSpec element = call.operation == null ? null : call.operation.responseSchema();
    if (element == null) {
      return true;
    }
    Set<String> declared;
    try {
      declared = propertyNames(element);
    } catch (IllegalStateException e) {
      return true;
    }
    if (declared.isEmpty()) {
      return true;
    }
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      if (declared.contains(it.next())) {
        return true;
      }
    }
    return false;
  }

  /** Every property name {@code schema} (with its {@code oneOf} options) declares. */
  public static Set<String> propertyNames(SchemaSpec schema) {
    Set<String> names = new java.util.LinkedHashSet<>();
    collectProperties(schema, names, 0);
    return names;
  }

  private static void collectProperties(SchemaSpec schema, Set<String> into, int depth) {
    if (schema == null || depth > 8) {
      return;
    }
    SchemaSpec s = schema.resolve();
    into.addAll(s.properties().keySet());
    for (SchemaSpec option : s.oneOf()) {
      collectProperties(option, into, depth + 1);
    }
    for (SchemaSpec part : s.allOf()) {
      collectProperties(part, into, depth + 1);
    }
  }

  /** Whether an object is the list envelope: a {@code data} member and only envelope members. */
  private static boolean isEnvelope(JsonNode obj) {
    JsonNode data = obj.get("data");
    if (data == null) {
      // {"total":0,"limit":200,"offset":0} or {}: an empty page without data
      return onlyEnvelopeMembers(obj);
    }
    return (data.isArray() || data.isNull()) && onlyEnvelopeMembers(obj);
  }

  /** A list answer's envelope may carry members beyond the usual ones; its {@code data} is a list. */
  private static boolean hasDataList(JsonNode obj) {
    JsonNode data = obj.get("data");
    return data != null && data.isArray();
  }

  /**
   * An envelope whose {@code data} is one object (a file that declares the envelope's data as the
   * element, not an array of it): a page of that element, never an empty page.
   */
  private static boolean hasDataObject(JsonNode obj) {
    JsonNode data = obj.get("data");
    return data != null && data.isObject() && onlyEnvelopeMembers(obj);
  }

  private static boolean onlyEnvelopeMembers(JsonNode obj) {
    for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
      if (!ENVELOPE_MEMBERS.contains(it.next())) {
        return false;
      }
    }
    return true;
  }

  Object convert(Call call, JsonNode node, Class<?> type, String path) {
    if (JsonNode.class.isAssignableFrom(type)) {
      return node;
    }
    if (node == null || node.isNull()) {
      throw parseError(call, path, "expected " + type.getSimpleName() + ", got null", null);
    }
    Object value;
    try {
      value = mapper.treeToValue(node, type);
    } catch (Exception e) {
      throw parseError(call, path, "cannot read it as " + type.getSimpleName() + " (" + firstLine(e.getMessage()) + ")", e);
    }
    if (value == null) {
      throw parseError(call, path, "expected " + type.getSimpleName() + ", got nothing", null);
    }
    return value;
  }

  /** A non-negative count member ({@code limit}, {@code offset}, {@code total}) as an int. */
  static int count(Call call, JsonNode obj, String name, int fallback) {
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      return fallback;
    }
    String path = "$." + name;
    if (n.isNumber()) {
      // the spec types these "number": a fraction is floored, a negative or too large value is an error
      java.math.BigDecimal d = n.decimalValue();
      if (d.signum() < 0) {
        throw parseError(call, path, "negative: " + n.asText(), null);
      }
      if (d.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
        throw parseError(call, path, "out of range: " + n.asText(), null);
      }
      return d.intValue();
    }
    if (n.isTextual() && n.textValue().strip().matches("\\d{1,10}")) {
      long v = Long.parseLong(n.textValue().strip());
      if (v > Integer.MAX_VALUE) {
        throw parseError(call, path, "out of range: " + n.textValue(), null);
      }
      return (int) v;
    }
    throw parseError(call, path, "expected a non-negative whole number, got " + typeName(n) + " " + ApiExceptions.truncate(n.toString()), null);
  }

  static int orZero(Integer requested) {
    return requested == null ? 0 : requested;
  }

  private static String typeName(JsonNode n) {
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  static String firstLine(String s) {
    if (s == null) {
      return "unknown";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static ResponseParseException parseError(Call call, String path, String reason, Throwable cause) {
    String body = call.response.body() == null ? "" : call.response.body();
    String what = call.operation == null ? "" : call.operation.key() + " ";
    return new ResponseParseException(
        "cannot read the answer to " + what + call.request.method() + " " + call.request.path() + " ["
            + call.response.status() + "] at " + path + ": " + reason + "; body: "
            + ApiExceptions.truncate(body.strip()),
        body, cause, call.operation == null ? null : call.operation.key(), path);
  }

  /** One reading: the operation, its request and answer, and the paging values sent. */
  static final class Call {
    final OperationSpec operation;
    final WireRequest request;
    final WireResponse response;
    final Integer requestedLimit;
    final Integer requestedOffset;

    Call(OperationSpec operation, WireRequest request, WireResponse response, Integer limit, Integer offset) {
      this.operation = operation;
      this.request = request;
      this.response = response;
      this.requestedLimit = limit;
      this.requestedOffset = offset;
    }
  }
}
