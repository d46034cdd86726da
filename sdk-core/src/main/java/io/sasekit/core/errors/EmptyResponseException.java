package io.sasekit.core.errors;

/**
 * A 2xx answer to a call that expects a body came with an empty body
 * ({@code received empty response from API}).
 */
public class EmptyResponseException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String method;
  private final String path;

  /** Creates the exception for the request and status given. */
  public EmptyResponseException(int status, String method, String path) {
    super("received empty response from API [" + status + "] " + method + " " + path);
    this.status = status;
    this.method = method;
    this.path = path;
  }

  /** HTTP status of the empty answer. */
  public int status() {
    return status;
  }

  /** HTTP method of the request. */
  public String method() {
    return method;
  }

  /** Path of the request. */
  public String path() {
    return path;
  }
}
