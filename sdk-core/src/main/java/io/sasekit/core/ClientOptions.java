package io.sasekit.core;

import io.sasekit.core.auth.ApiKeyCredential;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.internal.Loopback;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import io.sasekit.core.retry.RetryPolicy;
import io.sasekit.core.retry.Sleeper;
import io.sasekit.core.transport.Transport;

/**
 * Everything a client needs to reach the service: credentials, URLs, timeouts, retry and token
 * settings. Immutable; build it with {@link #builder()}, read the {@code PANW_*} and proxy
 * variables with {@link Builder#fromEnv()}, derive a variant with {@link #toBuilder()}. Missing or
 * malformed values fail in {@link Builder#build()} with a {@link ConfigurationException} naming
 * the field, before any network call. {@link #toString()} never shows the client secret or the
 * proxy password.
 *
 * <p>The core knows no API: the base URL has no default here; API clients supply theirs through
 * {@link Builder#defaultBaseUrl} and name the options their API cannot work without through
 * {@link Builder#require} (Prisma Access requires {@code tsgId}).
 */
public final class ClientOptions {
  /** Default OAuth2 token endpoint (the Palo Alto Networks identity service, shared by every API). */
  public static final String DEFAULT_TOKEN_URL =
      "https://auth.apps.paloaltonetworks.com/am/oauth2/access_token";
  /** Path appended to a token URL given as a bare host. */
  static final String TOKEN_PATH = "/am/oauth2/access_token";

  /** Environment variable names read by {@link Builder#fromEnv()}. */
  public static final String ENV_CLIENT_ID = "PANW_CLIENT_ID";
  /** See {@link #ENV_CLIENT_ID}. */
  public static final String ENV_CLIENT_SECRET = "PANW_CLIENT_SECRET";
  /** See {@link #ENV_CLIENT_ID}. */
  public static final String ENV_TSG_ID = "PANW_TSG_ID";
  /** See {@link #ENV_CLIENT_ID}. */
  public static final String ENV_BASE_URL = "PANW_BASE_URL";
  /** See {@link #ENV_CLIENT_ID}. */
  public static final String ENV_TOKEN_BASE_URL = "PANW_TOKEN_BASE_URL";
  /** The standard proxy variables read by {@link Builder#fromEnv()} (lower case wins). */
  public static final List<String> ENV_HTTPS_PROXY = List.of("https_proxy", "HTTPS_PROXY");
  /** See {@link #ENV_HTTPS_PROXY}. */
  public static final List<String> ENV_NO_PROXY = List.of("no_proxy", "NO_PROXY");

  private final String clientId;
  private final String clientSecret;
  private final String tsgId;
  private final String baseUrl;
  private final String tokenUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final Duration backoffBase;
  private final Duration backoffCap;
  private final Duration tokenRefreshMargin;
  private final String userAgentSuffix;
  private final ProxySettings proxy;
  private final Duration totalTimeout;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Transport transport;
  private final UnaryOperator<Transport> transportCustomizer;
  private final TokenProvider tokenProvider;
  private final ApiKeyCredential apiKey;
  private final Clock clock;
  private final boolean validation;
  private final int pageSize;
  private final boolean allowInsecureHttp;
  private final Set<String> requiredOptions;

  private ClientOptions(Builder b, Resolved r) {
    this.clientId = r.clientId;
    this.clientSecret = r.clientSecret;
    this.tsgId = r.tsgId;
    this.baseUrl = r.baseUrl;
    this.tokenUrl = r.tokenUrl;
    this.proxy = r.proxy;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.backoffBase = b.backoffBase;
    this.backoffCap = b.backoffCap;
    this.tokenRefreshMargin = b.tokenRefreshMargin;
    this.userAgentSuffix = b.userAgentSuffix;
    this.totalTimeout = b.totalTimeout;
    this.retryPolicy = b.retryPolicy;
    this.sleeper = b.sleeper;
    this.transport = b.transport;
    this.transportCustomizer = b.transportCustomizer;
    this.tokenProvider = b.tokenProvider;
    this.apiKey = b.apiKey;
    this.clock = b.clock;
    this.validation = b.validation;
    this.pageSize = b.pageSize;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.requiredOptions = Collections.unmodifiableSet(new LinkedHashSet<>(b.requiredOptions));
  }

