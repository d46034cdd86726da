package io.sasekit.core.errors;

/**
 * A client was configured with a missing or malformed value. Raised by {@code build()} before
 * any network call; the message names the field, e.g. {@code clientId is required}.
 */
public class ConfigurationException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String field;

  /** Creates the exception for {@code field} with a message that names it. */
  public ConfigurationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The configuration field that was wrong, e.g. {@code clientId}. */
  public String field() {
    return field;
  }
}
