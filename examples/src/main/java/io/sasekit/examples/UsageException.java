package io.sasekit.examples;

/**
 * Bad command-line arguments or environment: the launcher prints the message and the example's
 * usage on stderr and exits with code 2. Nothing has been sent to any API when it is thrown.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what is wrong with the arguments. */
  public UsageException(String message) {
    super(message);
  }
}
