package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the OAuth2 client-credentials grant: {@code POST tokenUrl} with HTTP Basic
 * {@code clientId:clientSecret} and the form {@code grant_type=client_credentials[&scope=tsg_id:<id>]};
 * reads {@code {access_token, expires_in, token_type, scope}}. Never retried: a failure becomes a
 * {@link TokenException} at once. Neither the secret nor the token is ever logged.
 */
public final class TokenEndpoint {
  /** Lifetime assumed when the answer has no usable {@code expires_in}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
  private static final Logger LOG = LoggerFactory.getLogger("io.sasekit.core.auth");
  private static final String FAILED = "failed to obtain access token";

  private final HttpTransport transport;
  private final String tokenUrl;
  private final String clientId;
  private final String basicCredentials;
  private final String scope;
  private final Clock clock;
  private final String userAgent;
  private final WireLogger wire;
  private final Redactor redactor;

  /**
   * Creates the endpoint.
   *
   * @param scope the OAuth2 scope ({@code tsg_id:<id>}), or {@code null} for none
   */
  public TokenEndpoint(HttpTransport transport, String tokenUrl, String clientId, String clientSecret,
      String scope, Clock clock, String userAgent, Redactor redactor) {
    this.transport = transport;
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.basicCredentials = "Basic " + Base64.getEncoder().encodeToString(
        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.scope = scope;
    this.clock = clock;
    this.userAgent = userAgent;
    this.redactor = redactor;
    this.wire = new WireLogger(redactor);
  }

  /** The token endpoint URL. */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** The scope asked for, or {@code null}. */
  public String scope() {
    return scope;
  }

  /** The clock expiry is measured with. */
  public Clock clock() {
    return clock;
  }

  /**
   * Fetches a token, blocking.
   *
   * @throws TokenException when the endpoint cannot be reached or refuses
   */
  public FetchedToken fetch() {
    WireRequest request = request();
    Instant sent = clock.instant();
    long start = System.nanoTime();
    wire.request(request, 1);
    WireResponse response;
    try {
      response = transport.execute(request, null, null);
    } catch (IOException e) {
      wire.failure(request, e, elapsed(start), 1);
      throw new TokenException(FAILED, e);
    } catch (RuntimeException e) {
      throw new TokenException(FAILED, e);
    }
    wire.response(request, response, elapsed(start), 1, null);
    return interpret(response, sent);
  }

  /** Fetches a token without blocking; the future fails with a {@link TokenException}. */
  public CompletableFuture<FetchedToken> fetchAsync() {
    CompletableFuture<FetchedToken> result = new CompletableFuture<>();
    WireRequest request = request();
    Instant sent = clock.instant();
    long start = System.nanoTime();
    wire.request(request, 1);
    transport.enqueue(request, null, null, new HttpTransport.ResultCallback() {
      @Override
      public void onResponse(WireResponse response) {
        wire.response(request, response, elapsed(start), 1, null);
        try {
          result.complete(interpret(response, sent));
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(IOException failure) {
        wire.failure(request, failure, elapsed(start), 1);
        result.completeExceptionally(new TokenException(FAILED, failure));
      }
    });
    return result;
  }

  private WireRequest request() {
    String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope);
    String path;
    try {
      path = URI.create(tokenUrl).getRawPath();
    } catch (IllegalArgumentException e) {
      path = tokenUrl;
    }
    return new WireRequest("POST", tokenUrl, path,
        List.of(Map.entry("Authorization", basicCredentials),
            Map.entry("Accept", "application/json"),
            Map.entry("User-Agent", userAgent)),
        form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", true);
  }

  private FetchedToken interpret(WireResponse response, Instant sent) {
    if (!response.successful()) {
      String raw = redactor.scrub(ApiExceptions.truncate(response.body().strip()));
      throw new TokenException("token fetch failed: status=" + response.status() + " body="
          + summarize(response.body(), raw), response.status(), raw);
    }
    JsonNode json;
    try {
      json = JsonMapper.shared().readTree(response.body());
    } catch (IOException | RuntimeException e) {
      // The parser's message may quote the body (and with it a token): keep only its kind.
      throw new TokenException(FAILED, new IOException(
          "token response is not valid JSON (" + response.body().length() + " chars)"));
    }
    if (json == null || !json.isObject()) {
      throw new TokenException(FAILED, new IOException(
          "token response is not a JSON object (status " + response.status() + ")"));
    }
    JsonNode value = json.get("access_token");
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new TokenException(FAILED, new IOException("token response has no access_token"));
    }
    Duration lifetime = lifetime(json.get("expires_in"));
    AccessToken token = new AccessToken(value.textValue(), sent.plus(lifetime));
    if (LOG.isDebugEnabled()) {
      LOG.debug("obtained access token for client {} (scope {}, expires in {} s, at {})",
          clientId, scope == null ? "none" : scope, lifetime.getSeconds(), token.expiresAt());
    }
    return new FetchedToken(token, sent);
  }

  private static Duration lifetime(JsonNode expiresIn) {
    if (expiresIn != null) {
      if (expiresIn.isNumber()) {
        return Duration.ofSeconds(Math.max(0, expiresIn.longValue()));
      }
      if (expiresIn.isTextual()) {
        try {
          return Duration.ofSeconds(Math.max(0, Long.parseLong(expiresIn.textValue().strip())));
        } catch (NumberFormatException ignored) {
          // fall through to the default
        }
      }
    }
    return DEFAULT_LIFETIME;
  }

  /** {@code error (error_description)} from a JSON error answer, else the raw (cut) body. */
  private String summarize(String body, String raw) {
    try {
      JsonNode json = JsonMapper.shared().readTree(body);
      if (json != null && json.isObject() && json.hasNonNull("error")) {
        String error = json.get("error").asText();
        String description = json.path("error_description").asText("");
        String s = description.isBlank() ? error : error + " (" + description + ")";
        return redactor.scrub(ApiExceptions.truncate(s));
      }
    } catch (IOException | RuntimeException ignored) {
      // not JSON: show the raw body
    }
    return raw.isEmpty() ? "<empty>" : raw;
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public String toString() {
    return "TokenEndpoint{tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", scope=" + scope + "}";
  }

  /**
   * A token just obtained.
   *
   * @param token the token
   * @param obtainedAt when it was requested (its lifetime counts from here)
   */
  public record FetchedToken(AccessToken token, Instant obtainedAt) {}
}
