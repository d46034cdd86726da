package io.sasekit.examples;

/**
 * A workflow cannot go on for a reason of the tenant's state rather than an API error (e.g. the
 * remote network to provision exists already). The launcher prints the message and exits with 1.
 */
public final class WorkflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public WorkflowException(String message) {
    super(message);
  }
}
