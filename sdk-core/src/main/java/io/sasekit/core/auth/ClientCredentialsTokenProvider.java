package io.sasekit.core.auth;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.internal.ClientCredentialsFlow;
import io.sasekit.core.internal.HttpTransport;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * OAuth2 client credentials against the Palo Alto Networks identity service: {@code POST
 * tokenUrl} with HTTP Basic {@code clientId:clientSecret} and the form {@code
 * grant_type=client_credentials&scope=tsg_id:<TSG>} (no scope without a TSG id).
 *
 * <ul>
 *   <li><b>Cached, refreshed ahead of expiry:</b> a token is refreshed once less than {@link
 *       ClientOptions#tokenRefreshMargin()} remains; a token whose whole lifetime is shorter than
 *       twice the margin is refreshed at half its life. Expiry is measured with {@link
 *       ClientOptions#clock()}.
 *   <li><b>Single-flight:</b> any number of concurrent callers on a cold or expiring cache cause
 *       exactly one token request; while a still-valid token exists during an early refresh,
 *       callers keep using it.
 *   <li><b>Shared:</b> every provider of the JVM with the same token URL, client id, scope and
 *       client secret shares one cache and one in-flight refresh, whichever client created it.
 *   <li><b>401:</b> {@link #invalidate} drops a token the service rejected; the executor then
 *       retries the call once with a fresh one.
 *   <li><b>Failures</b> raise {@link io.sasekit.core.errors.TokenException}: {@code token fetch
 *       failed: status=401 body=invalid_client} when the identity service refuses, {@code failed
 *       to obtain access token} with the cause attached when it cannot be reached or answers
 *       garbage. Token requests are not retried.
 * </ul>
 *
 * <p>The executor builds one of these itself unless {@link ClientOptions#tokenProvider()} is set;
 * build one directly to obtain tokens for other uses. Thread-safe. Neither {@link #toString()}
 * nor any log line shows the secret or a token.
 */
public final class ClientCredentialsTokenProvider implements TokenProvider {
  private final ClientCredentialsFlow flow;

  private ClientCredentialsTokenProvider(ClientCredentialsFlow flow) {
    this.flow = flow;
  }

  /**
   * A provider for the credentials, TSG id, token URL, clock, refresh margin, timeouts and proxy
   * of {@code options}, sending through {@link ClientOptions#transport()} when set, else through
   * an HTTP client of its own.
   *
   * @throws io.sasekit.core.errors.ConfigurationException when the options carry no client id or
   *     secret
   */
  public static ClientCredentialsTokenProvider of(ClientOptions options) {
    return new ClientCredentialsTokenProvider(
        ClientCredentialsFlow.create(options,
            options.transport().isPresent() ? options.transport().get() : HttpTransport.create(options)));
  }

  @Override
  public AccessToken token() {
    return flow.token();
  }

  @Override
  public CompletableFuture<AccessToken> tokenAsync() {
    return flow.tokenAsync();
  }

  @Override
  public void invalidate(AccessToken rejected) {
    flow.invalidate(rejected);
  }

  /** The token endpoint URL. */
  public String tokenUrl() {
    return flow.tokenUrl();
  }

  /** The OAuth2 client id. */
  public String clientId() {
    return flow.clientId();
  }

  /** The scope requested ({@code tsg_id:<id>}), if a TSG id was configured. */
  public Optional<String> scope() {
    return flow.scope();
  }

  @Override
  public String toString() {
    return flow.toString();
  }
}
