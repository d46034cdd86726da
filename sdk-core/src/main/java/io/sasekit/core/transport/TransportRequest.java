package io.sasekit.core.transport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as a {@link Transport} sends it.
 *
 * @param method HTTP method in upper case
 * @param url the full URL, already percent-encoded
 * @param headers header name/value pairs in order, {@code Authorization} included when present
 * @param body the body bytes, or {@code null}
 * @param contentType the body's media type, or {@code null} without a body
 * @param timeout bound of this exchange, or {@code null} for the transport's own
 */
public record TransportRequest(
    String method,
    String url,
    List<Map.Entry<String, String>> headers,
    byte[] body,
    String contentType,
    Duration timeout) {

  /** Canonical constructor: copies the header list. */
  public TransportRequest {
    headers = List.copyOf(headers);
  }

  /** Header values are never shown: they may carry credentials. */
  @Override
  public String toString() {
    return "TransportRequest{" + method + " " + url.replaceAll("\\?.*", "") + ", headers="
        + headers.stream().map(Map.Entry::getKey).toList() + ", bodyBytes="
        + (body == null ? 0 : body.length) + "}";
  }
}
