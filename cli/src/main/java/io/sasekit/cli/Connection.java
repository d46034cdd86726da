package io.sasekit.cli;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.core.ClientOptions;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the CLI sends its calls: a real tenant configured from the {@code PANW_*} variables, or the
 * embedded simulator ({@code --offline}). Builds each API's client on first use and closes the
 * clients, and a simulator it started, on {@link #close()}.
 */
public final class Connection implements AutoCloseable {
  /** Optional override of the Prisma AIRS management base URL for a real tenant. */
  public static final String ENV_AIRS_BASE_URL = "PANW_AIRS_BASE_URL";

  private final PrismaAccessSimulator simulator;
  private final boolean ownsSimulator;
  private final Map<String, String> env;
  private PrismaAccessClient prismaAccess;
  private AirsMgmtClient airs;

  private Connection(PrismaAccessSimulator simulator, boolean ownsSimulator, Map<String, String> env) {
    this.simulator = simulator;
    this.ownsSimulator = ownsSimulator;
    this.env = Map.copyOf(env);
  }

  /** A real tenant: credentials, TSG and hosts from the {@code PANW_*} variables of {@code env}. */
  public static Connection tenant(Map<String, String> env) {
    return new Connection(null, false, env);
  }

  /** Starts an embedded simulator (push jobs finish at once), stopped on {@link #close()}. */
  public static Connection offline() {
    PrismaAccessSimulator sim = PrismaAccessSimulator.builder().start();
    sim.jobs().instant();
    return owning(sim);
  }

  /** Uses a simulator the caller started and hands over: it is stopped on {@link #close()}. */
  public static Connection owning(PrismaAccessSimulator simulator) {
    return new Connection(simulator, true, Map.of());
  }

  /** Uses a running simulator (e.g. a test's); it is not stopped on {@link #close()}. */
  public static Connection simulator(PrismaAccessSimulator simulator) {
    return new Connection(simulator, false, Map.of());
  }

  /** The simulator, when offline. */
  public Optional<PrismaAccessSimulator> simulatorInstance() {
    return Optional.ofNullable(simulator);
  }

  /** The Prisma Access client (built on first use). */
  public synchronized PrismaAccessClient prismaAccess() {
    if (prismaAccess == null) {
      PrismaAccessClient.Builder b = PrismaAccessClient.builder();
      if (simulator != null) {
        b.options(simulator.clientOptions(Api.PRISMA_ACCESS.registry().api()));
      } else {
        b.options(o -> o.fromEnv(env));
      }
      prismaAccess = b.build();
    }
    return prismaAccess;
  }

  /** The Prisma AIRS management client (built on first use). */
  public synchronized AirsMgmtClient airs() {
    if (airs == null) {
      AirsMgmtClient.Builder b = AirsMgmtClient.builder();
      if (simulator != null) {
        b.options(simulator.clientOptions(Api.AIRS_MGMT.registry().api()));
      } else {
        // PANW_BASE_URL names the configuration API's host; AIRS keeps its own unless PANW_AIRS_BASE_URL is set.
        Map<String, String> airsEnv = new HashMap<>(env);
        airsEnv.remove(ClientOptions.ENV_BASE_URL);
        String airsBase = env.get(ENV_AIRS_BASE_URL);
        if (airsBase != null && !airsBase.isBlank()) {
          airsEnv.put(ClientOptions.ENV_BASE_URL, airsBase);
        }
        b.options(o -> o.fromEnv(airsEnv));
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
}
