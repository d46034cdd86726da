package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** The object conflicts with an existing one, e.g. {@code Name Not Unique} (409). */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public ConflictException(
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
