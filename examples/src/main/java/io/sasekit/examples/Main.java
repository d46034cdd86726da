package io.sasekit.examples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The launcher: {@code Main <example> [args]}. Without arguments it lists the examples.
 *
 * <p>Every example runs against the embedded simulator unless {@code PANW_CLIENT_ID} and
 * {@code PANW_CLIENT_SECRET} are set. Exit codes: 0 done, 1 an API call or the push failed (the
 * SDK's message on stderr), 2 bad arguments (usage on stderr).
 */
public final class Main {
  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code when an API call, the push job or part of the work failed. */
  public static final int FAILED = 1;
  /** Exit code for bad arguments. */
  public static final int USAGE = 2;

  /** Every example, in the order the launcher lists them. */
  public static final List<Example> EXAMPLES = List.of(
      IocBlocking.EXAMPLE,
      PhishingResponse.EXAMPLE,
      AccountContainment.EXAMPLE,
      BulkIocImport.EXAMPLE,
      RemoteNetworkProvisioning.EXAMPLE,
      ComplianceReport.EXAMPLE,
      ScmIocBlocking.EXAMPLE,
      ScmRemoteNetwork.EXAMPLE,
      AirsApiKeyAndProfile.EXAMPLE,
      AirsDeploymentProfiles.EXAMPLE,
      AirsScan.EXAMPLE);

  private Main() {}

  /** Runs the launcher and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs {@code args} (example name first) against the target the environment selects: a real
   * tenant when {@code PANW_CLIENT_ID}/{@code PANW_CLIENT_SECRET} are set, else a new embedded
   * simulator, stopped at the end.
   *
   * @return the exit code; never calls {@code System.exit}
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return launch(args, () -> Target.fromEnv(env), true, isSet(env.get(ErrorReport.ENV_DEBUG)), out, err);
  }

  /**
   * Runs {@code args} (example name first) against {@code target}, which stays open.
   *
   * @return the exit code; never calls {@code System.exit}
   */
  public static int run(String[] args, Target target, PrintStream out, PrintStream err) {
    return launch(args, () -> target, false, false, out, err);
  }

  /** The example called {@code name}. */
  public static Optional<Example> find(String name) {
    return EXAMPLES.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static int launch(String[] args, Supplier<Target> targets, boolean closeTarget, boolean debug,
      PrintStream out, PrintStream err) {
    if (args.length == 0) {
      printList(err);
      return USAGE;
    }
    String name = args[0];
    if (List.of("-h", "--help", "help", "list").contains(name)) {
      printList(out);
      return OK;
    }
    Optional<Example> example = find(name);
    if (example.isEmpty()) {
      err.println("error: unknown example '" + name + "'");
      printList(err);
      return USAGE;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println("usage: " + example.get().usage());
      return OK;
    }
    Example.Run run;
    Target target;
    try {
      run = example.get().preparer().prepare(rest);
      target = targets.get();
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: " + example.get().usage());
      return USAGE;
    } catch (RuntimeException e) {
      ErrorReport.print(e, err, debug, null);
      return FAILED;
    }
    try {
      out.println(example.get().api() + " example '" + name + "'");
      out.println(target.describe(example.get().api()));
      out.println();
      return run.execute(target, out);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      out.flush();
      ErrorReport.print(e, err, debug, target.hosts(example.get().api()));
      return FAILED;
    } finally {
      if (closeTarget) {
        target.close();
      }
    }
  }

  /** Prints the list of examples and how to run them. */
  static void printList(PrintStream s) {
    s.println("usage: Main <example> [args]    (./run-example.sh <example> [args]; <example> --help for its options)");
    s.println();
    s.println("examples:");
    int width = EXAMPLES.stream().mapToInt(e -> e.name().length()).max().orElse(0);
    for (Example e : EXAMPLES) {
      s.println("  " + Steps.pad(e.name(), width) + "  " + e.summary());
    }
    s.println();
    s.println("Runs offline against the embedded simulator unless PANW_CLIENT_ID and PANW_CLIENT_SECRET"
        + " (and PANW_TSG_ID) are set. Exit codes: 0 done, 1 API or push failure, 2 bad arguments.");
  }

  /** Entry point of an example's own {@code main}: the launcher with the example's name first. */
  static void main(String example, String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = example;
    System.arraycopy(args, 0, all, 1, args.length);
    main(all);
  }

  private static boolean isSet(String s) {
    return s != null && !s.isBlank() && !s.equals("0") && !s.equalsIgnoreCase("false");
  }
}
