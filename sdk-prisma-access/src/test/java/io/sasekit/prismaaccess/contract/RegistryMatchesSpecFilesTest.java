package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry the generator compiled against the 68 original files read as plain YAML here
 * ({@link SpecDocuments}): the same operations (spec file, method, path), the same count, the same
 * path stems; and the naming table names each of them exactly once.
 */
class RegistryMatchesSpecFilesTest {
  /** Cross-check only: the count the specs' README states for this folder. Everything else is counted. */
  private static final int README_OPERATION_COUNT = 344;

  private static List<SpecDocuments.SpecOperation> specOps;
  private static Set<String> specKeys;

  @BeforeAll
  static void readFiles() {
    specOps = SpecDocuments.allOperations();
    specKeys = new TreeSet<>();
    specOps.forEach(o -> specKeys.add(o.specFile() + " " + o.signature()));
  }

  @Test
  void everyLockedFileIsReadAndDeclaresOperations() throws IOException {
    long locked = Files.readAllLines(SpecMirror.repoRoot().resolve("specs/specs.lock.tsv")).stream()
        .filter(l -> l.startsWith(SpecMirror.PREFIX)).count();
    assertThat(SpecMirror.prismaAccess()).hasSize((int) locked);
    for (SpecMirror.SpecFile f : SpecMirror.prismaAccess()) {
      assertThat(SpecDocuments.operations(f)).as(f.path()).isNotEmpty();
    }
    assertThat(specKeys).as("no operation declared twice").hasSize(specOps.size());
    assertThat(specOps).as("cross-check with the specs' README").hasSize(README_OPERATION_COUNT);
  }

  @Test
  void registryHasExactlyTheOperationsTheFilesDeclare() {
    List<OperationSpec> ops = PrismaAccessOperations.registry().operations();
    Set<String> registryKeys = new TreeSet<>();
    ops.forEach(op -> registryKeys.add(op.specFile() + " " + op.method() + " " + op.pathTemplate()));
    assertThat(ops).hasSize(specOps.size());
    assertThat(registryKeys).hasSize(specOps.size());
    assertThat(registryKeys).isEqualTo(specKeys);
    assertThat(PrismaAccessOperations.OPERATION_COUNT).isEqualTo(specOps.size());
  }

  @Test
  void registryHasTheSamePathStems() {
    Set<String> specStems = new TreeSet<>();
    specOps.forEach(o -> specStems.add(o.stem()));
    Set<String> registryStems = new TreeSet<>();
    PrismaAccessOperations.registry().operations().forEach(op -> registryStems.add(SpecDocuments.stem(op.pathTemplate())));
    assertThat(registryStems).isEqualTo(specStems);
    assertThat(specStems).contains("/sse/config/v1/addresses", "/sse/config/v1/config-versions",
        "/sse/config/v1/certificates", "/sse/config/v1/mobile-agent/user-authentication");
  }

  @Test
  void operationIdsMatch() {
    Map<String, String> specIds = new LinkedHashMap<>();
    specOps.forEach(o -> specIds.put(o.specFile() + " " + o.signature(), o.operationId()));
    for (OperationSpec op : PrismaAccessOperations.registry().operations()) {
      assertThat(op.operationId()).as(op.toString())
          .isEqualTo(specIds.get(op.specFile() + " " + op.method() + " " + op.pathTemplate()));
    }
  }

  @Test
  void namingTableCoversEveryOperationOnce() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String line : Files.readAllLines(SpecMirror.repoRoot().resolve("specs/prisma-access-naming.tsv"))) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("spec_file\t")) {
        continue;
      }
      String[] c = line.split("\t");
      if (rows.put(c[0] + " " + c[1] + " " + c[2], c) != null) {
        duplicates.add(line);
      }
    }
    assertThat(duplicates).isEmpty();
    assertThat(rows.keySet()).isEqualTo(specKeys);

    Set<String> resources = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    for (OperationSpec op : PrismaAccessOperations.registry().operations()) {
      String[] row = rows.get(op.specFile() + " " + op.method() + " " + op.pathTemplate());
      assertThat(row).as(op.toString()).isNotNull();
      assertThat(op.operationId()).as("operation id of " + op).isEqualTo(row[3]);
      assertThat(op.resource() + "." + op.operation()).as(op.toString()).isEqualTo(row[4] + "." + row[5]);
      resources.add(row[4]);
      keys.add(row[4] + "." + row[5]);
    }
    assertThat(keys).as("resource.operation is unique").hasSize(specOps.size());

    // one service accessor on the client per resource key of the table
    Set<String> services = new TreeSet<>();
    for (Method m : PrismaAccessClient.class.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType().isInterface()
          && m.getReturnType().getPackageName().endsWith(".services")) {
        services.add(m.getReturnType().getSimpleName());
      }
    }
    Set<String> expected = new TreeSet<>();
    resources.forEach(r -> expected.add(Character.toUpperCase(r.charAt(0)) + r.substring(1) + "Service"));
    assertThat(services).isEqualTo(expected);
  }
}
