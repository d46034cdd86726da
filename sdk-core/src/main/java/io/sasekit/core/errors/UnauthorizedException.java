package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** The credentials or token were rejected (401), even after one token refresh. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public UnauthorizedException(
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
