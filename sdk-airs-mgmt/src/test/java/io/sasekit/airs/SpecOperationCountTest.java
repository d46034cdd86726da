package io.sasekit.airs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.airs.testing.AirsSpec;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Counts the operations of the original spec files themselves (every locked file under the module's
 * folder, read as plain YAML, no OpenAPI library, no generator) and compares them with the generated
 * registry and the naming table: nothing lost, nothing invented.
 */
class SpecOperationCountTest {
  /** The locked files under the module's {@code specPathPrefix}. */
  private static final SpecApi SPEC = SpecApi.of("prisma-airs/management/", false);

  /** "METHOD path" -> operationId, straight from the YAML. */
  private static Map<String, String> specOperations() {
    Map<String, String> out = new TreeMap<>();
    for (SpecOperation so : SPEC.operations()) {
      out.put(so.signature(), so.operationId());
    }
    return out;
  }

  /** "METHOD path" -> spec file, straight from the YAML. */
  private static Map<String, String> specFiles() {
    Map<String, String> out = new TreeMap<>();
    for (SpecOperation so : SPEC.operations()) {
      out.put(so.signature(), so.specFile());
    }
    return out;
  }

  @Test
  void theRegistryHasExactlyTheSpecOperations() {
    Map<String, String> spec = specOperations();
    assertThat(spec).isNotEmpty();
    Map<String, String> registry = new TreeMap<>();
    Map<String, String> files = new TreeMap<>();
    for (OperationSpec op : AirsMgmtOperations.registry().operations()) {
      registry.put(op.method() + " " + op.pathTemplate(), op.operationId());
      files.put(op.method() + " " + op.pathTemplate(), op.specFile());
    }
    assertThat(registry).isEqualTo(spec);
    assertThat(files).isEqualTo(specFiles());
    assertThat(AirsMgmtOperations.registry().api()).isEqualTo("airs-mgmt");
  }

  @Test
  void theNamingTableNamesEverySpecOperationOnce() throws IOException {
    Set<String> rows = new TreeSet<>();
    Set<String> resources = new TreeSet<>();
    for (String line : Files.readAllLines(AirsSpec.repoRoot().resolve("specs/airs-mgmt-naming.tsv"))) {
      if (line.startsWith("#") || line.startsWith("spec_file\t") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      assertThat(rows.add(c[1] + " " + c[2])).as("duplicate row " + line).isTrue();
      OperationSpec op = AirsMgmtOperations.registry().require(c[4], c[5]);
      assertThat(op.method() + " " + op.pathTemplate()).isEqualTo(c[1] + " " + c[2]);
      assertThat(op.operationId()).isEqualTo(c[3]);
      resources.add(c[4]);
    }
    assertThat(rows).isEqualTo(specOperations().keySet());
    assertThat(AirsMgmtOperations.registry().resources()).containsExactlyInAnyOrderElementsOf(resources);
  }
}
