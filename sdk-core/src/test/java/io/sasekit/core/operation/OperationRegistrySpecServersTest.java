package io.sasekit.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code specFiles} of the registry document: each spec file's servers, in the document's order. */
class OperationRegistrySpecServersTest {

  @Test
  void eachSpecFileKeepsItsServersInOrder() {
    ObjectNode doc = JsonMapper.shared().createObjectNode().put("api", "t");
    ObjectNode files = doc.putObject("specFiles");
    files.putObject("b/new.yaml").putArray("servers").add("https://new.example.test/config/b/v1")
        .add("https://old.example.test/sse/b");
    files.putObject("a/one.yaml").putArray("servers").add("https://new.example.test/config/a/v1");
    files.putObject("c/none.yaml").putArray("servers");
    doc.putArray("operations");

    OperationRegistry registry = OperationRegistry.fromJson(doc);

    assertThat(registry.specServers().keySet()).containsExactly("b/new.yaml", "a/one.yaml", "c/none.yaml");
    assertThat(registry.specServers().get("b/new.yaml"))
        .containsExactly("https://new.example.test/config/b/v1", "https://old.example.test/sse/b");
    assertThat(registry.specServers().get("c/none.yaml")).isEmpty();
    assertThatThrownBy(() -> registry.specServers().put("d.yaml", List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.specServers().get("a/one.yaml").add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aDocumentWithoutSpecFilesHasNone() {
    ObjectNode doc = JsonMapper.shared().createObjectNode().put("api", "t");
    doc.putArray("operations");
    assertThat(OperationRegistry.fromJson(doc).specServers()).isEmpty();
  }
}
