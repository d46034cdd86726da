package io.sasekit.core.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request failed client-side validation against the operation's constraints; nothing was sent.
 * Each {@link Violation} names the field path (e.g. {@code body.ip_netmask}, {@code query.folder}),
 * the constraint (e.g. {@code maxLength=63}) and the offending value, unless the field is secret.
 */
public class ValidationException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String operation;
  private final List<Violation> violations;

  /**
   * One failed constraint.
   *
   * @param path field path, e.g. {@code body.name} or {@code query.folder}
   * @param constraint the constraint, e.g. {@code required}, {@code maxLength=63}, {@code pattern=^...$}
   * @param value the offending value as text, {@code null} when absent or secret
   * @param message a readable sentence
   */
  public record Violation(String path, String constraint, String value, String message) {
    @Override
    public String toString() {
      return message;
    }
  }

  /** Creates the exception for the operation (e.g. {@code address.create}) and its violations. */
  public ValidationException(String operation, List<Violation> violations) {
    super(
        "invalid request for "
            + operation
            + ": "
            + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    this.operation = operation;
    this.violations = List.copyOf(violations);
  }

  /** The operation, as {@code resource.operation}. */
  public String operation() {
    return operation;
  }

  /** Every violation found (at least one). */
  public List<Violation> violations() {
    return violations;
  }
}
