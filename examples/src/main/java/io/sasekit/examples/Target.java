package io.sasekit.examples;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.core.ClientOptions;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an example runs: the embedded simulator (the default, offline) or a real tenant (when
 * {@code PANW_CLIENT_ID} and {@code PANW_CLIENT_SECRET} are set). Builds the clients lazily and
 * closes them, and the simulator it started, on {@link #close()}.
 */
public final class Target implements AutoCloseable {
  /** Optional override of the AIRS management base URL for real tenants (default: the client's). */
  public static final String ENV_AIRS_BASE_URL = "PANW_AIRS_BASE_URL";

  private final PrismaAccessSimulator simulator;
  private final boolean ownsSimulator;
  private final Map<String, String> env;
  private PrismaAccessClient prismaAccess;
  private AirsMgmtClient airs;

  private Target(PrismaAccessSimulator simulator, boolean ownsSimulator, Map<String, String> env) {
    this.simulator = simulator;
    this.ownsSimulator = ownsSimulator;
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
    return id ? tenant(env) : embedded();
  }

  /** A real tenant configured from the {@code PANW_*} variables of {@code env}. */
  public static Target tenant(Map<String, String> env) {
    return new Target(null, false, Map.copyOf(env));
  }

  /** Starts an embedded simulator, owned (stopped on close). Push jobs take one poll per phase. */
  public static Target embedded() {
    return new Target(PrismaAccessSimulator.builder().jobPace(1).start(), true, Map.of());
  }

  /** Uses a running simulator, e.g. a test's; it is not stopped on close. */
  public static Target simulator(PrismaAccessSimulator simulator) {
    return new Target(simulator, false, Map.of());
  }

  /** Whether this is the embedded simulator. */
  public boolean isSimulator() {
    return simulator != null;
  }

  /** The simulator, when {@link #isSimulator()}. */
  public Optional<PrismaAccessSimulator> simulatorInstance() {
    return Optional.ofNullable(simulator);
  }

  /** One line saying where the example runs, printed at start. */
  public String describe() {
    if (simulator != null) {
      return "Target: embedded Prisma Access + AIRS simulator at " + simulator.baseUrl()
          + " (offline; set " + ClientOptions.ENV_CLIENT_ID + ", " + ClientOptions.ENV_CLIENT_SECRET
          + " and " + ClientOptions.ENV_TSG_ID + " to use a real tenant)";
    }
    String base = env.getOrDefault(ClientOptions.ENV_BASE_URL, PrismaAccessOperations.DEFAULT_BASE_URL);
    String tsg = env.get(ClientOptions.ENV_TSG_ID);
    return "Target: real tenant at " + base + ", TSG " + (isBlank(tsg) ? "(PANW_TSG_ID not set)" : tsg)
        + " (credentials from " + ClientOptions.ENV_CLIENT_ID + "/" + ClientOptions.ENV_CLIENT_SECRET + ")";
  }

  /**
   * How often to poll push jobs at first: 250 ms on the local simulator, 2 s (the SDK default,
   * doubling up to 30 s) on a real tenant.
   */
  public Duration pollInterval() {
    return simulator != null ? Duration.ofMillis(250) : Duration.ofSeconds(2);
  }

  /** The Prisma Access client (created on first use). */
  public synchronized PrismaAccessClient prismaAccess() {
    if (prismaAccess == null) {
      PrismaAccessClient.Builder b = PrismaAccessClient.builder();
      if (simulator != null) {
        b.options(o -> o.baseUrl(simulator.baseUrl()).tokenUrl(simulator.tokenUrl())
            .clientId(simulator.clientId()).clientSecret(simulator.clientSecret()).tsgId(simulator.tsgId()));
      } else {
        b.options(o -> o.fromEnv(env));
      }
      prismaAccess = b.build();
    }
    return prismaAccess;
  }

  /** The Prisma AIRS management client (created on first use). */
  public synchronized AirsMgmtClient airs() {
    if (airs == null) {
      AirsMgmtClient.Builder b = AirsMgmtClient.builder();
      if (simulator != null) {
        b.options(o -> o.baseUrl(simulator.airsBaseUrl()).tokenUrl(simulator.tokenUrl())
            .clientId(simulator.clientId()).clientSecret(simulator.clientSecret()).tsgId(simulator.tsgId()));
      } else {
        // PANW_BASE_URL names the configuration API host; AIRS keeps its own default unless overridden.
        Map<String, String> airsEnv = new HashMap<>(env);
        airsEnv.remove(ClientOptions.ENV_BASE_URL);
        b.options(o -> o.fromEnv(airsEnv));
        String airsBase = env.get(ENV_AIRS_BASE_URL);
        if (!isBlank(airsBase)) {
          b.baseUrl(airsBase);
        }
      }
      airs = b.build();
    }
    return airs;
  }

  @Override
  public synchronized void close() {
    if (prismaAccess != null) {
      prismaAccess.close();
    }
    if (airs != null) {
      airs.close();
    }
    if (ownsSimulator) {
      simulator.close();
    }
  }

  private static boolean isSet(Map<String, String> env, String name) {
    return !isBlank(env.get(name));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
