package io.sasekit.core.errors;

import java.util.Objects;

/**
 * One entry of the service's {@code _errors} list: a code (e.g. {@code E006}), a message (e.g.
 * {@code Name Not Unique}) and the details as raw JSON text (may be {@code null}).
 *
 * @param code error code, or {@code null}
 * @param message error message, or {@code null}
 * @param details the {@code details} member as compact JSON, or {@code null}
 */
public record ApiError(String code, String message, String details) {
  /** A human-readable form: {@code Name Not Unique (E006)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Objects.requireNonNullElse(message, "error"));
    if (code != null) {
      sb.append(" (").append(code).append(')');
    }
    if (details != null) {
      sb.append(' ').append(details);
    }
    return sb.toString();
  }
}
