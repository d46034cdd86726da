package io.sasekit.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answer of a successful call together with what the typed result leaves out: the HTTP status,
 * the response headers and the service's request id (for support tickets). Obtain one with the
 * generated clients' {@code withRawResponse(...)}, or {@code OperationExecutor.executeRaw}.
 *
 * <pre>{@code
 * RawResponse<Address> r = client.withRawResponse(c -> c.addresses().get(id));
 * r.status(); r.requestId(); r.header("etag"); Address a = r.value();
 * }</pre>
 *
 * @param <T> the type of the parsed value
 */
public final class RawResponse<T> {
  private final int status;
  private final Map<String, List<String>> headers;
  private final String body;
  private final String requestId;
  private final T value;

  /**
   * Creates the raw response.
   *
   * @param headers names in lower case
   * @param requestId the {@code x-request-id} header or the body's {@code _request_id}, or {@code null}
   */
  public RawResponse(int status, Map<String, List<String>> headers, String body, String requestId, T value) {
    this.status = status;
    this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    this.body = body == null ? "" : body;
    this.requestId = requestId;
    this.value = value;
  }

  /** The HTTP status (2xx). */
  public int status() {
    return status;
  }

  /** Every response header, names in lower case. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (name matched case-insensitively). */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** The service's request id: the {@code x-request-id} header, else the body's {@code _request_id}. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The body as received (UTF-8 text, empty when there was none). */
  public String body() {
    return body;
  }

  /** The parsed value, as the typed call returns it ({@code null} for operations without one). */
  public T value() {
    return value;
  }

  /** This response carrying another value (same status, headers and request id). */
  public <U> RawResponse<U> withValue(U other) {
    return new RawResponse<>(status, headers, body, requestId, other);
  }

  /** This response with its value transformed. */
  public <U> RawResponse<U> map(Function<? super T, ? extends U> f) {
    return withValue(f.apply(value));
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + status + ", requestId=" + requestId + ", bodyLength="
        + body.length() + "}";
  }
}
