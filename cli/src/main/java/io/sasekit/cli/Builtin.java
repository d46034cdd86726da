package io.sasekit.cli;

import java.io.PrintStream;

/** A command written by hand (push, folders, operations) rather than generated from a registry. */
interface Builtin {
  /**
   * Runs the command.
   *
   * @param connection where to send calls (opened on first use)
   * @param format the output format
   * @param out where results go
   * @return the exit code
   */
  int run(java.util.function.Supplier<Connection> connection, Output.Format format, PrintStream out);
}
