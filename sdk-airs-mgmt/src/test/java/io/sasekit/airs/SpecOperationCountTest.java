package io.sasekit.airs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.airs.testing.AirsSpec;
import io.sasekit.core.operation.OperationSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Counts the operations of the original spec file itself (plain YAML, no OpenAPI library, no
 * generator) and compares them with the generated registry and the naming table: nothing lost,
 * nothing invented.
 */
class SpecOperationCountTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  /** "METHOD path" -> operationId, straight from the YAML. */
  private static Map<String, String> specOperations() {
    Map<String, String> out = new TreeMap<>();
    JsonNode paths = AirsSpec.yaml().path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey())) {
          out.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue().path("operationId").asText());
        }
      }
    }
    return out;
  }

  @Test
  void theRegistryHasExactlyTheSpecOperations() {
    Map<String, String> spec = specOperations();
    assertThat(spec).isNotEmpty();
    Map<String, String> registry = new TreeMap<>();
    for (OperationSpec op : AirsMgmtOperations.registry().operations()) {
      registry.put(op.method() + " " + op.pathTemplate(), op.operationId());
      assertThat(op.specFile()).isEqualTo(AirsSpec.PATH);
    }
    assertThat(registry).isEqualTo(spec);
    assertThat(AirsMgmtOperations.registry().api()).isEqualTo("airs-mgmt");
    assertThat(AirsMgmtOperations.registry().resources()).containsExactlyInAnyOrder(
        "apiKey", "aiSecurityProfile", "customTopic", "customerApp", "dlpProfile", "deploymentProfile", "oauth");
  }

  @Test
  void theNamingTableNamesEverySpecOperationOnce() throws IOException {
    Set<String> rows = new TreeSet<>();
    for (String line : Files.readAllLines(AirsSpec.repoRoot().resolve("specs/airs-mgmt-naming.tsv"))) {
      if (line.startsWith("#") || line.startsWith("spec_file\t") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t");
      assertThat(rows.add(c[1] + " " + c[2])).as("duplicate row " + line).isTrue();
      OperationSpec op = AirsMgmtOperations.registry().require(c[4], c[5]);
      assertThat(op.method() + " " + op.pathTemplate()).isEqualTo(c[1] + " " + c[2]);
      assertThat(op.operationId()).isEqualTo(c[3]);
    }
    assertThat(rows).isEqualTo(specOperations().keySet());
  }
}
