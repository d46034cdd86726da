package io.sasekit.core.errors;

/**
 * The unchecked base of every exception the SDK throws. Catch this to handle any SDK failure;
 * catch a subclass to handle one kind. Messages never contain a client secret or a bearer token:
 * every message passes through the SDK's redaction (known secrets and tokens, {@code Bearer} and
 * {@code Basic} credentials and token-shaped members such as {@code access_token} are masked),
 * whatever a server echoed into it.
 */
public class SasekitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public SasekitException(String message) {
    super(io.sasekit.core.internal.Redactor.text(message));
  }

  /** Creates an exception with a message and a cause. */
  public SasekitException(String message, Throwable cause) {
    super(io.sasekit.core.internal.Redactor.text(message), cause);
  }
}
