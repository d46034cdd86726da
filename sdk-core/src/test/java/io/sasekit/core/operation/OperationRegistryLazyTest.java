package io.sasekit.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.schema.SchemaSpec;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The registry parses an operation, and a named schema, when it is first asked for: a row nothing
 * uses costs nothing (a broken one does not even fail the load), and what is parsed is the same
 * whichever accessor asks first.
 */
class OperationRegistryLazyTest {

  private static JsonNode document() throws Exception {
    try (InputStream in = OperationRegistryLazyTest.class.getResourceAsStream("/registry/test-operations.json")) {
      return JsonMapper.shared().readTree(in);
    }
  }

  /** The test document plus one operation whose paging is broken and one schema whose pattern is not a regex. */
  private static ObjectNode withBrokenRows() throws Exception {
    ObjectNode doc = (ObjectNode) document();
    ((ObjectNode) doc.get("schemas")).putObject("Broken").put("type", "string").put("pattern", "([unclosed");
    ObjectNode op = ((ArrayNode) doc.get("operations")).addObject();
    op.put("resource", "brokenThings").put("operation", "list").put("method", "get").put("path", "/broken");
    op.putObject("paging").put("kind", "no-such-kind");
    op.putObject("response").put("shape", "list").putObject("schema").put("$ref", "Broken");
    return doc;
  }

  @Test
  void aBrokenRowThatNothingUsesDoesNotFailTheLoadAndFailsWhenAskedFor() throws Exception {
    OperationRegistry registry = OperationRegistry.fromJson(withBrokenRows());
    JsonNode first = document().get("operations").get(0);
    OperationSpec good = registry.require(first.get("resource").asText(), first.get("operation").asText());
    assertThat(good.pathTemplate()).isEqualTo(first.get("path").asText());

    assertThatThrownBy(() -> registry.require("brokenThings", "list"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("brokenThings.list")
        .hasMessageContaining("no-such-kind");
    assertThat(registry.schemas()).containsKey("Broken");
    assertThatThrownBy(() -> registry.schemas().get("Broken")).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void everyOperationAndSchemaOfTheDocumentIsThereAndParsedOnce() throws Exception {
    JsonNode doc = document();
    OperationRegistry registry = OperationRegistry.fromJson(doc);
    List<String> keys = new ArrayList<>();
    doc.get("operations").forEach(o -> keys.add(o.get("resource").asText() + "." + o.get("operation").asText()));
    List<String> schemaNames = new ArrayList<>();
    doc.get("schemas").fieldNames().forEachRemaining(schemaNames::add);

    assertThat(registry.operations()).extracting(OperationSpec::key).containsExactlyElementsOf(keys);
    assertThat(registry.toString()).contains("operations=" + keys.size());
    assertThat(registry.schemas().keySet()).containsExactlyElementsOf(schemaNames);
    for (OperationSpec op : registry.operations()) {
      assertThat(registry.require(op.resource(), op.operation())).isSameAs(op);
      assertThat(registry.operations(op.resource()).get(op.operation())).isSameAs(op);
    }
    for (String name : schemaNames) {
      SchemaSpec schema = registry.schemas().get(name);
      assertThat(schema).isNotNull().isSameAs(registry.schemas().get(name));
    }
  }

  @Test
  void aDuplicateOperationStillFailsTheLoad() throws Exception {
    ObjectNode doc = (ObjectNode) document();
    ArrayNode ops = (ArrayNode) doc.get("operations");
    ops.add(ops.get(0).deepCopy());
    JsonNode first = ops.get(0);
    assertThatThrownBy(() -> OperationRegistry.fromJson(doc))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate operation in registry: "
            + first.get("resource").asText() + "." + first.get("operation").asText());
  }
}
