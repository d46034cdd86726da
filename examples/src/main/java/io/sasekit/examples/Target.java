package io.sasekit.examples;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.scan.AirsScanClient;
import io.sasekit.core.auth.ApiKeyCredential;
import io.sasekit.cli.Connection;
import io.sasekit.core.ClientOptions;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.scm.ScmClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where an example runs: the embedded simulator (the default, offline) or a real tenant (when
 * {@code PANW_CLIENT_ID} and {@code PANW_CLIENT_SECRET} are set). The clients are the CLI's
 * {@link Connection}: built lazily, closed (with a simulator it started) on {@link #close()}; the
 * Strata Cloud Manager client is built here the same way (the simulator serves the SCM API too).
 */
public final class Target implements AutoCloseable {
  /** Optional override of the AIRS management base URL for real tenants (default: the client's). */
  public static final String ENV_AIRS_BASE_URL = Connection.ENV_AIRS_BASE_URL;
  /** {@link Example#api()} of the examples that use the unified Strata Cloud Manager API. */
  public static final String SCM_API = "Strata Cloud Manager";
  /**
   * {@link Example#api()} of the examples that call the Prisma AIRS runtime scan API, which takes an
   * API key ({@code PANW_AI_SEC_API_KEY}) rather than the {@code PANW_CLIENT_*} credentials.
   */
  public static final String AIRS_SCAN_API = "Prisma AIRS scan";

  private final Connection connection;
  private final Map<String, String> env;
  private ScmClient scm;

  private Target(Connection connection, Map<String, String> env) {
    this.connection = connection;
    this.env = env;
  }

  /**
   * A real tenant when {@code PANW_CLIENT_ID} and {@code PANW_CLIENT_SECRET} are both set in
   * {@code env}, else a freshly started embedded simulator.
   *
   * @throws UsageException when only one of the two is set
   */
  public static Target fromEnv(Map<String, String> env) {
    boolean id = isSet(env, ClientOptions.ENV_CLIENT_ID);
    boolean secret = isSet(env, ClientOptions.ENV_CLIENT_SECRET);
    if (id != secret) {
      throw new UsageException((id ? ClientOptions.ENV_CLIENT_SECRET : ClientOptions.ENV_CLIENT_ID)
          + " is not set but " + (id ? ClientOptions.ENV_CLIENT_ID : ClientOptions.ENV_CLIENT_SECRET)
          + " is: set both (and " + ClientOptions.ENV_TSG_ID + ") for a real tenant, or neither for the embedded simulator");
    }
    return id ? tenant(env) : embedded(env);
  }

  /** A real tenant configured from the {@code PANW_*} variables of {@code env}. */
  public static Target tenant(Map<String, String> env) {
    return new Target(Connection.tenant(env), Map.copyOf(env));
  }

  /** Starts an embedded simulator, owned (stopped on close). Push jobs take one poll per phase. */
  public static Target embedded() {
    return embedded(Map.of());
  }

  /** An embedded simulator, remembering {@code env} (the AIRS scan example reads its key there). */
  private static Target embedded(Map<String, String> env) {
    return new Target(Connection.owning(PrismaAccessSimulator.builder().jobPace(1).start()), Map.copyOf(env));
  }

  /** Uses a running simulator, e.g. a test's; it is not stopped on close. */
  public static Target simulator(PrismaAccessSimulator simulator) {
    return new Target(Connection.simulator(simulator), Map.of());
  }

  /** Whether this is the embedded simulator. */
  public boolean isSimulator() {
    return connection.simulatorInstance().isPresent();
  }

  /** The simulator, when {@link #isSimulator()}. */
  public Optional<PrismaAccessSimulator> simulatorInstance() {
    return connection.simulatorInstance();
  }

  /** The environment this target was configured from (empty for {@link #embedded()}). */
  public Map<String, String> env() {
    return env;
  }

  /**
   * One line saying where an example of {@code api} ({@link Example#api()}) runs: for the AIRS
   * runtime scan API, where its key comes from; else {@link #describe()}.
   */
  public String describe(String api) {
    if (!AIRS_SCAN_API.equals(api)) {
      return describe();
    }
    return ApiKeyCredential.fromEnv(env).isPresent()
        ? "Target: Prisma AIRS runtime scan API (key from " + ApiKeyCredential.ENV_API_KEY + " or "
            + ApiKeyCredential.ENV_API_TOKEN + ", region or URL from " + AirsScanClient.ENV_ENDPOINT + ")"
        : "Target: embedded AIRS scan simulator (offline; set " + ApiKeyCredential.ENV_API_KEY
            + " to scan for real)";
  }

  /** One line saying where the example runs, printed at start. */
  public String describe() {
    PrismaAccessSimulator simulator = connection.simulatorInstance().orElse(null);
    if (simulator != null) {
      return "Target: embedded simulator (" + String.join(", ", simulator.apis()) + ") at " + simulator.baseUrl()
          + " (offline; set " + ClientOptions.ENV_CLIENT_ID + ", " + ClientOptions.ENV_CLIENT_SECRET
          + " and " + ClientOptions.ENV_TSG_ID + " to use a real tenant)";
    }
    String base = ErrorReport.Hosts.fromEnv(env).apiBaseUrl();
    String tsg = env.get(ClientOptions.ENV_TSG_ID);
    return "Target: real tenant at " + base + ", TSG " + (isBlank(tsg) ? "(PANW_TSG_ID not set)" : tsg)
        + " (credentials from " + ClientOptions.ENV_CLIENT_ID + "/" + ClientOptions.ENV_CLIENT_SECRET + ")";
  }

  /**
   * How often to poll push jobs at first: 250 ms on the local simulator, 2 s (the SDK default,
   * doubling up to 30 s) on a real tenant.
   */
  public Duration pollInterval() {
    return isSimulator() ? Duration.ofMillis(250) : Duration.ofSeconds(2);
  }

  /**
   * The hosts the examples' hints name: those of the client of {@code api} ({@link Example#api()}:
   * AIRS, {@link #SCM_API}, else Prisma Access) as configured (simulator, {@code PANW_BASE_URL},
   * {@code PANW_TOKEN_BASE_URL}, or the defaults).
   */
  public ErrorReport.Hosts hosts(String api) {
    if (AIRS_SCAN_API.equals(api)) {
      return ErrorReport.Hosts.apiKey(scanEndpoint());
    }
    try {
      return ErrorReport.Hosts.of(api.contains("AIRS") ? airs().options()
          : api.equals(SCM_API) ? scm().options() : prismaAccess().options());
    } catch (RuntimeException e) {
      return ErrorReport.Hosts.fromEnv(env); // the options themselves are what failed
    }
  }

  /** The Prisma Access client (created on first use). */
  public PrismaAccessClient prismaAccess() {
    return connection.prismaAccess();
  }

  /**
   * The Prisma AIRS management client (created on first use). On a real tenant {@code PANW_BASE_URL}
   * names the configuration API's host: AIRS keeps its own default unless {@code PANW_AIRS_BASE_URL}
   * is set.
   */
  public AirsMgmtClient airs() {
    return connection.airs();
  }

  /**
   * The Strata Cloud Manager client (created on first use): on the simulator its {@code scm} mount,
   * on a real tenant the {@code PANW_*} variables ({@code PANW_BASE_URL} overrides the SCM host).
   */
  public synchronized ScmClient scm() {
    if (scm == null) {
      ScmClient.Builder b = ScmClient.builder();
      PrismaAccessSimulator simulator = connection.simulatorInstance().orElse(null);
      if (simulator != null) {
        b.options(simulator.clientOptions("scm"));
      } else {
        b.options(o -> o.fromEnv(env));
      }
      scm = b.build();
    }
    return scm;
  }

  @Override
  public synchronized void close() {
    if (scm != null) {
      scm.close();
    }
    connection.close();
  }

  /** The scan endpoint the environment's key goes to (the variable's text when it names no region). */
  private String scanEndpoint() {
    if (ApiKeyCredential.fromEnv(env).isEmpty()) {
      return "the embedded AIRS scan simulator";
    }
    try (AirsScanClient client = AirsScanClient.builder().fromEnv(env).build()) {
      return client.options().baseUrl();
    } catch (RuntimeException e) {
      return AirsScanClient.ENV_ENDPOINT + "=" + env.get(AirsScanClient.ENV_ENDPOINT);
    }
  }

  private static boolean isSet(Map<String, String> env, String name) {
    return !isBlank(env.get(name));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
