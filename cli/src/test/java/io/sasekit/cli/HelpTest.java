package io.sasekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help is generated from the registries: every operation, every parameter, its constraints. */
class HelpTest {
  private static final List<String> REGISTRIES = List.of(
      "META-INF/sasekit/prisma-access/operations.json", "META-INF/sasekit/airs-mgmt/operations.json");

  private static List<OperationSpec> everyOperation() {
    List<OperationSpec> all = new java.util.ArrayList<>();
    for (String r : REGISTRIES) {
      all.addAll(OperationRegistry.fromClasspath(r, HelpTest.class.getClassLoader()).operations());
    }
    return all;
  }

  @Test
  void everyOperationHasACommandWhoseHelpNamesEveryParameter() {
    CommandLine top = Sasekit.commandLine();
    List<OperationSpec> ops = everyOperation();
    assertThat(ops).isNotEmpty();
    for (OperationSpec op : ops) {
      CommandLine resource = top.getSubcommands().get(op.resource());
      assertThat(resource).as(op.key()).isNotNull();
      assertThat(resource.getUsageMessage()).as(op.key()).contains(op.operation());
      CommandLine command = resource.getSubcommands().get(op.operation());
      assertThat(command).as(op.key()).isNotNull();
      String help = command.getUsageMessage();
      assertThat(help).as(op.key()).contains(op.method() + " " + op.pathTemplate());
      for (ParameterSpec p : op.parameters()) {
        assertThat(help).as(op.key() + " " + p.name()).contains("--" + p.name());
        p.schema().resolve().maxLength().ifPresent(max -> assertThat(help).as(op.key()).contains(String.valueOf(max)));
      }
      op.bodySpec().ifPresent(b -> {
        b.schema().resolve().properties().forEach((name, schema) -> {
          if (!schema.resolve().readOnly() && op.parameter(name).isEmpty()) {
            assertThat(help).as(op.key() + " body " + name).contains("--" + name);
          }
        });
      });
    }
  }

  @Test
  void operationsListsEveryOperationOfBothApis() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new Sasekit(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, offline -> {
      throw new AssertionError("operations must not connect");
    }).run("operations");
    assertThat(code).isZero();
    Set<String> listed = new HashSet<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      listed.add(line.split("\t")[0]);
    }
    Set<String> expected = new HashSet<>();
    everyOperation().forEach(op -> expected.add(op.resource() + " " + op.operation()));
    assertThat(listed).isEqualTo(expected);
  }

  @Test
  void helpShowsConstraintsFromTheSchema() {
    CommandLine create = Sasekit.commandLine().getSubcommands().get("address").getSubcommands().get("create");
    String help = create.getUsageMessage();
    // from the spec: address name is at most 63 characters; folder carries a pattern
    assertThat(help).contains("--name", "length <= 63", "--folder", "pattern", "--ip_netmask", "--ip-netmask",
        "--body=<json|@file>");
  }

  @Test
  void helpIsPrintedWithExitCode0() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = new Sasekit(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, offline -> {
      throw new AssertionError("help must not connect");
    }).run("security-rule", "--help");
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("list", "create", "move");
    out.reset();
    assertThat(new Sasekit(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, offline -> {
      throw new AssertionError("help must not connect");
    }).run("help", "security-rule")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("list", "create", "move");
  }
}
