package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.testkit.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the simulator received, as recorded in the {@link RequestJournal}. Header names are
 * lower case; the {@code authorization} header is redacted to its scheme ({@code Bearer ****},
 * {@code Basic ****}) and a {@code client_secret} form field to {@code ****}, so journals can be
 * printed safely.
 *
 * @param method upper-case HTTP method
 * @param path the decoded path, e.g. {@code /sse/config/v1/addresses}
 * @param rawQuery the query string as sent, or {@code null}
 * @param query decoded query parameters
 * @param headers request headers by lower-case name (authorization redacted)
 * @param body the body text ("" when none; secrets redacted)
 * @param status the status answered, or {@code -1} when the connection was closed without one
 * @param receivedAt when the request arrived (simulator clock)
 */
public record RecordedRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    int status,
    Instant receivedAt) {

  /** Canonical constructor: copies the maps. */
  public RecordedRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** The first value of a query parameter. */
  public Optional<String> queryParam(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The first value of a header (name in any case). */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /**
   * The body parsed as JSON, or {@code null} when there is none.
   *
   * @throws java.io.UncheckedIOException when the body is not JSON
   */
  public JsonNode jsonBody() {
    return body.isBlank() ? null : Json.parse(body);
  }

  @Override
  public String toString() {
    return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery) + " -> " + status;
  }
}
