package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** Too many requests (429), after all allowed retries. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public RateLimitException(
      int status,
      String method,
      String path,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      String requestId) {
    super(status, method, path, headers, body, errors, requestId);
  }
}
