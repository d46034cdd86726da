package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** The caller is authenticated but lacks the role for this resource (403). */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public PermissionDeniedException(
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