  /** A new builder with defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options (every value as if set explicitly), to derive a variant.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.clientId = clientId;
    b.clientSecret = clientSecret.isEmpty() ? null : clientSecret;
    b.tsgId = tsgId;
    b.baseUrl = baseUrl;
    b.tokenUrl = tokenUrl;
    b.proxy = proxy;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.maxRetries = maxRetries;
    b.backoffBase = backoffBase;
    b.backoffCap = backoffCap;
    b.tokenRefreshMargin = tokenRefreshMargin;
    b.userAgentSuffix = userAgentSuffix;
    b.totalTimeout = totalTimeout;
    b.retryPolicy = retryPolicy;
    b.sleeper = sleeper;
    b.transport = transport;
    b.transportCustomizer = transportCustomizer;
    b.tokenProvider = tokenProvider;
    b.apiKey = apiKey;
    b.clock = clock;
    b.validation = validation;
    b.pageSize = pageSize;
    b.allowInsecureHttp = allowInsecureHttp;
    b.requiredOptions.addAll(requiredOptions);
    return b;
  }

  /** OAuth2 client id (not secret). */
  public String clientId() {
    return clientId;
  }

  /** OAuth2 client secret, exactly as given. Never log it. Empty when a {@link TokenProvider} was supplied. */
  public String clientSecret() {
    return clientSecret;
  }

  /** Tenant Service Group id (the OAuth2 scope {@code tsg_id:<id>}), if configured. */
  public Optional<String> tsgId() {
    return Optional.ofNullable(tsgId);
  }

  /** API base URL, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** OAuth2 token endpoint URL. */
  public String tokenUrl() {
    return tokenUrl;
  }

  /** TCP connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Socket read timeout. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Timeout of one whole HTTP exchange ({@link Duration#ZERO} = none). */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** How many times a failed call is retried (default 3). */
  public int maxRetries() {
    return maxRetries;
  }

  /** First backoff delay (default 1 s); it doubles per retry. */
  public Duration backoffBase() {
    return backoffBase;
  }

  /** Largest backoff delay (default 30 s). */
  public Duration backoffCap() {
    return backoffCap;
  }

  /** A token is refreshed when less than this remains (default 5 minutes). */
  public Duration tokenRefreshMargin() {
    return tokenRefreshMargin;
  }

