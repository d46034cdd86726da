package io.sasekit.prismaaccess.folders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Setup API registry folder discovery reads (generated from the setup spec file) says what the
 * official spec says: every operation of the file, with its parameters, and the folder and snippet
 * members.
 */
class FolderRegistryMatchesSpecTest {

  private static Path mirror() {
    String env = System.getenv("SASEKIT_SPECS_MIRROR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("sasekit.root", "..")).resolve("../shared/specs").normalize();
  }

  @Test
  void operationsParametersAndSchemasMatchTheSetupSpec() throws Exception {
    File file = mirror().resolve("scm/config/sase/setup/config-setup-feb-v1.yaml").toFile();
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(file);
    for (OperationSpec op : FolderService.registry().operations()) {
      JsonNode specOp = spec.path("paths").path(op.pathTemplate()).path(op.method().toLowerCase());
      assertThat(specOp.isMissingNode()).as(op.key()).isFalse();
      assertThat(specOp.path("operationId").asText()).isEqualTo(op.operationId());
      Set<String> specParams = new HashSet<>();
      for (JsonNode p : specOp.path("parameters")) {
        String ref = p.path("$ref").asText();
        JsonNode param = ref.isEmpty() ? p : spec.path("components").path("parameters").path(ref.substring(ref.lastIndexOf('/') + 1));
        specParams.add(param.path("name").asText());
      }
      Set<String> ours = new HashSet<>();
      for (ParameterSpec p : op.parameters()) {
        ours.add(p.name());
      }
      assertThat(ours).as(op.key()).isEqualTo(specParams);
    }
    int specOperations = 0;
    for (JsonNode item : spec.path("paths")) {
      for (String m : List.of("get", "put", "post", "delete", "patch")) {
        specOperations += item.has(m) ? 1 : 0;
      }
    }
    assertThat(FolderService.registry().operations()).as("every operation of the file").hasSize(specOperations);
    JsonNode folders = spec.path("components").path("schemas").path("folders");
    Set<String> specProps = new HashSet<>();
    folders.path("properties").fieldNames().forEachRemaining(specProps::add);
    assertThat(FolderService.registry().schemas().get("Folder").properties().keySet()).isEqualTo(specProps);
    JsonNode snippets = spec.path("components").path("schemas").path("snippets");
    Set<String> snippetProps = new HashSet<>();
    snippets.path("properties").fieldNames().forEachRemaining(snippetProps::add);
    assertThat(FolderService.registry().schemas().get("Snippet").properties().keySet()).isEqualTo(snippetProps);
  }
}
