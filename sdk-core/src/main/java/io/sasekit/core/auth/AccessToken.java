package io.sasekit.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it expires. {@link #toString()} never shows the token.
 */
public final class AccessToken {
  private final String value;
  private final Instant expiresAt;

  /**
   * Creates a token.
   *
   * @param value the bearer token
   * @param expiresAt when it expires ({@link Instant#MAX} for a token that does not)
   */
  public AccessToken(String value, Instant expiresAt) {
    this.value = Objects.requireNonNull(value, "value");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The bearer token. Never log it. */
  public String value() {
    return value;
  }

  /** When the token expires. */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken
        && ((AccessToken) o).value.equals(value)
        && ((AccessToken) o).expiresAt.equals(expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken{value=****, expiresAt=" + expiresAt + "}";
  }
}
