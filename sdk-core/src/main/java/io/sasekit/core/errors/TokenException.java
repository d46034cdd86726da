package io.sasekit.core.errors;

import java.util.OptionalInt;

/**
 * An OAuth2 access token could not be obtained. The message always names the cause and the token
 * URL: {@code token fetch failed: status=401 body=invalid_client (token URL https://...)} when the
 * identity provider answered, {@code token fetch failed: cannot connect (ConnectException: ...)
 * (token URL https://...)} when it could not be reached (the cause is also attached), {@code token
 * fetch failed: the answer has no access_token (status 200) (token URL ...)} when its answer was
 * unusable. Neither the client secret nor a token appears in it.
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
