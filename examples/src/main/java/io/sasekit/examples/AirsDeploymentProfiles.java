package io.sasekit.examples;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.models.DeploymentProfile;
import io.sasekit.airs.params.DeploymentProfileListParams;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prisma AIRS: list the tenant's deployment profiles (the licences API keys are created against)
 * with their status, expiry and capacity; auth codes are shown masked. {@code --available} asks
 * the service ({@code unactivated=true}) for the profiles a new application or API key can use:
 * unactivated ones and activated ones without any application or key.
 *
 * <pre>{@code
 * ./run-example.sh airs-deployment-profiles --available
 * }</pre>
 */
public final class AirsDeploymentProfiles {
  /** The example's name. */
  public static final String NAME = "airs-deployment-profiles";

  static final String USAGE = NAME + " [options]\n"
      + "  --available        only profiles available for new apps or keys: unactivated ones, and activated\n"
      + "                     ones without any app or API key (the API's unactivated=true)";

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma AIRS",
      "list deployment profiles: status, expiry, capacity (auth codes masked)",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          new AirsDeploymentProfiles(options).run(target.airs(), out);
          return Main.OK;
        };
      });

  /**
   * What to list.
   *
   * @param available whether to list only the profiles available for new apps or keys
   */
  public record Options(boolean available) {
    /** Parses the command line. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv, Set.of(), Set.of("available"));
      a.expectPositionals(0, 0, "");
      return new Options(a.flag("available"));
    }
  }

  /**
   * What was listed.
   *
   * @param profiles the deployment profiles
   * @param activated how many are activated
   */
  public record Result(List<DeploymentProfile> profiles, long activated) {}

  private final Options options;

  /** A listing with these options. */
  public AirsDeploymentProfiles(Options options) {
    this.options = options;
  }

  /**
   * Lists the deployment profiles.
   *
   * @param client the AIRS management client
   * @param out where the table and the summary go
   * @return the profiles
   */
  public Result run(AirsMgmtClient client, PrintStream out) {
    Steps steps = new Steps(out, 1);
    steps.step("Listing deployment profiles" + (options.available() ? " available for new apps or keys" : ""));
    DeploymentProfileListParams params = options.available()
        ? DeploymentProfileListParams.builder().unactivated(true).build()
        : DeploymentProfileListParams.none();
    List<DeploymentProfile> profiles = client.deploymentProfiles().list(params).deploymentProfiles();
    out.println();
    String format = "  %-24s %-12s %-20s %-22s %s%n";
    out.printf(format, "NAME", "STATUS", "AUTH CODE", "EXPIRES", "AVG TEXT RECORDS");
    for (DeploymentProfile p : profiles) {
      out.printf(format, p.dpName(), p.status().orElse("-"), mask(p.authCode()), p.expirationDate().orElse("-"),
          p.aveTextRecords().map(String::valueOf).orElse("-"));
    }
    long activated = profiles.stream().filter(AirsDeploymentProfiles::isActivated).count();
    Map<String, String> rows = Steps.rows();
    rows.put("deployment profiles", String.valueOf(profiles.size()));
    rows.put("activated", String.valueOf(activated));
    rows.put("not activated", String.valueOf(profiles.size() - activated));
    steps.summary("Summary", rows);
    return new Result(List.copyOf(profiles), activated);
  }

  /** Whether a profile can back API keys: its status is not {@code unactivated} (or similar). */
  static boolean isActivated(DeploymentProfile p) {
    String status = p.status().orElse("").toLowerCase(Locale.ROOT);
    return !status.isEmpty() && !status.contains("unactivated") && !status.contains("inactive")
        && !status.contains("expired");
  }

  /** An auth code with all but its last 4 characters masked. */
  static String mask(String code) {
    if (code == null || code.length() <= 4) {
      return "****";
    }
    return "*".repeat(Math.min(code.length() - 4, 14)) + code.substring(code.length() - 4);
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
