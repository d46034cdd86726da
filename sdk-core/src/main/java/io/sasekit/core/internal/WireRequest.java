package io.sasekit.core.internal;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the transport sends it, free of any HTTP library type.
 *
 * @param method HTTP method in upper case
 * @param url the full URL, already percent-encoded
 * @param path the path without query, for messages and logs
 * @param headers header name/value pairs in order (no {@code Authorization}: added per attempt)
 * @param body the body bytes, or {@code null}
 * @param contentType the body's media type, or {@code null} without a body
 * @param sensitiveBody whether the body must never be logged (token requests)
 */
public record WireRequest(
    String method,
    String url,
    String path,
    List<Map.Entry<String, String>> headers,
    byte[] body,
    String contentType,
    boolean sensitiveBody) {

  /** Canonical constructor: copies the header list. */
  public WireRequest {
    headers = List.copyOf(headers);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
