package io.sasekit.core.auth;

import java.util.concurrent.CompletableFuture;

/**
 * The source of bearer tokens. The default is the OAuth2 client-credentials provider built from
 * {@link io.sasekit.core.ClientOptions}; callers may supply a ready token ({@link #ofStatic}) or
 * their own store. Implementations must be thread-safe.
 */
public interface TokenProvider {
  /** A valid token, fetching or refreshing it when needed. */
  AccessToken token();

  /**
   * The asynchronous form of {@link #token()}. The default runs {@link #token()} on the common
   * pool; providers that can fetch without blocking, or that hold a token, override it. The
   * pipeline uses this form on both paths, so that a call's budget bounds the wait for a token.
   */
  default CompletableFuture<AccessToken> tokenAsync() {
    return CompletableFuture.supplyAsync(this::token);
  }

  /**
   * Tells the provider that the service rejected {@code rejected} (401), so the next call to
   * {@link #token()} must not return it. The default does nothing.
   */
  default void invalidate(AccessToken rejected) {}

  /** A provider that always returns the given token (it never expires as far as the SDK knows). */
  static TokenProvider ofStatic(String bearerToken) {
    AccessToken t = new AccessToken(bearerToken, java.time.Instant.MAX);
    return new TokenProvider() {
      @Override
      public AccessToken token() {
        return t;
      }

      @Override
      public CompletableFuture<AccessToken> tokenAsync() {
        return CompletableFuture.completedFuture(t);
      }

      @Override
      public String toString() {
        return "TokenProvider.ofStatic(****)";
      }
    };
  }
}
