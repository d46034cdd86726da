package io.sasekit.core.internal;

import java.util.List;
import java.util.Map;

/**
 * One HTTP answer, read completely.
 *
 * @param status the status code
 * @param headers the headers, names in lower case
 * @param body the body as UTF-8 text, empty when there was none
 */
public record WireResponse(int status, Map<String, List<String>> headers, String body) {

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
    return "WireResponse{status=" + status + ", bodyLength=" + body.length() + "}";
  }
}
