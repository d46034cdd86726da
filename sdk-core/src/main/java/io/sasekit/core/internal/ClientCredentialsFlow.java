package io.sasekit.core.internal;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.transport.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The OAuth2 client-credentials {@link TokenProvider} behind both the executor and the public
 * {@link io.sasekit.core.auth.ClientCredentialsTokenProvider}: a {@link TokenEndpoint} that
 * fetches, and the JVM-wide {@link TokenCache} for (token URL, client id, scope, secret).
 */
public final class ClientCredentialsFlow implements TokenProvider {
  private final TokenCacheKey key;
  private final TokenCache cache;
  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final Duration margin;
  private final String clientId;

  private ClientCredentialsFlow(ClientOptions options, Transport transport) {
    if (options.clientId() == null || options.clientSecret() == null
        || options.clientSecret().isEmpty()) {
      throw new ConfigurationException(options.clientId() == null ? "clientId" : "clientSecret",
          (options.clientId() == null ? "clientId" : "clientSecret")
              + " is required for OAuth2 client credentials");
    }
    String scope = options.tsgId().map(t -> "tsg_id:" + t).orElse(null);
    this.clientId = options.clientId();
    this.key = new TokenCacheKey(options.tokenUrl(), clientId, scope, options.clientSecret());
    this.cache = TokenCache.shared(key);
    this.clock = options.clock();
    this.margin = options.tokenRefreshMargin();
    this.endpoint = new TokenEndpoint(transport, options.tokenUrl(), clientId,
        options.clientSecret(), scope, clock,
        SdkVersion.userAgent(options.userAgentSuffix().orElse(null)),
        new Redactor(List.of(options.clientSecret())));
  }

  /** The flow for {@code options}, sending through {@code transport}. */
  public static ClientCredentialsFlow create(ClientOptions options, Transport transport) {
    return new ClientCredentialsFlow(options, transport);
  }

  @Override
  public AccessToken token() {
    return cache.get(clock, margin, endpoint);
  }

  @Override
  public CompletableFuture<AccessToken> tokenAsync() {
    try {
      return cache.getAsync(clock, margin, endpoint);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public void invalidate(AccessToken rejected) {
    cache.invalidate(rejected);
  }

  /** The token endpoint URL. */
  public String tokenUrl() {
    return endpoint.tokenUrl();
  }

  /** The client id. */
  public String clientId() {
    return clientId;
  }

  /** The scope asked for ({@code tsg_id:<id>}), if any. */
  public Optional<String> scope() {
    return Optional.ofNullable(endpoint.scope());
  }

  /** The shared cache (for diagnostics and tests). */
  public TokenCache cache() {
    return cache;
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenProvider{tokenUrl=" + endpoint.tokenUrl() + ", clientId="
        + clientId + ", scope=" + endpoint.scope() + ", refreshMargin=" + margin + "}";
  }
}
