package io.sasekit.core.internal;

import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.errors.TokenException;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cached token and at most one refresh in flight: the single-flight heart of the
 * client-credentials flow.
 *
 * <ul>
 *   <li>A token is refreshed once less than the margin remains; a token whose whole lifetime is
 *       shorter than twice the margin is refreshed at half its life.
 *   <li>Any number of concurrent callers on a cold or expiring cache cause exactly one request:
 *       the first becomes the leader and fetches, the others wait for its result.
 *   <li>During an early refresh (the cached token is still valid) nobody waits: every caller but
 *       the synchronous leader keeps using the cached token, and if the refresh fails the leader
 *       does too.
 * </ul>
 *
 * <p>Caches are shared JVM-wide through {@link #shared(TokenCacheKey)}: all providers with the
 * same token URL, client id, scope and secret use one cache (held weakly, so an unused cache is
 * collected with its providers).
 */
public final class TokenCache {
  private static final Logger LOG = LoggerFactory.getLogger("io.sasekit.core.auth");
  private static final ConcurrentHashMap<TokenCacheKey, WeakReference<TokenCache>> SHARED =
      new ConcurrentHashMap<>();

  private volatile Cached current;
  private CompletableFuture<AccessToken> inflight; // guarded by this

  /** A private cache (not shared). */
  public TokenCache() {}

  /** The JVM-wide cache for {@code key}, created on first use. */
  public static TokenCache shared(TokenCacheKey key) {
    SHARED.values().removeIf(ref -> ref.get() == null);
    TokenCache[] result = new TokenCache[1];
    SHARED.compute(key, (k, ref) -> {
      TokenCache cache = ref == null ? null : ref.get();
      if (cache == null) {
        cache = new TokenCache();
        ref = new WeakReference<>(cache);
      }
      result[0] = cache;
      return ref;
    });
    return result[0];
  }

  /**
   * A valid token, blocking while one is fetched when the cache is cold or expired.
   *
   * @throws TokenException when no valid token exists and the fetch fails
   */
  public AccessToken get(Clock clock, Duration margin, TokenEndpoint endpoint) {
    Instant now = clock.instant();
    Cached c = current;
    if (c != null && now.isBefore(c.refreshAt)) {
      return c.token;
    }
    CompletableFuture<AccessToken> promise;
    boolean leader = false;
    synchronized (this) {
      c = current;
      if (c != null && now.isBefore(c.refreshAt)) {
        return c.token;
      }
      if (inflight == null) {
        inflight = new CompletableFuture<>();
        leader = true;
      }
      promise = inflight;
    }
    boolean stillValid = c != null && now.isBefore(c.token.expiresAt());
    if (leader) {
      try {
        return settle(promise, cached(endpoint.fetch(), margin));
      } catch (Error e) {
        fail(promise, endpoint.failure(e));
        throw e;
      } catch (RuntimeException e) {
        TokenException failure = asTokenException(e, endpoint);
        fail(promise, failure);
        if (stillValid && clock.instant().isBefore(c.token.expiresAt())) {
          LOG.warn("early token refresh failed, still using the current token until {}: {}",
              c.token.expiresAt(), failure.getMessage());
          return c.token;
        }
        throw failure;
      }
    }
    if (stillValid) {
      return c.token;
    }
    return await(promise, endpoint);
  }

  /**
   * The asynchronous form of {@link #get}: never blocks. During an early refresh the cached token
   * is returned at once and the refresh completes in the background.
   */
  public CompletableFuture<AccessToken> getAsync(Clock clock, Duration margin, TokenEndpoint endpoint) {
    Instant now = clock.instant();
    Cached c = current;
    if (c != null && now.isBefore(c.refreshAt)) {
      return CompletableFuture.completedFuture(c.token);
    }
    CompletableFuture<AccessToken> promise;
    boolean leader = false;
    synchronized (this) {
      c = current;
      if (c != null && now.isBefore(c.refreshAt)) {
        return CompletableFuture.completedFuture(c.token);
      }
      if (inflight == null) {
        inflight = new CompletableFuture<>();
        leader = true;
      }
      promise = inflight;
    }
    boolean stillValid = c != null && now.isBefore(c.token.expiresAt());
    if (leader) {
      CompletableFuture<TokenEndpoint.FetchedToken> fetch;
      try {
        fetch = endpoint.fetchAsync();
      } catch (RuntimeException e) {
        fetch = CompletableFuture.failedFuture(e);
      }
      fetch.whenComplete((fetched, error) -> {
        if (error == null) {
          settle(promise, cached(fetched, margin));
        } else {
          TokenException failure = asTokenException(error, endpoint);
          if (stillValid) {
            LOG.warn("early token refresh failed, still using the current token: {}",
                failure.getMessage());
          }
          fail(promise, failure);
        }
      });
    }
    if (stillValid) {
      return CompletableFuture.completedFuture(c.token);
    }
    return promise.copy();
  }

  /**
   * Drops {@code rejected} (the service answered 401 with it), so the next caller fetches a new
   * token; a refresh already in flight is left alone, and a token that has already been replaced
   * is not touched.
   */
  public void invalidate(AccessToken rejected) {
    synchronized (this) {
      Cached c = current;
      if (c != null && c.token.equals(rejected)) {
        current = null;
        LOG.debug("access token invalidated after a 401");
      }
    }
  }

  /** The cached token, if any (valid or not); for tests and diagnostics. */
  public AccessToken peek() {
    Cached c = current;
    return c == null ? null : c.token;
  }

  private AccessToken settle(CompletableFuture<AccessToken> promise, Cached fresh) {
    synchronized (this) {
      current = fresh;
      inflight = null;
    }
    promise.complete(fresh.token);
    return fresh.token;
  }

  private void fail(CompletableFuture<AccessToken> promise, TokenException failure) {
    synchronized (this) {
      if (inflight == promise) {
        inflight = null;
      }
    }
    promise.completeExceptionally(failure);
  }

  private static Cached cached(TokenEndpoint.FetchedToken fetched, Duration margin) {
    AccessToken token = fetched.token();
    Instant obtained = fetched.obtainedAt();
    Duration lifetime = Duration.between(obtained, token.expiresAt());
    Instant refreshAt;
    if (token.expiresAt().equals(Instant.MAX)) {
      refreshAt = Instant.MAX;
    } else if (lifetime.compareTo(margin.multipliedBy(2)) < 0) {
      refreshAt = obtained.plus(lifetime.dividedBy(2));
    } else {
      refreshAt = token.expiresAt().minus(margin);
    }
    return new Cached(token, refreshAt);
  }

  private static AccessToken await(CompletableFuture<AccessToken> promise, TokenEndpoint endpoint) {
    try {
      return promise.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw endpoint.failure(e);
    } catch (ExecutionException e) {
      throw asTokenException(e.getCause(), endpoint);
    }
  }

  private static TokenException asTokenException(Throwable t, TokenEndpoint endpoint) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof TokenException
        ? (TokenException) cause
        : endpoint.failure(cause);
  }

  @Override
  public String toString() {
    Cached c = current;
    return "TokenCache{cached=" + (c != null) + (c == null ? "" : ", expiresAt=" + c.token.expiresAt()) + "}";
  }

  private static final class Cached {
    final AccessToken token;
    final Instant refreshAt;

    Cached(AccessToken token, Instant refreshAt) {
      this.token = token;
      this.refreshAt = refreshAt;
    }
  }
}
