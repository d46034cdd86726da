package io.sasekit.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What makes two token providers share one cache: same token URL, client id and scope, and the
 * same secret, compared through its SHA-256 digest (a rotated secret gets a fresh cache). The
 * secret itself is never kept, and {@link #toString()} does not show the digest either.
 */
public final class TokenCacheKey {
  private final String tokenUrl;
  private final String clientId;
  private final String scope;
  private final String secretDigest;

  /** Creates the key; {@code scope} may be {@code null}. */
  public TokenCacheKey(String tokenUrl, String clientId, String scope, String clientSecret) {
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.scope = scope;
    this.secretDigest = digest(clientSecret == null ? "" : clientSecret);
  }

  private static String digest(String secret) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TokenCacheKey)) {
      return false;
    }
    TokenCacheKey k = (TokenCacheKey) o;
    return tokenUrl.equals(k.tokenUrl)
        && clientId.equals(k.clientId)
        && Objects.equals(scope, k.scope)
        && MessageDigest.isEqual(
            secretDigest.getBytes(StandardCharsets.US_ASCII),
            k.secretDigest.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return Objects.hash(tokenUrl, clientId, scope, secretDigest);
  }

  @Override
  public String toString() {
    return "TokenCacheKey{tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", scope=" + scope + "}";
  }
}
