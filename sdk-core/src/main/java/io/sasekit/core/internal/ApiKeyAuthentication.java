package io.sasekit.core.internal;

import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.auth.TokenProvider;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The token source of a client authenticated by an {@link io.sasekit.core.auth.ApiKeyCredential}:
 * it never fetches anything and yields an empty bearer, which the transport does not send (the
 * credential's header is added to each request by {@link WireRequestFactory}). A 401 is therefore
 * not retried with a "fresh" token: the same key would be refused again.
 */
final class ApiKeyAuthentication implements TokenProvider {
  static final ApiKeyAuthentication INSTANCE = new ApiKeyAuthentication();
  private static final AccessToken NO_BEARER = new AccessToken("", Instant.MAX);

  private ApiKeyAuthentication() {}

  @Override
  public AccessToken token() {
    return NO_BEARER;
  }

  @Override
  public CompletableFuture<AccessToken> tokenAsync() {
    return CompletableFuture.completedFuture(NO_BEARER);
  }

  @Override
  public String toString() {
    return "api-key";
  }
}
