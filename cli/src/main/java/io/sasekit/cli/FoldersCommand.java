package io.sasekit.cli;

import io.sasekit.core.json.JsonMapper;
import java.io.PrintStream;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code sasekit folders}: the tenant's folders and snippets (SCM Setup API), or the system folders. */
@Command(name = "folders", description = {
    "List the tenant's folders and snippets (the six system folders when the account may not list them).",
    "GET /config/setup/v1/folders and /config/setup/v1/snippets"})
final class FoldersCommand implements Builtin {
  @Override
  public int run(Supplier<Connection> connection, Output.Format format, PrintStream out) {
    Output.print(JsonMapper.shared().valueToTree(connection.get().prismaAccess().folders().list()), format, out);
    return Sasekit.OK;
  }
}
