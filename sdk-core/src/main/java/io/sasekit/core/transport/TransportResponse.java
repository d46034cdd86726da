package io.sasekit.core.transport;

import java.util.List;
import java.util.Map;

/**
 * One HTTP answer, read completely.
 *
 * @param status the status code
 * @param headers the headers, names in lower case
 * @param body the body as UTF-8 text, empty when there was none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, String body) {

  /** Canonical constructor: copies the headers; a missing body becomes empty. */
  public TransportResponse {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  @Override
  public String toString() {
    return "TransportResponse{status=" + status + ", bodyLength=" + body.length() + "}";
  }
}
