package io.sasekit.core.transport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP answer, read completely.
 *
 * <p>The body is held as it came (bytes, {@link #of(int, Map, byte[])}) or as text (the
 * constructor); the other form is made on first use, so the SDK's own transport never turns an
 * answer into text that is parsed from its bytes. Equality is by status, headers and body text, as
 * when this class was a record of those three.
 */
public final class TransportResponse {
  private static final byte[] NO_BYTES = new byte[0];

  private final int status;
  private final Map<String, List<String>> headers;
  private volatile byte[] bytes;
  private volatile String text;

  /**
   * An answer whose body is text.
   *
   * @param status the status code
   * @param headers the headers, names in lower case (copied)
   * @param body the body as UTF-8 text, empty when there was none ({@code null} becomes empty)
   */
  public TransportResponse(int status, Map<String, List<String>> headers, String body) {
    this(status, headers, null, body == null ? "" : body);
  }

  private TransportResponse(int status, Map<String, List<String>> headers, byte[] bytes, String text) {
    this.status = status;
    // an immutable map (as the SDK's transport makes) is kept as it is: Map.copyOf returns it
    this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    this.bytes = bytes;
    this.text = text;
  }

  /**
   * An answer whose body is bytes (UTF-8 JSON or text); the text form is decoded on first use.
   *
   * @param status the status code
   * @param headers the headers, names in lower case (copied unless already an immutable map)
   * @param body the body; kept, not copied: the caller must not change it afterwards ({@code null}
   *     becomes empty)
   * @return the answer
   */
  public static TransportResponse of(int status, Map<String, List<String>> headers, byte[] body) {
    return new TransportResponse(status, headers, body == null ? NO_BYTES : body, null);
  }

  /**
   * The status code.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The headers, names in lower case.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body as UTF-8 text, empty when there was none (decoded from the bytes on first use).
   *
   * @return the text, never null
   */
  public String body() {
    String t = text;
    if (t == null) {
      t = new String(bytes, StandardCharsets.UTF_8);
      text = t; // a race decodes twice, to equal strings
    }
    return t;
  }

  /**
   * The body's bytes (UTF-8 when the answer was given as text). The array is this answer's own:
   * read it, do not change it.
   *
   * @return the bytes, empty when there was no body
   */
  public byte[] bodyBytes() {
    byte[] b = bytes;
    if (b == null) {
      b = text.getBytes(StandardCharsets.UTF_8);
      bytes = b;
    }
    return b;
  }

  /**
   * Whether the body is empty or white space only, as {@link String#isBlank()} of {@link #body()};
   * bytes are decoded for this only when one is outside ASCII.
   *
   * @return true when there is no body or only white space
   */
  public boolean bodyBlank() {
    String t = text;
    if (t != null) {
      return t.isBlank();
    }
    for (byte c : bytes) {
      if (c < 0) {
        return body().isBlank();
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransportResponse that && status == that.status && headers.equals(that.headers)
        && body().equals(that.body());
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, body());
  }

  @Override
  public String toString() {
    return "TransportResponse{status=" + status + ", bodyLength=" + body().length() + "}";
  }
}
