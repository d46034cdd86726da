package io.sasekit.core.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One HTTP answer: read completely, or (a 2xx answer to a streamed page request) with its body still
 * open as {@link #stream()}.
 *
 * @param status the status code
 * @param headers the headers, names in lower case
 * @param body the body as UTF-8 text, empty when there was none or when it is streamed
 * @param stream the unread body of a streamed answer (its reader closes it), else {@code null}
 */
public record WireResponse(int status, Map<String, List<String>> headers, String body, InputStream stream) {

  /** An answer read completely. */
  public WireResponse(int status, Map<String, List<String>> headers, String body) {
    this(status, headers, body, null);
  }

  /** Whether the status is 2xx. */
  public boolean successful() {
    return status >= 200 && status <= 299;
  }

  /** The first value of a header (name matched case-insensitively), or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WireResponse{status=" + status + (stream != null ? ", streamed" : ", bodyLength=" + body.length()) + "}";
  }
}
