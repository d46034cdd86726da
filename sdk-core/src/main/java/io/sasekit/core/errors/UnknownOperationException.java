package io.sasekit.core.errors;

import java.util.List;

/**
 * A resource or operation name that the registry does not know, e.g. from the dynamic door.
 * Messages read {@code unsupported resource: addresses} or {@code unsupported operation:
 * address.move (valid: list, create, get, update, delete)}.
 */
public class UnknownOperationException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String resource;
  private final String operation;
  private final List<String> valid;

  /** Creates the exception; {@code operation} is {@code null} when the resource is unknown. */
  public UnknownOperationException(String resource, String operation, List<String> valid) {
    super(
        operation == null
            ? "unsupported resource: " + resource
            : "unsupported operation: " + resource + "." + operation
                + " (valid: " + String.join(", ", valid) + ")");
    this.resource = resource;
    this.operation = operation;
    this.valid = List.copyOf(valid);
  }

  /** The resource name asked for. */
  public String resource() {
    return resource;
  }

  /** The operation name asked for, or {@code null} when the resource itself is unknown. */
  public String operation() {
    return operation;
  }

  /** The valid names (operations of the resource, or resources when the resource was unknown). */
  public List<String> valid() {
    return valid;
  }
}
