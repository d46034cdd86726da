package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import io.sasekit.codegen.normalize.Fragments;
import org.junit.jupiter.api.Test;

/** The registry document follows docs/registry-format.md. */
class RegistryEmitterTest {
  private final ObjectNode doc = new RegistryEmitter().document(Fragments.objects());

  private JsonNode op(String resource, String operation) {
    for (JsonNode o : doc.path("operations")) {
      if (o.path("resource").asText().equals(resource) && o.path("operation").asText().equals(operation)) {
        return o;
      }
    }
    throw new AssertionError(resource + "." + operation);
  }

  @Test
  void topLevel() {
    assertThat(doc.path("api").asText()).isEqualTo("test");
    assertThat(doc.path("title").asText()).isEqualTo("Objects");
    assertThat(doc.path("defaultBaseUrl").asText()).isEqualTo("https://api.example.test");
    assertThat(doc.path("schemas").has("Thing")).isTrue();
    assertThat(doc.path("schemas").has("GenericError")).isTrue();
  }

  @Test
  void everySpecFileIsListedWithTheServersItDeclares() throws Exception {
    JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(
        RegistryEmitterTest.class.getClassLoader().getResource("fragments/objects.yaml"));
    List<String> declared = new ArrayList<>();
    yaml.path("servers").forEach(s -> declared.add(s.path("url").asText()));
    assertThat(declared).isNotEmpty();
    JsonNode files = doc.path("specFiles");
    assertThat(files.size()).isEqualTo(1);
    List<String> written = new ArrayList<>();
    files.path(op("thing", "create").path("specFile").asText()).path("servers").forEach(s -> written.add(s.asText()));
    assertThat(written).isEqualTo(declared);
  }

  @Test
  void operationRows() {
    JsonNode create = op("thing", "create");
    assertThat(create.path("operationId").asText()).isEqualTo("create-thing");
    assertThat(create.path("specFile").asText()).isEqualTo("fragments/objects.yaml");
    assertThat(create.path("method").asText()).isEqualTo("POST");
    assertThat(create.path("path").asText()).isEqualTo("/things");
    assertThat(create.path("summary").asText()).isEqualTo("Create a thing");
    JsonNode folder = create.path("parameters").get(0);
    assertThat(folder.path("name").asText()).isEqualTo("folder");
    assertThat(folder.path("in").asText()).isEqualTo("query");
    assertThat(folder.path("required").asBoolean()).isTrue();
    assertThat(folder.path("schema").path("pattern").asText()).isEqualTo("^[0-9a-zA-Z._\\-\\s]{1,}$");
    assertThat(folder.path("schema").has("enum")).isFalse();
    assertThat(create.path("body").path("required").asBoolean()).isTrue();
    assertThat(create.path("body").path("schema").path("$ref").asText()).isEqualTo("Thing");
    assertThat(create.path("response").path("shape").asText()).isEqualTo("object");
    assertThat(op("thing", "delete").path("response").path("shape").asText()).isEqualTo("none");
    assertThat(op("thing", "delete").has("body")).isFalse();
    assertThat(op("thing", "get").path("response").path("shape").asText()).isEqualTo("single");
    assertThat(op("thing", "list").path("response").path("schema").path("$ref").asText()).isEqualTo("Thing");
    assertThat(op("thing", "list").path("parameters").get(0).path("schema").path("type").asText()).isEqualTo("integer");
  }

  @Test
  void customizationHooksAppearInTheRegistry() {
    ObjectNode hooks = new RegistryEmitter().document(Fragments.hooks());
    JsonNode delete = null;
    JsonNode get = null;
    for (JsonNode o : hooks.path("operations")) {
      if (o.path("operation").asText().equals("delete")) {
        delete = o;
      } else if (o.path("operation").asText().equals("get")) {
        get = o;
      }
    }
    assertThat(delete.path("response").path("shape").asText()).isEqualTo("object");
    assertThat(delete.path("response").path("schema").path("$ref").asText()).isEqualTo("JobSubmission");
    JsonNode job = hooks.path("schemas").path("JobSubmission");
    assertThat(job.path("properties").path("job_id").path("type").asText()).isEqualTo("string");
    assertThat(job.has("required")).isFalse();
    JsonNode folder = get.path("parameters").get(1);
    assertThat(folder.path("name").asText()).isEqualTo("folder");
    assertThat(folder.path("in").asText()).isEqualTo("query");
    assertThat(folder.path("required").asBoolean()).isFalse();
    assertThat(folder.path("schema").path("pattern").asText()).isEqualTo("^[0-9a-zA-Z._\\-\\s]{1,}$");
  }

  @Test
  void schemaObjects() {
    JsonNode thing = doc.path("schemas").path("Thing");
    assertThat(thing.path("required").get(0).asText()).isEqualTo("name");
    assertThat(thing.path("oneOf")).hasSize(3);
    assertThat(thing.path("oneOf").get(1).path("required").get(0).asText()).isEqualTo("fqdn");
    assertThat(thing.path("properties").path("id").path("readOnly").asBoolean()).isTrue();
    assertThat(thing.path("properties").path("password").path("secret").asBoolean()).isTrue();
    assertThat(thing.path("properties").path("name").path("maxLength").asInt()).isEqualTo(63);
    assertThat(thing.path("properties").path("tag").path("items").path("maxLength").asInt()).isEqualTo(127);
    assertThat(thing.toString()).doesNotContain("javaName").doesNotContain("additionalProperties");
  }
}
