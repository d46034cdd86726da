package io.sasekit.core.errors;

import java.util.OptionalInt;

/**
 * An OAuth2 access token could not be obtained. The message reads
 * {@code token fetch failed: status=401 body=invalid_client} when the identity provider answered,
 * or {@code failed to obtain access token} (with the cause attached) when it could not be reached.
 * The client secret never appears in it.
 */
public class TokenException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final Integer status;
  private final String body;

  /** Creates the exception for an answer of the identity provider. */
  public TokenException(String message, int status, String body) {
    super(message);
    this.status = status;
    this.body = body;
  }

  /** Creates the exception for a failure to reach the identity provider. */
  public TokenException(String message, Throwable cause) {
    super(message, cause);
    this.status = null;
    this.body = null;
  }

  /** HTTP status of the token endpoint's answer, if it answered. */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** The token endpoint's body (at most 1 KB), or {@code null} when it did not answer. */
  public String body() {
    return body;
  }
}
