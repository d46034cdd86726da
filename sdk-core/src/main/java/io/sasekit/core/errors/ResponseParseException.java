package io.sasekit.core.errors;

/**
 * A 2xx answer whose body could not be read as the expected type (truncated or non-JSON body, a
 * shape that fits no known form). The message names the request and shows the body's first 1 KB.
 */
public class ResponseParseException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String body;
  private final String operation;
  private final String jsonPath;

  /** Creates the exception. */
  public ResponseParseException(String message, String body, Throwable cause) {
    this(message, body, cause, null, null);
  }

  /**
   * Creates the exception naming the operation and where in the answer reading failed.
   *
   * @param operation {@code resource.operation}, or {@code null} when unknown
   * @param jsonPath where in the body, e.g. {@code $.data[3]} or {@code $.limit}, or {@code null}
   */
  public ResponseParseException(String message, String body, Throwable cause, String operation, String jsonPath) {
    super(message, cause);
    this.body = body;
    this.operation = operation;
    this.jsonPath = jsonPath;
  }

  /** The operation ({@code resource.operation}) whose answer could not be read, if known. */
  public java.util.Optional<String> operation() {
    return java.util.Optional.ofNullable(operation);
  }

  /** Where in the body reading failed ({@code $}, {@code $.data[3]}, {@code $.limit}), if known. */
  public java.util.Optional<String> jsonPath() {
    return java.util.Optional.ofNullable(jsonPath);
  }

  /** The body as received (possibly truncated to what was read). */
  public String body() {
    return body;
  }
}
