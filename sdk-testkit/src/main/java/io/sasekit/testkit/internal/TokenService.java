package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The identity provider's client-credentials grant: checks the client id and secret (HTTP Basic or
 * form fields), issues random expiring bearer tokens, remembers their scope, and tells the API
 * whether a presented token is valid, unknown or expired. Thread-safe.
 */
public final class TokenService {
  /** Path of the token endpoint. */
  public static final String TOKEN_PATH = "/am/oauth2/access_token";

  /** Outcome of checking a presented bearer token. */
  public enum Check {
    /** Known and not expired. */
    VALID,
    /** No {@code Authorization: Bearer} header. */
    MISSING,
    /** Never issued (or revoked). */
    UNKNOWN,
    /** Issued but past its expiry. */
    EXPIRED
  }

  /**
   * One issued token.
   *
   * @param token the bearer value
   * @param scope the granted scope
   * @param issuedAt when it was issued
   * @param expiresAt when it expires
   */
  public record Issued(String token, String scope, Instant issuedAt, Instant expiresAt) {}

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final String clientId;
  private final String clientSecret;
  private final String tsgId;
  private volatile long expiresInSeconds;
  private final Map<String, Issued> tokens = new LinkedHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger issuedCount = new AtomicInteger();

  /** Creates the service. */
  public TokenService(Clock clock, String clientId, String clientSecret, String tsgId, long expiresInSeconds) {
    this.clock = clock;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.tsgId = tsgId;
    this.expiresInSeconds = expiresInSeconds;
  }

  /** Changes the lifetime of tokens issued from now on. */
  public void expiresInSeconds(long seconds) {
    this.expiresInSeconds = seconds;
  }

  /** Lifetime of new tokens, in seconds. */
  public long expiresInSeconds() {
    return expiresInSeconds;
  }

  /** Handles {@code POST /am/oauth2/access_token}. */
  public SimResponse handle(SimRequest request) {
    requests.incrementAndGet();
    if (!"POST".equals(request.method())) {
      return oauthError(405, "invalid_request", "use POST");
    }
    Map<String, List<String>> form = SimRequest.parseForm(request.body());
    String grant = first(form, "grant_type");
    String id = null;
    String secret = null;
    String auth = request.header("Authorization").orElse("");
    if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon >= 0) {
          id = pair.substring(0, colon);
          secret = pair.substring(colon + 1);
        }
      } catch (IllegalArgumentException e) {
        return oauthError(401, "invalid_client", "malformed basic credentials");
      }
    } else {
      id = first(form, "client_id");
      secret = first(form, "client_secret");
    }
    if (id == null || secret == null || !constantTimeEquals(id, clientId)
        || !constantTimeEquals(secret, clientSecret)) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    if (!"client_credentials".equals(grant)) {
      return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials");
    }
    String scope = first(form, "scope");
    if (scope != null && scope.contains("tsg_id:") && !scope.contains("tsg_id:" + tsgId)) {
      return oauthError(400, "invalid_scope", "unknown tenant service group in scope");
    }
    Issued issued = issue(scope == null ? "" : scope);
    ObjectNode body = Json.object();
    body.put("access_token", issued.token());
    body.put("scope", issued.scope());
    body.put("token_type", "Bearer");
    body.put("expires_in", expiresInSeconds);
    return SimResponse.json(200, body)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
  }

  /** Issues a token directly (no HTTP), with the given scope. */
  public Issued issue(String scope) {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String token = "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = clock.instant();
    Issued issued = new Issued(token, scope, now, now.plusSeconds(expiresInSeconds));
    synchronized (tokens) {
      tokens.put(token, issued);
    }
    issuedCount.incrementAndGet();
    return issued;
  }

  /** Checks the {@code Authorization} header of an API request. */
  public Check check(SimRequest request) {
    String auth = request.header("Authorization").orElse(null);
    if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Check.MISSING;
    }
    Issued issued;
    synchronized (tokens) {
      issued = tokens.get(auth.substring(7).trim());
    }
    if (issued == null) {
      return Check.UNKNOWN;
    }
    return clock.instant().isBefore(issued.expiresAt()) ? Check.VALID : Check.EXPIRED;
  }

  /** The issued token a request presents, if it is known. */
  public Issued presented(SimRequest request) {
    String auth = request.header("Authorization").orElse("");
    if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    synchronized (tokens) {
      return tokens.get(auth.substring(7).trim());
    }
  }

  /** Every token issued so far, oldest first. */
  public List<Issued> issued() {
    synchronized (tokens) {
      return new ArrayList<>(tokens.values());
    }
  }

  /** Forgets every token: API calls with them answer 401 until a new one is fetched. */
  public void revokeAll() {
    synchronized (tokens) {
      tokens.clear();
    }
  }

  /** Token endpoint calls received (successful or not). */
  public int requestCount() {
    return requests.get();
  }

  /** Tokens issued. */
  public int issuedCount() {
    return issuedCount.get();
  }

  /** Resets counters and forgets tokens. */
  public void reset() {
    revokeAll();
    requests.set(0);
    issuedCount.set(0);
  }

  /** The scope a token must carry for APIs that need a tenant. */
  public String tsgScope() {
    return "tsg_id:" + tsgId;
  }

  private static String first(Map<String, List<String>> form, String key) {
    List<String> v = form.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static SimResponse oauthError(int status, String error, String description) {
    ObjectNode body = Json.object();
    body.put("error", error);
    body.put("error_description", description);
    return SimResponse.json(status, body);
  }
}
