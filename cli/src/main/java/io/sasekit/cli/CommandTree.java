package io.sasekit.cli;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the {@code sasekit <resource> <operation>} commands from the operation registries: one
 * command per resource, one subcommand per operation, one option per parameter and per top-level
 * body member, each option's help made of the schema's constraints and the spec's description.
 */
final class CommandTree {
  /** The option that selects the output format. */
  static final String OUTPUT = "--output";
  /** The option that runs against the embedded simulator. */
  static final String OFFLINE = "--offline";
  /** The option that adds stack traces to error reports. */
  static final String DEBUG = "--debug";
  /** The whole-body option of operations that take a body. */
  static final String BODY = "--body";
  /** The follow-every-page option of list operations. */
  static final String ALL = "--all";

  private CommandTree() {}

  /** The options every command accepts (unless an operation has a parameter of that name). */
  static void addGlobalOptions(CommandSpec spec) {
    Set<String> taken = spec.optionsMap().keySet();
    if (!taken.contains(OUTPUT) && !taken.contains("-o")) {
      spec.addOption(OptionSpec.builder("-o", OUTPUT).paramLabel("json|table").type(Output.Format.class)
          .description("output format: json (default) or table").build());
    }
    if (!taken.contains(OFFLINE)) {
      spec.addOption(OptionSpec.builder(OFFLINE).arity("0")
          .description("run against the embedded simulator instead of the tenant the PANW_* variables name").build());
    }
    if (!taken.contains(DEBUG)) {
      spec.addOption(OptionSpec.builder(DEBUG).arity("0")
          .description("print the stack trace of an error (never a secret)").build());
    }
    spec.mixinStandardHelpOptions(true);
  }

  /**
   * Adds a command per resource of {@code api} to {@code top}; only the resources {@code full} accepts
   * get their operation commands (building all of them takes a while, a run needs one).
   */
  static void addResources(CommandLine top, Api api, java.util.function.Predicate<String> full) {
    OperationRegistry registry = api.registry();
    for (String resource : registry.resources()) {
      CommandSpec res = CommandSpec.create().name(resource);
      String kebab = kebab(resource);
      if (!kebab.equals(resource)) {
        res.aliases(kebab);
      }
      res.usageMessage().description(Constraints.escape(api.title() + ": " + resource + " (" + String.join(", ",
          registry.operations(resource).keySet()) + ")"));
      addGlobalOptions(res);
      CommandLine resLine = new CommandLine(res);
      if (full.test(resource) || full.test(kebab)) {
        Set<String> operations = registry.operations(resource).keySet();
        for (OperationSpec op : registry.operations(resource).values()) {
          // forceDelete also answers to force-delete, unless another operation is called that
          String alias = kebab(op.operation());
          String[] aliases = alias.equals(op.operation()) || operations.contains(alias) ? new String[0] : new String[] {alias};
          resLine.addSubcommand(op.operation(), new CommandLine(operation(api, op)), aliases);
        }
      }
      top.addSubcommand(resource, resLine, res.aliases());
    }
  }

  /** The command of one operation. */
  static CommandSpec operation(Api api, OperationSpec op) {
    List<Binding> bindings = new ArrayList<>();
    Map<String, OptionSpec> options = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (ParameterSpec p : op.parameters()) {
      SchemaSpec schema = p.schema() == null ? SchemaSpec.parse(null, Map.of()) : p.schema();
      String text = Constraints.description(p.description() != null ? p.description()
          : schema.resolve().description().orElse(null));
      add(options, bindings, names, p.name(), schema, p.required(), false,
          p.location().name().toLowerCase(Locale.ROOT) + " parameter", text);
    }
    String bodyOption = null;
    if (op.body() != null) {
      SchemaSpec body = op.body().schema().resolve();
      Set<String> required = new LinkedHashSet<>(body.required());
      Map<String, SchemaSpec> members = new LinkedHashMap<>(body.properties());
      for (SchemaSpec option : body.oneOf()) {
        option.resolve().properties().forEach(members::putIfAbsent);
      }
      for (Map.Entry<String, SchemaSpec> m : members.entrySet()) {
        if (m.getValue().resolve().readOnly() || names.contains(m.getKey())) {
          continue;
        }
        add(options, bindings, names, m.getKey(), m.getValue(), required.contains(m.getKey()), true, "body member",
            Constraints.description(m.getValue().resolve().description().orElse(null)));
      }
      if (op.parameter("body").isEmpty() && !names.contains("body")) {
        bodyOption = BODY;
        options.put(BODY, OptionSpec.builder(BODY).paramLabel("<json|@file>").type(String.class)
            .description("the whole request body as JSON, or @file to read it; options above override its members"
                + (op.body().required() ? " (the body is required)" : ""))
            .build());
      }
    }
    if (Pages.pageable(op) && !names.contains("all")) {
      options.put(ALL, OptionSpec.builder(ALL).arity("0")
          .description("follow every page (--offset/--limit per page) and print all items at once").build());
    }
    OperationCommand command = new OperationCommand(api, op, List.copyOf(bindings), bodyOption);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(op.operation());
    List<String> description = new ArrayList<>();
    description.add((op.summary() == null || op.summary().isBlank() ? op.key() : op.summary().strip()));
    description.add(op.method() + " " + op.pathTemplate() + "   (" + api.title() + ", " + op.key() + ")");
    if (!op.exactlyOneOf().isEmpty()) {
      description.add("exactly one of: " + String.join(", ", op.exactlyOneOf().stream().map(n -> "--" + n).toList()));
    }
    spec.usageMessage().description(description.stream().map(Constraints::escape).toArray(String[]::new));
    options.values().forEach(spec::addOption);
    addGlobalOptions(spec);
    return spec;
  }

  private static void add(Map<String, OptionSpec> options, List<Binding> bindings, Set<String> names, String wireName,
      SchemaSpec schema, boolean required, boolean inBody, String where, String text) {
    String primary = "--" + wireName;
    List<String> aliases = new ArrayList<>();
    aliases.add(primary);
    if (taken(options, primary)) {
      return; // two wire names spelled alike: the second stays reachable through --body
    }
    String kebab = "--" + kebab(wireName);
    if (!kebab.equals(primary) && !taken(options, kebab)) {
      aliases.add(kebab);
    }
    SchemaType type = schema.resolve().type();
    OptionSpec.Builder b = OptionSpec.builder(aliases.toArray(new String[0]))
        .paramLabel("<" + wireName + ">")
        .required(required && !inBody)
        .hideParamSyntax(false);
    if (type == SchemaType.ARRAY) {
      b.type(List.class).auxiliaryTypes(String.class).arity("1");
    } else if (type == SchemaType.BOOLEAN) {
      b.type(String.class).arity("0..1").fallbackValue("true").paramLabel("<true|false>");
    } else {
      b.type(String.class).arity("1");
    }
    List<String> lines = new ArrayList<>();
    lines.add(where + "; " + Constraints.line(schema, required));
    if (text != null) {
      lines.add(text);
    }
    b.description(lines.stream().map(Constraints::escape).toArray(String[]::new));
    options.put(primary, b.build());
    names.add(wireName);
    bindings.add(new Binding(primary, wireName, schema, required, inBody));
  }

  private static boolean taken(Map<String, OptionSpec> options, String name) {
    return options.values().stream().anyMatch(o -> List.of(o.names()).contains(name))
        || List.of("-h", "--help", "-V", "--version", "-o", OUTPUT, OFFLINE, DEBUG, BODY, ALL).contains(name);
  }

  /** {@code securityRule} and {@code ip_netmask} as {@code security-rule} and {@code ip-netmask}. */
  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
