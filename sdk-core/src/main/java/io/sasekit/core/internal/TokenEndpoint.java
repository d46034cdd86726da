package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.transport.Transport;
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
 * {@link TokenException} at once, whose message names the token URL and the cause. Neither the
 * secret nor the token is ever logged. {@code expires_in} is clamped to
 * [{@link #MIN_LIFETIME}, {@link #MAX_LIFETIME}]: 0 or negative would mean a token per call, a
 * huge value (even {@code 1e30}) a token kept forever.
 */
public final class TokenEndpoint {
  /** Lifetime assumed when the answer has no usable {@code expires_in}. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
  /** The shortest lifetime believed: a smaller (or negative) {@code expires_in} is raised to it. */
  public static final Duration MIN_LIFETIME = Duration.ofSeconds(60);
  /** The longest lifetime believed: a larger {@code expires_in} is cut to it. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(24);
  private static final Logger LOG = LoggerFactory.getLogger("io.sasekit.core.auth");

  private final Transport transport;
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
  public TokenEndpoint(Transport transport, String tokenUrl, String clientId, String clientSecret,
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
    Redactor.registerCredentials(clientId, clientSecret);
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
      response = WireExchange.send(transport, request, null, null);
    } catch (IOException e) {
      wire.failure(request, e, elapsed(start), 1);
      throw failure(e);
    } catch (RuntimeException e) {
      throw failure(e);
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
    WireExchange.sendAsync(transport, request, null, null).whenComplete((r, failure) -> {
      if (failure != null) {
        Throwable c = failure instanceof java.util.concurrent.CompletionException
            && failure.getCause() != null ? failure.getCause() : failure;
        wire.failure(request, c, elapsed(start), 1);
        result.completeExceptionally(failure(c));
        return;
      }
      WireResponse response = WireExchange.toWire(r);
      wire.response(request, response, elapsed(start), 1, null);
      try {
        result.complete(interpret(response, sent));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
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
      throw new TokenException(message("status=" + response.status() + " body="
          + summarize(response.body(), raw)), response.status(), raw);
    }
    JsonNode json;
    try {
      json = JsonMapper.shared().readTree(response.body());
    } catch (IOException | RuntimeException e) {
      // The parser's message may quote the body (and with it a token): keep only its kind.
      throw invalid("the answer is not valid JSON (status " + response.status() + ", "
          + response.body().length() + " chars)");
    }
    if (json == null || !json.isObject()) {
      throw invalid("the answer is not a JSON object (status " + response.status() + ")");
    }
    JsonNode value = json.get("access_token");
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw invalid("the answer has no access_token (status " + response.status() + ")");
    }
    Redactor.registerToken(value.textValue());
    Duration lifetime = lifetime(json.get("expires_in"));
    AccessToken token = new AccessToken(value.textValue(), sent.plus(lifetime));
    if (LOG.isDebugEnabled()) {
      LOG.debug("obtained access token for client {} (scope {}, expires in {} s, at {})",
          clientId, scope == null ? "none" : scope, lifetime.getSeconds(), token.expiresAt());
    }
    return new FetchedToken(token, sent);
  }

  /**
   * The lifetime {@code expires_in} announces, clamped to [{@link #MIN_LIFETIME}, {@link
   * #MAX_LIFETIME}]; {@link #DEFAULT_LIFETIME} when it is missing or not a number.
   */
  static Duration lifetime(JsonNode expiresIn) {
    java.math.BigDecimal seconds = null;
    if (expiresIn != null && expiresIn.isNumber()) {
      seconds = expiresIn.decimalValue();
    } else if (expiresIn != null && expiresIn.isTextual()) {
      try {
        seconds = new java.math.BigDecimal(expiresIn.textValue().strip());
      } catch (NumberFormatException ignored) {
        // not a number: the default
      }
    }
    if (seconds == null) {
      return DEFAULT_LIFETIME;
    }
    if (seconds.compareTo(java.math.BigDecimal.valueOf(MIN_LIFETIME.getSeconds())) < 0) {
      LOG.warn("token endpoint announced expires_in={} s; using {} s", seconds, MIN_LIFETIME.getSeconds());
      return MIN_LIFETIME;
    }
    if (seconds.compareTo(java.math.BigDecimal.valueOf(MAX_LIFETIME.getSeconds())) > 0) {
      LOG.warn("token endpoint announced expires_in={} s; using {} s", seconds, MAX_LIFETIME.getSeconds());
      return MAX_LIFETIME;
    }
    return Duration.ofSeconds(seconds.longValue());
  }

  /** {@code token fetch failed: <reason> (token URL <url>)}: the one message form. */
  String message(String reason) {
    return "token fetch failed: " + reason + " (token URL " + tokenUrl + ")";
  }

  /** The exception for an answer that carries no usable token. */
  private TokenException invalid(String reason) {
    return new TokenException(message(reason), new IOException(reason));
  }

  /** The exception for a failure to get an answer (or any other failure), naming its cause. */
  TokenException failure(Throwable cause) {
    if (cause instanceof TokenException) {
      return (TokenException) cause;
    }
    String kind;
    if (cause instanceof java.net.SocketTimeoutException || cause instanceof java.io.InterruptedIOException) {
      kind = "no answer in time";
    } else if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
      kind = "cannot connect";
    } else if (cause instanceof IOException) {
      kind = "network failure";
    } else if (cause instanceof InterruptedException) {
      kind = "interrupted while waiting";
    } else {
      kind = "unexpected failure";
    }
    String detail = cause == null ? null : cause.getMessage();
    String what = cause == null ? "" : cause.getClass().getSimpleName()
        + (detail == null || detail.isBlank() ? "" : ": " + redactor.scrub(detail));
    return new TokenException(message(kind + (what.isEmpty() ? "" : " (" + what + ")")), cause);
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
