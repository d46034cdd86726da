package io.sasekit.codegen.resolve;

/** A spec file could not be found with its pinned hash; the message says where it looked. */
public final class SpecResolutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a complete, human-readable message. */
  public SpecResolutionException(String message) {
    super(message);
  }
}