  /** Appended to the {@code User-Agent} header, if set. */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /** HTTP proxy (set explicitly or read from {@code HTTPS_PROXY}/{@code NO_PROXY}), if any. */
  public Optional<ProxySettings> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * The default bound of one whole call, token fetch, attempts and waits included (default 3
   * minutes); {@code RequestOptions.timeout} overrides it per call. Nothing is sent once it is spent.
   */
  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** A caller-supplied retry policy, if set (otherwise {@link RetryPolicy#from} these options). */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** A caller-supplied sleeper for the waits between attempts, if set (otherwise {@link Sleeper#system()}). */
  public Optional<Sleeper> sleeper() {
    return Optional.ofNullable(sleeper);
  }

  /** A caller-supplied transport that replaces the default one, if set; the client never closes it. */
  public Optional<Transport> transport() {
    return Optional.ofNullable(transport);
  }

  /** A wrapper applied to the transport (default or supplied), if set. */
  public Optional<UnaryOperator<Transport>> transportCustomizer() {
    return Optional.ofNullable(transportCustomizer);
  }

  /** A caller-supplied token source, if set (otherwise OAuth2 client credentials). */
  public Optional<TokenProvider> tokenProvider() {
    return Optional.ofNullable(tokenProvider);
  }

  /**
   * The API-key credential sent as a header on every call, if set (then no OAuth2 token is
   * requested or sent).
   */
  public Optional<ApiKeyCredential> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /** The clock for token expiry and job waits. */
  public Clock clock() {
    return clock;
  }

  /** Whether requests are validated against the spec's constraints before sending (default on). */
  public boolean validation() {
    return validation;
  }

  /** Default page size of auto-pagination (default 200). */
  public int pageSize() {
    return pageSize;
  }

  /** Whether plain {@code http://} URLs to hosts other than loopback were allowed explicitly. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** The options the API client declared required (see {@link Builder#require}). */
  public Set<String> requiredOptions() {
    return requiredOptions;
  }

  @Override
  public String toString() {
    return "ClientOptions{clientId=" + clientId + ", clientSecret=****, tsgId=" + tsgId
        + ", baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", maxRetries="
        + maxRetries + ", backoffBase=" + backoffBase + ", backoffCap=" + backoffCap
        + ", tokenRefreshMargin=" + tokenRefreshMargin + ", validation=" + validation
        + ", pageSize=" + pageSize + ", userAgentSuffix=" + userAgentSuffix
        + ", totalTimeout=" + totalTimeout + ", proxy=" + proxy + ", allowInsecureHttp=" + allowInsecureHttp
        + ", tokenProvider=" + (tokenProvider == null ? "oauth2" : "custom")
        + (apiKey == null ? "" : ", apiKey=" + apiKey) + "}";
  }

  /** The values that may come from the environment, after resolution and checks. */
  private static final class Resolved {
    String clientId;
    String clientSecret;
    String tsgId;
    String baseUrl;
    String tokenUrl;
    ProxySettings proxy;
  }

  /**
   * Builds {@link ClientOptions}. Values set explicitly win over values read from the environment,
   * whatever the order of the calls.
   */
  public static final class Builder {
    /** Options an API client may declare required, with the variable that also supplies them. */
    private static final Map<String, String> REQUIRABLE = Map.of(
        "clientId", ENV_CLIENT_ID,
        "clientSecret", ENV_CLIENT_SECRET,
        "tsgId", ENV_TSG_ID,
        "baseUrl", ENV_BASE_URL);

    private String clientId;
    private String clientSecret;
    private String tsgId;
    private String baseUrl;
    private String tokenUrl;
    private String defaultBaseUrl;
    private Map<String, String> env = Map.of();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(120);
    private int maxRetries = 3;
    private Duration backoffBase = Duration.ofSeconds(1);
    private Duration backoffCap = Duration.ofSeconds(30);
    private Duration tokenRefreshMargin = Duration.ofMinutes(5);
    private String userAgentSuffix;
    private ProxySettings proxy;
    private Duration totalTimeout = Duration.ofMinutes(3);
    private RetryPolicy retryPolicy;
    private Sleeper sleeper;
    private Transport transport;
    private UnaryOperator<Transport> transportCustomizer;
    private TokenProvider tokenProvider;
    private ApiKeyCredential apiKey;
    private Clock clock = Clock.systemUTC();
    private boolean validation = true;
    private int pageSize = 200;
    private boolean allowInsecureHttp;
    private final Set<String> requiredOptions = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Reads {@code PANW_CLIENT_ID}, {@code PANW_CLIENT_SECRET}, {@code PANW_TSG_ID}, {@code
     * PANW_BASE_URL}, {@code PANW_TOKEN_BASE_URL} and the proxy variables {@code HTTPS_PROXY} /
     * {@code https_proxy} and {@code NO_PROXY} / {@code no_proxy} from the process environment.
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /** Reads the same variables as {@link #fromEnv()} from the given map (an injectable environment). */
    public Builder fromEnv(Map<String, String> environment) {
      this.env = Map.copyOf(Objects.requireNonNull(environment, "environment"));
      return this;
    }

    /** OAuth2 client id (required unless a {@link TokenProvider} is supplied). */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * OAuth2 client secret (required unless a {@link TokenProvider} is supplied). Kept exactly as
     * given: a secret with leading or trailing whitespace is refused by {@link #build()} rather
     * than trimmed.
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** Tenant Service Group id; when set, tokens are requested with scope {@code tsg_id:<id>}. */
    public Builder tsgId(String tsgId) {
      this.tsgId = tsgId;
      return this;
    }

    /** API base URL, e.g. {@code https://api.sase.paloaltonetworks.com}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * The base URL used when neither {@link #baseUrl} nor {@code PANW_BASE_URL} gives one; set by
     * the API client builders (the core has no default of its own).
     */
    public Builder defaultBaseUrl(String defaultBaseUrl) {
      this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
      return this;
    }

    /**
     * Declares options the API cannot work without: {@code build()} then fails naming the option
     * and its environment variable when it is missing. Set by API client builders (Prisma Access
     * requires {@code tsgId}). Credential options ({@code clientId}, {@code clientSecret}, {@code
     * tsgId}) are only required when the SDK obtains tokens itself (no {@link #tokenProvider}).
     *
     * @param options any of {@code clientId}, {@code clientSecret}, {@code tsgId}, {@code baseUrl}
     * @throws IllegalArgumentException for any other name
     */
    public Builder require(String... options) {
      for (String o : options) {
        if (!REQUIRABLE.containsKey(o)) {
          throw new IllegalArgumentException("cannot require '" + o + "'; requirable options: "
              + new TreeSet<>(REQUIRABLE.keySet()));
        }
        requiredOptions.add(o);
      }
      return this;
    }

    /**
     * OAuth2 token endpoint. A URL with no path (e.g. {@code https://auth.apps.paloaltonetworks.com})
     * gets {@code /am/oauth2/access_token} appended.
     */
    public Builder tokenUrl(String tokenUrl) {
      this.tokenUrl = tokenUrl;
      return this;
    }

    /**
     * Allows plain {@code http://} base and token URLs to hosts other than loopback (default off:
     * credentials and tokens would travel unencrypted). {@code http://} to {@code localhost},
     * {@code 127.0.0.0/8} and {@code ::1} is always allowed.
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /** TCP connect timeout (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** Socket read timeout (default 60 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /** Timeout of one whole HTTP exchange (default 120 s; {@link Duration#ZERO} = none). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /** Retries after a retryable failure (default 3; 0 disables retries). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** First backoff delay (default 1 s). */
    public Builder backoffBase(Duration base) {
      this.backoffBase = base;
      return this;
    }

    /** Largest backoff delay (default 30 s). */
    public Builder backoffCap(Duration cap) {
      this.backoffCap = cap;
      return this;
    }

    /** Refresh a token when less than this remains (default 5 minutes). */
    public Builder tokenRefreshMargin(Duration margin) {
      this.tokenRefreshMargin = margin;
      return this;
    }

    /** Text appended to the {@code User-Agent} header, e.g. {@code my-soar/2.1}. */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /** HTTP proxy for API and token calls (wins over {@code HTTPS_PROXY}). */
    public Builder proxy(ProxySettings proxy) {
      this.proxy = proxy;
      return this;
    }

    /** The default bound of one whole call, retries and waits included (default 3 minutes). */
    public Builder totalTimeout(Duration timeout) {
      this.totalTimeout = timeout;
      return this;
    }

    /** Replaces the default retry policy (and with it maxRetries and the backoff settings). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /** How the client waits between attempts (tests inject one that does not sleep). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Replaces the default HTTP transport; the caller keeps ownership (the client never closes it). */
    public Builder transport(Transport transport) {
      this.transport = transport;
      return this;
    }

    /** Wraps the transport, e.g. to record or count exchanges; applied once when the client is built. */
    public Builder transportCustomizer(UnaryOperator<Transport> customizer) {
      this.transportCustomizer = customizer;
      return this;
    }

    /** A token source to use instead of OAuth2 client credentials. */
    public Builder tokenProvider(TokenProvider provider) {
      this.tokenProvider = provider;
      return this;
    }

    /**
     * Authenticates with a static header credential (e.g. the Prisma AIRS scan API's
     * {@code x-pan-token} API key) instead of OAuth2: no client id or secret is needed, and no
     * token is requested. Cannot be combined with {@link #tokenProvider}.
     */
    public Builder apiKey(ApiKeyCredential credential) {
      this.apiKey = credential;
      return this;
    }

    /** The clock used for token expiry and waits (tests inject a fake one). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Turns client-side validation before sending on or off (default on). */
    public Builder validation(boolean enabled) {
      this.validation = enabled;
      return this;
    }

    /** Default page size of auto-pagination (default 200, at most 5000). */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }

    private String pick(String explicit, String envName) {
      String v = blankToNull(explicit);
      return v != null ? v : blankToNull(env.get(envName));
    }

    private String firstEnv(List<String> names) {
      for (String n : names) {
        String v = blankToNull(env.get(n));
        if (v != null) {
          return v;
        }
      }
      return null;
    }

    /** The secret exactly as given (explicit wins over the environment); blank means missing. */
    private String pickSecret() {
      String v = clientSecret != null && !clientSecret.isBlank() ? clientSecret : env.get(ENV_CLIENT_SECRET);
      if (v == null || v.isBlank()) {
        return null;
      }
      if (!v.equals(v.strip())) {
        throw new ConfigurationException("clientSecret", "clientSecret has leading or trailing"
            + " whitespace; the SDK does not trim secrets: remove it (check " + ENV_CLIENT_SECRET
            + " or the file it was read from)");
      }
      return v;
    }

    /**
     * Checks every value and builds the options.
     *
     * @throws ConfigurationException naming the first missing or malformed field
     */
    public ClientOptions build() {
      Resolved r = new Resolved();
      r.clientId = pick(clientId, ENV_CLIENT_ID);
      r.clientSecret = pickSecret();
      r.tsgId = pick(tsgId, ENV_TSG_ID);
      String base = pick(baseUrl, ENV_BASE_URL);
      String token = pick(tokenUrl, ENV_TOKEN_BASE_URL);
      if (apiKey != null && tokenProvider != null) {
        throw new ConfigurationException("apiKey",
            "apiKey and tokenProvider are two different credentials: set only one");
      }
      if (tokenProvider == null && apiKey == null) {
        if (r.clientId == null) {
          throw new ConfigurationException("clientId", "clientId is required (set it on the builder or in " + ENV_CLIENT_ID + ")");
        }
        if (r.clientSecret == null) {
          throw new ConfigurationException("clientSecret", "clientSecret is required (set it on the builder or in " + ENV_CLIENT_SECRET + ")");
        }
        if (requiredOptions.contains("tsgId") && r.tsgId == null) {
          throw new ConfigurationException("tsgId", "tsgId is required by this API (set it on the builder or in "
              + ENV_TSG_ID + "): without it every call is refused with 403");
        }
      }
      if (r.tsgId != null && !r.tsgId.matches("[0-9]{1,20}")) {
        throw new ConfigurationException("tsgId", "tsgId must be the numeric Tenant Service Group id, got '" + r.tsgId + "'");
      }
      if (base == null) {
        base = defaultBaseUrl;
      }
      if (base == null) {
        throw new ConfigurationException("baseUrl", "baseUrl is required (set it on the builder or in "
            + ENV_BASE_URL + "; API clients supply their default)");
      }
      r.baseUrl = checkUrl("baseUrl", base);
      token = checkUrl("tokenUrl", token == null ? DEFAULT_TOKEN_URL : token);
      String tokenPath = URI.create(token).getPath();
      if (tokenPath == null || tokenPath.isEmpty() || tokenPath.equals("/")) {
        token = token.replaceAll("/+$", "") + TOKEN_PATH;
      }
      r.tokenUrl = token;
      r.proxy = proxy != null ? proxy : envProxy();
      positive("connectTimeout", connectTimeout, false);
      positive("readTimeout", readTimeout, false);
      positive("callTimeout", callTimeout, true);
      positive("totalTimeout", totalTimeout, false);
      positive("backoffBase", backoffBase, false);
      positive("backoffCap", backoffCap, false);
      positive("tokenRefreshMargin", tokenRefreshMargin, true);
      if (backoffCap.compareTo(backoffBase) < 0) {
        throw new ConfigurationException("backoffCap", "backoffCap (" + backoffCap + ") must not be less than backoffBase (" + backoffBase + ")");
      }
      if (maxRetries < 0 || maxRetries > 20) {
        throw new ConfigurationException("maxRetries", "maxRetries must be between 0 and 20, got " + maxRetries);
      }
      if (pageSize < 1 || pageSize > 5000) {
        throw new ConfigurationException("pageSize", "pageSize must be between 1 and 5000, got " + pageSize);
      }
      if (clock == null) {
        throw new ConfigurationException("clock", "clock is required");
      }
      if (userAgentSuffix != null && !userAgentSuffix.matches("[\\x20-\\x7e]*")) {
        throw new ConfigurationException("userAgentSuffix",
            "userAgentSuffix must be printable ASCII (it travels in the User-Agent header)");
      }
      if (r.clientSecret == null) {
        r.clientSecret = "";
      }
      return new ClientOptions(this, r);
    }

    private ProxySettings envProxy() {
      String url = firstEnv(ENV_HTTPS_PROXY);
      if (url == null) {
        return null;
      }
      ProxySettings p = ProxySettings.parse(url, "HTTPS_PROXY");
      String noProxy = firstEnv(ENV_NO_PROXY);
      return noProxy == null ? p : p.withNoProxy(List.of(noProxy.split("[,\\s]+")));
    }

    private static void positive(String field, Duration d, boolean zeroAllowed) {
      if (d == null) {
        throw new ConfigurationException(field, field + " is required");
      }
      if (d.isNegative() || (!zeroAllowed && d.isZero())) {
        throw new ConfigurationException(field, field + " must be positive, got " + d);
      }
    }

    private String checkUrl(String field, String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(field, field + " is not a valid URL: '" + url + "'");
      }
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw new ConfigurationException(field, field + " must be an http(s) URL with a host, got '" + url + "'");
      }
      if (uri.getUserInfo() != null) {
        throw new ConfigurationException(field, field + " must not carry credentials (user:password@)");
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        throw new ConfigurationException(field, field + " must not have a query or fragment, got '" + url + "'");
      }
      if (uri.getPort() != -1) {
        ProxySettings.checkPort(field, uri.getPort());
      }
      if (scheme.equals("http") && !allowInsecureHttp && !Loopback.isLoopback(uri.getHost())) {
        throw new ConfigurationException(field, field + " uses plain http:// to " + uri.getHost()
            + ": client credentials and tokens would travel unencrypted. Use https://, or"
            + " allowInsecureHttp(true) to accept it (http:// to loopback is always allowed)");
      }
      return url.replaceAll("/+$", "");
    }
  }
}
