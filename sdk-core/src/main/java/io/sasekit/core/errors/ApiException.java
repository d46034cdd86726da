package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service answered with a non-2xx status. Carries the status, the request's method and path,
 * the response headers, the raw body (at most 1 KB kept in the message, all of it here), every
 * entry of the parsed {@code _errors} list and the {@code _request_id}.
 *
 * <p>Message: {@code API error [409] POST /sse/config/v1/addresses: Name Not Unique (E006, request
 * abcd-1234)}. Subclasses name the status family; the mapping lives in one place
 * ({@link ApiExceptions#forStatus}).
 */
public class ApiException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String method;
  private final String path;
  private final transient Map<String, List<String>> headers;
  private final String body;
  private final List<ApiError> errors;
  private final String requestId;
  private int attempts = 1;

  /** Creates the exception; prefer {@link ApiExceptions#forStatus}. */
  public ApiException(
      int status,
      String method,
      String path,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      String requestId) {
    super(ApiExceptions.message(status, method, path, body, errors, requestId));
    this.status = status;
    this.method = method;
    this.path = path;
    this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    this.body = body;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.requestId = requestId;
  }

  /**
   * The message; after retries it ends with the number of attempts made, e.g. {@code (after 4
   * attempts)}.
   */
  @Override
  public String getMessage() {
    String m = super.getMessage();
    return attempts > 1 ? m + " (after " + attempts + " attempts)" : m;
  }

  /** How many attempts the call made before this answer (1 without retries). */
  public int attempts() {
    return attempts;
  }

  void attempts(int attempts) {
    this.attempts = Math.max(1, attempts);
  }

  /** HTTP status code. */
  public int status() {
    return status;
  }

  /** HTTP method of the request. */
  public String method() {
    return method;
  }

  /** Path of the request, without the query. */
  public String path() {
    return path;
  }

  /** Response headers (names in lower case). */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The raw response body, possibly empty, never {@code null}. */
  public String body() {
    return body == null ? "" : body;
  }

  /** Every entry of the {@code _errors} list, in order; empty when the body had none. */
  public List<ApiError> errors() {
    return errors;
  }

  /** The service's {@code _request_id}, if the body carried one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
