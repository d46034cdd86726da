package io.sasekit.testkit;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.testkit.internal.ApiMount;
import io.sasekit.testkit.internal.ErrorDialect;
import io.sasekit.testkit.internal.FaultInjector;
import io.sasekit.testkit.internal.HttpFrontend;
import io.sasekit.testkit.internal.Journal;
import io.sasekit.testkit.internal.RegistryRequestValidator;
import io.sasekit.testkit.internal.SimState;
import io.sasekit.testkit.internal.SimulatorEngine;
import io.sasekit.testkit.internal.TokenService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An embedded, stateful simulator of Prisma Access (Strata Cloud Manager config API
 * {@code /sse/config/v1/...}, the SCM Setup folder listing) and the Prisma AIRS management API
 * ({@code /aisec/v1/mgmt/...}), for tests. It serves on 127.0.0.1 at an ephemeral port with the
 * JDK's HTTP server and is driven by operation registries: every operation of every registry given
 * to it works, classified by method, path shape and name (list, create, get, update, delete,
 * name-addressed, singleton, rule move, push, ...).
 *
 * <ul>
 *   <li>OAuth2 client credentials at {@link #tokenUrl()}: HTTP Basic id/secret checked, random
 *       tokens expiring after {@code expires_in} (default 900 s) on the injectable clock; the API
 *       answers 401 for missing, unknown or expired tokens.
 *   <li>Every write changes the candidate configuration of its folder; a push creates a job that
 *       moves PEND → ACT → FIN at the pace {@link #jobs()} sets, then running equals candidate.
 *   <li>Requests are validated against the registry's constraints (400, code E003, naming the
 *       field), as the service would.
 *   <li>{@link #faults()} injects 429/503 storms, connection resets and delays;
 *       {@link #requests()} records what clients sent.
 * </ul>
 *
 * <pre>{@code
 * try (PrismaAccessSimulator sim = PrismaAccessSimulator.builder().start()) {
 *   ClientOptions options = ClientOptions.builder()
 *       .baseUrl(sim.baseUrl()).tokenUrl(sim.tokenUrl())
 *       .clientId(sim.clientId()).clientSecret(sim.clientSecret()).tsgId(sim.tsgId())
 *       .build();
 *   // ... run the code under test, then assert on sim.requests() or sim.config()
 * }
 * }</pre>
 *
 * <p>Thread-safe. Close it to stop the server and its threads.
 */
public final class PrismaAccessSimulator implements AutoCloseable {
  /** Class path location of the generated Prisma Access registry. */
  public static final String PRISMA_ACCESS_REGISTRY = "META-INF/sasekit/prisma-access/operations.json";
  /** Class path location of the generated unified SCM configuration registry. */
  public static final String SCM_REGISTRY = "META-INF/sasekit/scm/operations.json";
  /** Class path location of the generated AIRS management registry. */
  public static final String AIRS_MGMT_REGISTRY = "META-INF/sasekit/airs-mgmt/operations.json";
  /** Where the AIRS API lives when its registry does not say. */
  public static final String DEFAULT_AIRS_PREFIX = "/aisec";

  private final Builder config;
  private final SimState state;
  private final TokenService tokens;
  private final FaultInjector faultInjector = new FaultInjector();
  private final Journal journal;
  private final SimulatorEngine engine;
  private final HttpFrontend frontend;
  private final JobControl jobs;
  private final FaultControl faults;
  private final RequestJournal requests;
  private final SimulatorCounters counters;
  private final ConfigView configView;
  private final AirsControl airs;
  private final List<ApiMount> mounts;

  private PrismaAccessSimulator(Builder b, List<ApiMount> mounts) {
    this.config = b.copy();
    this.journal = new Journal(b.journalLimit);
    this.mounts = List.copyOf(mounts);
    this.state = new SimState(b.clock, b.clientId, b.tsgId, b.defaultPageLimit, b.maxPageLimit);
    this.tokens = new TokenService(b.clock, b.clientId, b.clientSecret, b.tsgId, b.tokenExpiresInSeconds);
    this.engine = new SimulatorEngine(state, tokens, this.mounts,
        new RegistryRequestValidator(this::folderExists), b.validation, b.requireTsgScope);
    this.frontend = new HttpFrontend(engine, faultInjector, journal, b.clock, b.threads);
    this.jobs = new JobControl(state);
    this.faults = new FaultControl(faultInjector);
    this.requests = new RequestJournal(journal);
    this.counters = new SimulatorCounters(tokens, journal);
    this.configView = new ConfigView(state, this.mounts);
    this.airs = new AirsControl(state);
    state.jobs().pace(b.jobPace);
  }

  private boolean folderExists(String name) {
    synchronized (state.lock()) {
      return state.folders().exists(name);
    }
  }

  /** A builder with defaults (credentials {@code sim-client}/{@code sim-secret}, TSG {@code 1234567890}). */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a simulator with every default (registries from the class path). */
  public static PrismaAccessSimulator start() {
    return builder().start();
  }

  // ------------------------------------------------------------------ connection details

  /** The API base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  public String baseUrl() {
    return "http://127.0.0.1:" + frontend.port();
  }

  /**
   * The base URL of one mounted API (its registry's {@code api} name), including the path its
   * default base URL carries, e.g. {@code http://127.0.0.1:41234/aisec} for {@code airs-mgmt}.
   */
  public String baseUrl(String api) {
    for (ApiMount m : mounts) {
      if (m.api().equals(api)) {
        return baseUrl() + m.prefix();
      }
    }
    throw new IllegalArgumentException("no registry mounted for api " + api + "; mounted: " + apis());
  }

  /** The base URL AIRS management clients use: {@link #baseUrl()} plus {@code /aisec}. */
  public String airsBaseUrl() {
    for (ApiMount m : mounts) {
      if (m.dialect() == ErrorDialect.AIRS) {
        return baseUrl() + m.prefix();
      }
    }
    return baseUrl() + DEFAULT_AIRS_PREFIX;
  }

  /**
   * Points a client's options at this simulator: the base URL of {@code api} (a registry's name, e.g.
   * {@code prisma-access} or {@code airs-mgmt}), the token URL, the credentials and the TSG; e.g.
   * {@code PrismaAccessClient.builder().options(sim.clientOptions("prisma-access")).build()}.
   */
  public java.util.function.Consumer<io.sasekit.core.ClientOptions.Builder> clientOptions(String api) {
    String base = baseUrl(api);
    return o -> o.baseUrl(base).tokenUrl(tokenUrl()).clientId(clientId()).clientSecret(clientSecret()).tsgId(tsgId());
  }

  /** The OAuth2 token endpoint, {@code <baseUrl>/am/oauth2/access_token}. */
  public String tokenUrl() {
    return baseUrl() + TokenService.TOKEN_PATH;
  }

  /** The port the simulator listens on. */
  public int port() {
    return frontend.port();
  }

  /** The client id the token endpoint accepts. */
  public String clientId() {
    return config.clientId;
  }

  /** The client secret the token endpoint accepts. */
  public String clientSecret() {
    return config.clientSecret;
  }

  /** The tenant service group id (token scope {@code tsg_id:<id>}). */
  public String tsgId() {
    return config.tsgId;
  }

  /** The API names of the mounted registries, e.g. {@code [prisma-access, airs-mgmt]}. */
  public List<String> apis() {
    List<String> out = new ArrayList<>();
    mounts.forEach(m -> out.add(m.api()));
    return out;
  }

  /** Whether the server is running. */
  public boolean isRunning() {
    return frontend.running();
  }

  // ------------------------------------------------------------------ tokens

  /**
   * Issues a valid bearer token with scope {@code tsg_id:<tsg>} without an HTTP call, for tests
   * that drive the API with a plain HTTP client.
   */
  public String issueToken() {
    return tokens.issue(tokens.tsgScope()).token();
  }

  /** Every token issued so far, oldest first. */
  public List<IssuedToken> issuedTokens() {
    List<IssuedToken> out = new ArrayList<>();
    for (TokenService.Issued t : tokens.issued()) {
      out.add(new IssuedToken(t.scope(), t.issuedAt(), t.expiresAt()));
    }
    return out;
  }

  /** Invalidates every issued token: the API answers 401 until the client fetches a new one. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /** Changes the lifetime of tokens issued from now on. */
  public void tokenExpiresIn(Duration lifetime) {
    tokens.expiresInSeconds(lifetime.getSeconds());
  }

  // ------------------------------------------------------------------ controls

  /** Push job pace and planned failures. */
  public JobControl jobs() {
    return jobs;
  }

  /** Fault injection. */
  public FaultControl faults() {
    return faults;
  }

  /** The request journal. */
  public RequestJournal requests() {
    return requests;
  }

  /** Token and request counters. */
  public SimulatorCounters counters() {
    return counters;
  }

  /** The candidate and running configuration, and preloading. */
  public ConfigView config() {
    return configView;
  }

  /** The AIRS management tenant's seeds and objects. */
  public AirsControl airs() {
    return airs;
  }

  /** Adds a custom folder under {@code Shared} (listed by the setup API, usable as {@code folder}). */
  public PrismaAccessSimulator addFolder(String name) {
    return addFolder(name, "Shared");
  }

  /** Adds a custom folder under {@code parent}. */
  public PrismaAccessSimulator addFolder(String name, String parent) {
    synchronized (state.lock()) {
      state.folders().add(name, parent, null);
    }
    return this;
  }

  /** Every folder name: the six system folders first, then custom ones. */
  public List<String> folders() {
    synchronized (state.lock()) {
      return state.folders().names();
    }
  }

  /** Makes {@code GET /config/setup/v1/folders} answer 403, as for an account without the SCM role. */
  public PrismaAccessSimulator denyFolderListing() {
    synchronized (state.lock()) {
      state.folders().denyListing(true);
    }
    return this;
  }

  /** Undoes {@link #denyFolderListing()}. */
  public PrismaAccessSimulator allowFolderListing() {
    synchronized (state.lock()) {
      state.folders().denyListing(false);
    }
    return this;
  }

  /** Turns request validation on or off. */
  public PrismaAccessSimulator validation(boolean enabled) {
    engine.validation(enabled);
    return this;
  }

  /**
   * Back to the state after start: no configuration, jobs, custom folders, AIRS objects (seeds
   * restored), tokens, faults or journal entries; job pace and validation as built.
   */
  public void reset() {
    state.reset();
    state.jobs().pace(config.jobPace);
    engine.validation(config.validation);
    tokens.reset();
    tokens.expiresInSeconds(config.tokenExpiresInSeconds);
    faultInjector.clear();
    journal.clear();
  }

  /** Stops the server and its threads. Idempotent. */
  @Override
  public void close() {
    frontend.close();
  }

  @Override
  public String toString() {
    return "PrismaAccessSimulator{" + (isRunning() ? baseUrl() : "stopped") + ", apis=" + apis() + "}";
  }

  private void startServer() {
    try {
      frontend.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the simulator", e);
    }
  }

  /**
   * Configures and starts a {@link PrismaAccessSimulator}. Without any {@link #registry} call, the
   * generated registries found on the class path ({@value #PRISMA_ACCESS_REGISTRY},
   * {@value #AIRS_MGMT_REGISTRY}) are served.
   */
  public static final class Builder {
    private String clientId = "sim-client@1234567890.iam.panserviceaccount.com";
    private String clientSecret = "sim-secret";
    private String tsgId = "1234567890";
    private long tokenExpiresInSeconds = 900;
    private Clock clock = Clock.systemUTC();
    private final List<ApiMount> mounts = new ArrayList<>();
    private boolean classpathRegistries;
    private int defaultPageLimit = 200;
    private int maxPageLimit = 5000;
    private boolean validation = true;
    private boolean requireTsgScope = true;
    private int threads = 8;
    private int jobPace = 0;
    private int journalLimit = Journal.DEFAULT_LIMIT;

    private Builder() {}

    Builder copy() {
      Builder b = new Builder();
      b.clientId = clientId;
      b.clientSecret = clientSecret;
      b.tsgId = tsgId;
      b.tokenExpiresInSeconds = tokenExpiresInSeconds;
      b.clock = clock;
      b.mounts.addAll(mounts);
      b.classpathRegistries = classpathRegistries;
      b.defaultPageLimit = defaultPageLimit;
      b.maxPageLimit = maxPageLimit;
      b.validation = validation;
      b.requireTsgScope = requireTsgScope;
      b.threads = threads;
      b.jobPace = jobPace;
      b.journalLimit = journalLimit;
      return b;
    }

    /**
     * How many requests the {@linkplain PrismaAccessSimulator#requests() journal} keeps (default
     * 10,000); older ones are dropped and counted ({@link RequestJournal#dropped()}).
     */
    public Builder journalLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("journal limit must be positive, got " + limit);
      }
      this.journalLimit = limit;
      return this;
    }

    /** The client id the token endpoint accepts. */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /** The client secret the token endpoint accepts. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /** The tenant service group id. */
    public Builder tsgId(String tsgId) {
      this.tsgId = Objects.requireNonNull(tsgId, "tsgId");
      return this;
    }

    /** Lifetime of issued tokens ({@code expires_in}, default 900 s). */
    public Builder tokenExpiresIn(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("token lifetime must be positive");
      }
      this.tokenExpiresInSeconds = lifetime.getSeconds();
      return this;
    }

    /** The clock for token expiry, job pacing and timestamps (e.g. a {@link MutableClock}). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Serves a registry, under the path its default base URL carries (e.g. {@code /aisec}), with
     * the AIRS error shape for an API named {@code airs-*} and the SCM shape otherwise.
     */
    public Builder registry(OperationRegistry registry) {
      mounts.add(ApiMount.of(registry));
      return this;
    }

    /** Serves a registry under an explicit path prefix (e.g. {@code /aisec}, or "" for none). */
    public Builder registry(OperationRegistry registry, String pathPrefix) {
      mounts.add(new ApiMount(registry, pathPrefix, ApiMount.dialectOf(registry.api())));
      return this;
    }

    /** Also serves the generated registries present on the class path. */
    public Builder classpathRegistries() {
      this.classpathRegistries = true;
      return this;
    }

    /** Page size of lists when the request names none (default 200). */
    public Builder defaultPageLimit(int limit) {
      if (limit <= 0) {
        throw new IllegalArgumentException("limit must be positive");
      }
      this.defaultPageLimit = limit;
      return this;
    }

    /** Largest page size applied, whatever the request asks (default 5000, as the service). */
    public Builder maxPageLimit(int limit) {
      if (limit <= 0) {
        throw new IllegalArgumentException("limit must be positive");
      }
      this.maxPageLimit = limit;
      return this;
    }

    /** Whether requests are validated against the registry (default on). */
    public Builder validation(boolean enabled) {
      this.validation = enabled;
      return this;
    }

    /**
     * Whether SCM calls need a token whose scope names the TSG ({@code tsg_id:<id>}), answering
     * 403 otherwise (default on). AIRS calls never need it.
     */
    public Builder requireTsgScope(boolean required) {
      this.requireTsgScope = required;
      return this;
    }

    /** Server threads (default 8; delayed faults hold one each). */
    public Builder threads(int threads) {
      if (threads <= 0) {
        throw new IllegalArgumentException("threads must be positive");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Polls of {@code GET /jobs/{id}} a push job spends in PEND and in ACT. The default, 0, finishes
     * a job when the push call returns, so a test's {@code waitFor} returns on its first poll; pace a
     * job only to test what your code does while it runs.
     */
    public Builder jobPace(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("pace must not be negative");
      }
      this.jobPace = polls;
      return this;
    }

    /** Builds and starts the simulator. */
    public PrismaAccessSimulator start() {
      PrismaAccessSimulator sim = build();
      sim.startServer();
      return sim;
    }

    private PrismaAccessSimulator build() {
      List<ApiMount> all = new ArrayList<>(mounts);
      if (all.isEmpty() || classpathRegistries) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
          loader = PrismaAccessSimulator.class.getClassLoader();
        }
        for (String resource : List.of(PRISMA_ACCESS_REGISTRY, SCM_REGISTRY, AIRS_MGMT_REGISTRY)) {
          if (loader.getResource(resource) != null) {
            OperationRegistry r = OperationRegistry.fromClasspath(resource, loader);
            if (all.stream().noneMatch(m -> m.api().equals(r.api()))) {
              all.add(ApiMount.of(r));
            }
          }
        }
      }
      return new PrismaAccessSimulator(this, all);
    }
  }
}
