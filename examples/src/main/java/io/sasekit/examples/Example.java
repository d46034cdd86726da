package io.sasekit.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * One runnable example as the launcher knows it: a name, a one-line summary, its usage text and
 * how to turn arguments into a run.
 *
 * @param name the name given to the launcher, e.g. {@code ioc-blocking}
 * @param api {@code Prisma Access}, {@code Strata Cloud Manager} or {@code Prisma AIRS}
 * @param summary one line for the launcher's list
 * @param usage the usage text (first line: name and arguments; then one line per option)
 * @param preparer parses the arguments into a run
 */
public record Example(String name, String api, String summary, String usage, Preparer preparer) {

  /** Parses an example's arguments. */
  @FunctionalInterface
  public interface Preparer {
    /**
     * Parses the arguments.
     *
     * @param args the arguments after the example's name
     * @return the run, ready to execute against a target
     * @throws UsageException for bad arguments (nothing has been sent anywhere)
     */
    Run prepare(List<String> args);
  }

  /** A parsed example, ready to run. */
  @FunctionalInterface
  public interface Run {
    /**
     * Runs the example.
     *
     * @param target where to run
     * @param out where to print the steps and the summary
     * @return the exit code: 0 done, 1 done with failures
     * @throws io.sasekit.core.errors.SasekitException when an API call fails (the launcher prints it, exit 1)
     */
    int execute(Target target, PrintStream out);
  }
}
