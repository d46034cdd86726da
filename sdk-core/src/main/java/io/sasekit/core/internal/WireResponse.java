package io.sasekit.core.internal;

import io.sasekit.core.transport.TransportResponse;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One HTTP answer: read completely (its body as the transport gave it, bytes or text, the other
 * form made on first use), or (a 2xx answer to a streamed page request) with its body still open as
 * {@link #stream()}.
 */
public final class WireResponse {
  private final TransportResponse whole;
  private final InputStream stream;

  private WireResponse(TransportResponse whole, InputStream stream) {
    this.whole = whole;
    this.stream = stream;
  }

  /**
   * An answer whose body is still open, or read completely.
   *
   * @param status the status code
   * @param headers the headers, names in lower case
   * @param body the body as UTF-8 text, empty when there was none or when it is streamed
   * @param stream the unread body of a streamed answer (its reader closes it), else {@code null}
   */
  public WireResponse(int status, Map<String, List<String>> headers, String body, InputStream stream) {
    this(new TransportResponse(status, headers, body), stream);
  }

  /** An answer read completely, its body as text. */
  public WireResponse(int status, Map<String, List<String>> headers, String body) {
    this(status, headers, body, null);
  }

  /** An answer read completely, as a transport returned it (the body's bytes are not copied). */
  public static WireResponse of(TransportResponse response) {
    return new WireResponse(response, null);
  }

  /** The status code. */
  public int status() {
    return whole.status();
  }

  /** The headers, names in lower case. */
  public Map<String, List<String>> headers() {
    return whole.headers();
  }

  /** The body as UTF-8 text, empty when there was none or when it is streamed. */
  public String body() {
    return whole.body();
  }

  /** The body's bytes (the answer's own array: not to be changed), empty as {@link #body()} is. */
  public byte[] bodyBytes() {
    return whole.bodyBytes();
  }

  /**
   * Whether the body read is empty or white space only ({@link String#isBlank()} of {@link #body()}).
   */
  public boolean bodyBlank() {
    return whole.bodyBlank();
  }

  /** The unread body of a streamed answer (its reader closes it), else {@code null}. */
  public InputStream stream() {
    return stream;
  }

  /** Whether the status is 2xx. */
  public boolean successful() {
    return status() >= 200 && status() <= 299;
  }

  /** The first value of a header (name matched case-insensitively), or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WireResponse{status=" + status() + (stream != null ? ", streamed" : ", bodyLength=" + body().length()) + "}";
  }
}
