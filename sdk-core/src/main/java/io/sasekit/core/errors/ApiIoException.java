package io.sasekit.core.errors;

/**
 * A network failure (connection refused, timeout, reset, DNS) that persisted after all allowed
 * retries, or that could not be retried safely. Carries the request's method and path.
 */
public class ApiIoException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String method;
  private final String path;
  private final int attempts;

  /** Creates the exception; the message names method, path and the number of attempts. */
  public ApiIoException(String method, String path, int attempts, Throwable cause) {
    super("I/O error on " + method + " " + path + " after " + attempts
        + (attempts == 1 ? " attempt" : " attempts") + ": " + describe(cause), cause);
    this.method = method;
    this.path = path;
    this.attempts = attempts;
  }

  private static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown";
    }
    String m = cause.getMessage();
    return cause.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
  }

  /** HTTP method of the failed request. */
  public String method() {
    return method;
  }

  /** Path (without query) of the failed request. */
  public String path() {
    return path;
  }

  /** How many attempts were made. */
  public int attempts() {
    return attempts;
  }
}
