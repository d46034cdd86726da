package io.sasekit.cli;

import io.sasekit.core.operation.OperationSpec;
import java.io.PrintStream;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sasekit operations}: every operation the CLI reaches, one line each, from the registries. */
@Command(name = "operations", description = "List every operation of both APIs: resource, operation, method, path, summary.")
final class OperationsCommand implements Builtin {
  @Option(names = "--api", paramLabel = "<api>", description = "only this API: ${COMPLETION-CANDIDATES}")
  Api api;

  @Override
  public int run(Supplier<Connection> connection, Output.Format format, PrintStream out) {
    for (Api a : Api.values()) {
      if (api != null && api != a) {
        continue;
      }
      for (OperationSpec op : a.registry().operations()) {
        out.println(op.resource() + " " + op.operation() + "\t" + op.method() + " "
            + op.pathTemplate() + "\t" + (op.summary() == null ? "" : op.summary().strip()));
      }
    }
    out.flush();
    return Sasekit.OK;
  }
}
