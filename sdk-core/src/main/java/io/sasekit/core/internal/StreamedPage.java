package io.sasekit.core.internal;

import static io.sasekit.core.internal.ResponseReader.count;
import static io.sasekit.core.internal.ResponseReader.firstLine;
import static io.sasekit.core.internal.ResponseReader.orZero;
import static io.sasekit.core.internal.ResponseReader.parseError;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.internal.ResponseReader.Call;
import io.sasekit.core.pagination.PageStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A list answer read by {@link ResponseReader#streamPage} as it arrives: the elements of a bare
 * array, or of an envelope's {@code data} array, one by one from the parser. The envelope's counts
 * (before or after {@code data}) are read as the page reader reads them, and an element that is not
 * an object as the tree reader reads it (an array flattened, {@code null} refused).
 */
final class StreamedPage<E> implements PageStream<E> {
  private final ResponseReader reader;
  private final Call call;
  private final JsonParser p;
  private final HeadRecorder head;
  private final Class<E> itemType;
  private final ObjectNode counts;
  private final java.util.ArrayDeque<E> pending = new java.util.ArrayDeque<>();
  private boolean envelope;
  private boolean finished;
  private int index;
  private int limit;
  private int offset;
  private Integer total;

  StreamedPage(ResponseReader reader, Call call, JsonParser p, HeadRecorder head, Class<E> itemType) {
    this.reader = reader;
    this.call = call;
    this.p = p;
    this.head = head;
    this.itemType = itemType;
    this.counts = reader.mapper.createObjectNode();
  }

  /** Moves to the first element; false when the answer is not the simple shape (nothing was handed out). */
  boolean start() throws java.io.IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_ARRAY) {
      return true;
    }
    if (t != JsonToken.START_OBJECT) {
      return false;
    }
    envelope = true;
    for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      if (name.equals("data")) {
        return p.nextToken() == JsonToken.START_ARRAY;
      }
      p.nextToken();
      member(name);
    }
    return false; // no data array: an envelope without items, or an element; the tree decides
  }

  /** Keeps a count member for the end; skips any other. */
  private void member(String name) throws java.io.IOException {
    if (name.equals("limit") || name.equals("offset") || name.equals("total")) {
      counts.set(name, reader.mapper.readTree(p));
    } else {
      p.skipChildren();
    }
  }

  @Override
  public boolean hasNext() {
    if (!pending.isEmpty()) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      while (pending.isEmpty() && !finished) {
        advance();
      }
    } catch (ResponseParseException e) {
      close();
      throw e;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      close();
      throw streamError(call, head, at(), "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", e);
    } catch (java.io.IOException e) {
      close();
      throw new io.sasekit.core.errors.ApiIoException(call.request.method(), call.request.path(), 1, e);
    }
    return !pending.isEmpty();
  }

  private String at() {
    return (envelope ? "$.data" : "$") + "[" + index + "]";
  }

  /** Reads the next element (or the end of the array and the envelope's remaining members). */
  private void advance() throws java.io.IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      if (envelope) {
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          member(name);
        }
      }
      Call countsCall = new Call(call.operation, call.request,
          new WireResponse(call.response.status(), call.response.headers(), head.shownText()),
          call.requestedLimit, call.requestedOffset);
      limit = count(countsCall, counts, "limit", orZero(call.requestedLimit));
      offset = count(countsCall, counts, "offset", orZero(call.requestedOffset));
      JsonNode tn = counts.get("total");
      total = tn == null || tn.isNull() ? null : count(countsCall, counts, "total", 0);
      close();
      finished = true;
      return;
    }
    String path = at();
    if (t == JsonToken.START_OBJECT) {
      Object v;
      try {
        v = reader.readObject(p, itemType);
      } catch (com.fasterxml.jackson.core.JsonParseException e) {
        throw e;
      } catch (java.io.IOException | RuntimeException e) {
        throw streamError(call, head, path, "cannot read it as " + itemType.getSimpleName()
            + " (" + firstLine(e.getMessage()) + ")", e);
      }
      if (v == null) {
        throw streamError(call, head, path, "expected " + itemType.getSimpleName() + ", got nothing", null);
      }
      pending.add(itemType.cast(v));
    } else {
      // not an object: read as the tree reader reads an element (arrays flattened, null refused)
      JsonNode n = reader.mapper.readTree(p);
      List<E> into = new ArrayList<>();
      Call shown = shownCall(call, head);
      if (n.isArray()) {
        reader.addItems(shown, n, path, itemType, into);
      } else if (n.isNull()) {
        throw parseError(shown, path, "expected a list element, got null", null);
      } else {
        into.add(itemType.cast(reader.convert(shown, n, itemType, path)));
      }
      pending.addAll(into);
    }
    index++;
    if (index == 1) {
      head.stopRecording();
    }
  }

  @Override
  public E next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException();
    }
    return pending.poll();
  }

  @Override
  public int limit() {
    return limit;
  }

  @Override
  public int offset() {
    return offset;
  }

  @Override
  public Integer total() {
    return total;
  }

  @Override
  public void close() {
    try {
      p.close();
      head.close();
    } catch (java.io.IOException e) {
      // releasing the connection: nothing to report
    }
  }

  /**
   * Keeps every byte read until {@link #stopRecording()} (what a parser took before the first
   * element was handed out: enough to read the whole answer again), then only the first 1 KB for
   * messages.
   */
  static final class HeadRecorder extends java.io.FilterInputStream {
    private static final int SHOWN = 1024;
    private java.io.ByteArrayOutputStream recorded = new java.io.ByteArrayOutputStream();
    private byte[] shown;

    HeadRecorder(java.io.InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      if (b >= 0 && recorded != null) {
        recorded.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws java.io.IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && recorded != null) {
        recorded.write(buf, off, n);
      }
      return n;
    }

    /** Stops recording; returns what was recorded. */
    java.io.ByteArrayOutputStream stopRecording() {
      java.io.ByteArrayOutputStream r = recorded;
      if (r != null) {
        byte[] all = r.toByteArray();
        shown = java.util.Arrays.copyOf(all, Math.min(all.length, SHOWN));
        recorded = null;
      }
      return r == null ? new java.io.ByteArrayOutputStream() : r;
    }

    /** The answer's first bytes, as text, for messages. */
    String shownText() {
      byte[] b = recorded != null ? recorded.toByteArray() : shown;
      return new String(b, 0, Math.min(b.length, SHOWN), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** {@code call} with the answer's first bytes as its body (for messages). */
  private static Call shownCall(Call call, HeadRecorder head) {
    return new Call(call.operation, call.request,
        new WireResponse(call.response.status(), call.response.headers(), head.shownText()),
        call.requestedLimit, call.requestedOffset);
  }

  private static ResponseParseException streamError(Call call, HeadRecorder head, String path, String reason, Throwable cause) {
    return parseError(shownCall(call, head), path, reason, cause);
  }
}
