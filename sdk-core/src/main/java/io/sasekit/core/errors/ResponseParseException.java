package io.sasekit.core.errors;

/**
 * A 2xx answer whose body could not be read as the expected type (truncated or non-JSON body, a
 * shape that fits no known form). The message names the request and shows the body's first 1 KB.
 */
public class ResponseParseException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String body;

  /** Creates the exception. */
  public ResponseParseException(String message, String body, Throwable cause) {
    super(message, cause);
    this.body = body;
  }

  /** The body as received (possibly truncated to what was read). */
  public String body() {
    return body;
  }
}
