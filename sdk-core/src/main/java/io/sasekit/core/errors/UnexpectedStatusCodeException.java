package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** A status outside the families above (e.g. 3xx, 418). */
public class UnexpectedStatusCodeException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public UnexpectedStatusCodeException(
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
