package io.sasekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.errors.UnauthorizedException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.prismaaccess.workflow.JobTimeoutException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code sasekit} command: {@code sasekit <resource> <operation> --param value ... [-o json|table]}
 * for every operation of Prisma Access and Prisma AIRS management (generated from their registries),
 * plus {@code push}, {@code folders} and {@code operations}. Credentials and hosts come from the
 * {@code PANW_*} variables; {@code --offline} runs against the embedded simulator.
 *
 * <p>Exit codes: {@value #OK} done; {@value #FAILED} the API call or the push job failed;
 * {@value #USAGE} bad arguments or invalid parameters (nothing was sent); {@value #CONFIG}
 * credentials missing or rejected.
 */
public final class Sasekit {
  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: the API answered an error, was not reachable, or the push job failed or timed out. */
  public static final int FAILED = 1;
  /** Exit code: bad arguments or parameters the SDK rejected before sending. */
  public static final int USAGE = 2;
  /** Exit code: credentials or TSG missing, or rejected by the identity provider or the API. */
  public static final int CONFIG = 3;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;
  private final Function<Boolean, Connection> connector;

  /**
   * A CLI that prints to {@code out}/{@code err} and opens its connection with {@code connector}
   * (given whether {@code --offline} was set).
   */
  public Sasekit(Map<String, String> env, PrintStream out, PrintStream err, Function<Boolean, Connection> connector) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.connector = connector;
  }

  /** The CLI for this process: its environment, stdout, stderr, a tenant or (offline) a new simulator. */
  public static Sasekit forProcess() {
    Map<String, String> env = System.getenv();
    return new Sasekit(env, System.out, System.err, offline -> offline ? Connection.offline() : Connection.tenant(env));
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(forProcess().run(args));
  }

  /** The whole command tree (every resource and operation of both APIs, and the built-in commands). */
  static CommandLine commandLine() {
    return commandLine(resource -> true);
  }

  /** The command tree with operation commands only under the resource {@code args} names. */
  static CommandLine commandLine(String[] args) {
    String named = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("-o") || args[i].equals(CommandTree.OUTPUT)) {
        i++;
      } else if (!args[i].startsWith("-") && !args[i].equals("help")) {
        named = args[i];
        break;
      }
    }
    String resource = named;
    return commandLine(r -> r.equals(resource));
  }

  private static CommandLine commandLine(java.util.function.Predicate<String> fullResource) {
    CommandSpec top = CommandSpec.create().name("sasekit");
    top.usageMessage().description(
        "Prisma Access and Prisma AIRS management from the shell: sasekit <resource> <operation> --param value ...",
        "Credentials from PANW_CLIENT_ID, PANW_CLIENT_SECRET, PANW_TSG_ID (hosts: PANW_BASE_URL,"
            + " PANW_TOKEN_BASE_URL, PANW_AIRS_BASE_URL); --offline uses the embedded simulator.",
        "Exit codes: 0 done, 1 API call or push failed, 2 bad arguments or parameters, 3 credentials missing or rejected.");
    top.version("sasekit " + version());
    top.usageMessage().footer("", "sasekit <resource> --help lists its operations; sasekit <resource> <operation> --help"
        + " its parameters and their constraints; sasekit operations lists all of them.");
    CommandTree.addGlobalOptions(top);
    CommandLine cl = new CommandLine(top);
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    for (Builtin b : List.of(new PushCommand(), new FoldersCommand(), new OperationsCommand())) {
      CommandLine sub = new CommandLine(b);
      CommandTree.addGlobalOptions(sub.getCommandSpec());
      cl.addSubcommand(sub);
    }
    for (Api api : Api.values()) {
      CommandTree.addResources(cl, api, fullResource);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExpandAtFiles(false); // @file is a JSON body or value, read by Values
    return cl;
  }

  /**
   * Runs one command line.
   *
   * @return the exit code; never calls {@code System.exit}
   */
  public int run(String... args) {
    CommandLine cl = commandLine(args);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    ParseResult parsed;
    try {
      parsed = cl.parseArgs(args);
    } catch (ParameterException e) {
      err.println("error: " + e.getMessage());
      if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        err.println("did you mean: " + String.join(", ", u.getSuggestions()));
      }
      err.println("usage: " + usageLine(e.getCommandLine()) + " (--help for the options)");
      return USAGE;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      return OK;
    }
    List<ParseResult> chain = new ArrayList<>();
    for (ParseResult r = parsed; r != null; r = r.subcommand()) {
      chain.add(r);
    }
    ParseResult leaf = chain.get(chain.size() - 1);
    boolean offline = chain.stream().anyMatch(r -> r.hasMatchedOption(CommandTree.OFFLINE));
    boolean debug = chain.stream().anyMatch(r -> r.hasMatchedOption(CommandTree.DEBUG));
    Output.Format format = Output.Format.json;
    for (ParseResult r : chain) {
      if (r.hasMatchedOption(CommandTree.OUTPUT) && r.commandSpec().findOption(CommandTree.OUTPUT).type() == Output.Format.class) {
        format = r.matchedOptionValue(CommandTree.OUTPUT, Output.Format.json);
      }
    }
    Object command = leaf.commandSpec().userObject();
    if (!(command instanceof Builtin) && !(command instanceof OperationCommand)) {
      String what = chain.size() == 1 ? "a resource or command" : "an operation";
      err.println("error: missing " + what);
      leaf.commandSpec().commandLine().usage(err);
      return USAGE;
    }
    Connection[] opened = new Connection[1];
    Supplier<Connection> connection = () -> {
      if (opened[0] == null) {
        opened[0] = connector.apply(offline);
      }
      return opened[0];
    };
    try {
      if (command instanceof Builtin b) {
        return b.run(connection, format, out);
      }
      OperationCommand op = (OperationCommand) command;
      com.fasterxml.jackson.databind.node.ObjectNode params = Values.parameters(op, leaf);
      io.sasekit.core.dynamic.DynamicDispatcher dispatcher = op.api().dispatcher(connection.get());
      JsonNode result = leaf.hasMatchedOption(CommandTree.ALL) && Pages.pageable(op.operation())
          ? Pages.all(dispatcher, op.operation(), params)
          : dispatcher.execute(op.operation().resource(), op.operation().operation(), params);
      Output.print(result, Pages.itemsMember(op.operation()), format, out);
      return OK;
    } catch (Values.BadValueException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: " + usageLine(leaf.commandSpec().commandLine()) + " (--help for the options)");
      return USAGE;
    } catch (RuntimeException e) {
      out.flush();
      return report(e, debug, offline, opened[0]);
    } finally {
      if (opened[0] != null) {
        opened[0].close();
      }
    }
  }

  private int report(RuntimeException e, boolean debug, boolean offline, Connection connection) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (!(e instanceof SasekitException)) {
      message = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
    err.println("error: " + message);
    int code;
    if (e instanceof ValidationException) {
      code = USAGE;
    } else if (e instanceof ConfigurationException) {
      code = CONFIG;
      if (!offline) {
        err.println("hint: set PANW_CLIENT_ID, PANW_CLIENT_SECRET and PANW_TSG_ID, or add --offline for the embedded simulator");
      }
    } else if (e instanceof TokenException token) {
      code = CONFIG;
      err.println(token.status().isPresent()
          ? "hint: the identity provider rejected the credentials: check PANW_CLIENT_ID, PANW_CLIENT_SECRET and PANW_TSG_ID"
          : "hint: the token endpoint was not reachable: check connectivity to " + tokenUrl(connection)
            + " and proxy settings");
    } else if (e instanceof UnauthorizedException) {
      code = CONFIG;
      err.println("hint: the API rejected the token: check PANW_CLIENT_ID, PANW_CLIENT_SECRET and PANW_TSG_ID");
    } else if (e instanceof JobTimeoutException timeout) {
      code = FAILED;
      err.println("hint: the job may still finish: sasekit job get --id " + timeout.jobId()
          + ", or wait longer with --timeout");
    } else if (e instanceof ApiException api) {
      code = FAILED;
      String shown = message;
      api.requestId().filter(id -> !shown.contains(id)).ifPresent(id -> err.println("request id: " + id));
    } else {
      code = FAILED;
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static String tokenUrl(Connection connection) {
    try {
      return connection == null ? "the token host (PANW_TOKEN_BASE_URL)" : connection.prismaAccess().options().tokenUrl();
    } catch (RuntimeException e) {
      return "the token host (PANW_TOKEN_BASE_URL)";
    }
  }

  private static String usageLine(CommandLine cl) {
    List<String> names = new ArrayList<>();
    for (CommandLine c = cl; c != null; c = c.getParent()) {
      names.add(0, c.getCommandName());
    }
    return String.join(" ", names);
  }

  private static String version() {
    String v = Sasekit.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
