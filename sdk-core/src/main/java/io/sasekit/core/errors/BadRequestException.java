package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** The request was rejected as invalid (400). */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public BadRequestException(
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
