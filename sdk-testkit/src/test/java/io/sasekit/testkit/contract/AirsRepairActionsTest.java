package io.sasekit.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sasekit.testkit.contract.internal.RepairActions;
import org.junit.jupiter.api.Test;

/**
 * The two AIRS validator repairs of {@code specs/spec-repairs.md} on small fragments written as the
 * pinned files write the defect: each changes the defect once, leaves a repaired document alone, and
 * leaves alone the shapes it must not take for the defect.
 */
class AirsRepairActionsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static ObjectNode yaml(String text) throws Exception {
    return (ObjectNode) YAML.readTree(text);
  }

  @Test
  void misplacedArrayItems_becomesTheElementSchemaOfTheOneItemlessArray() throws Exception {
    ObjectNode doc = yaml("""
        components:
          schemas:
            Topic: {type: object, properties: {name: {type: string}}}
            Protection:
              type: array
              items:
                type: object
                properties:
                  name: {type: string}
                  tags: {type: array, items: {type: string}}
                  topic-list: {type: array, description: topics}
                  items: {$ref: '#/components/schemas/Topic'}
                required: [name, items]
        """);
    assertThat(RepairActions.apply("misplaced-array-items", doc)).isEqualTo(1);
    ObjectNode props = (ObjectNode) doc.at("/components/schemas/Protection/items/properties");
    assertThat(props.has("items")).isFalse();
    assertThat(props.at("/topic-list/items/$ref").asText()).isEqualTo("#/components/schemas/Topic");
    assertThat(props.at("/tags/items/type").asText()).isEqualTo("string");
    assertThat(doc.at("/components/schemas/Protection/items/required").toString()).isEqualTo("[\"name\"]");
    assertThat(RepairActions.apply("misplaced-array-items", doc)).isZero();
  }

  @Test
  void misplacedArrayItems_leavesAMemberNamedItemsAloneWhenNoArrayOrTwoArraysLackItems() throws Exception {
    ObjectNode doc = yaml("""
        components:
          schemas:
            Scalar:
              type: object
              properties:
                list: {type: array}
                items: {type: integer}
            Ambiguous:
              type: object
              properties:
                a: {type: array}
                b: {type: array}
                items: {$ref: '#/components/schemas/Scalar'}
        """);
    ObjectNode before = doc.deepCopy();
    assertThat(RepairActions.apply("misplaced-array-items", doc)).isZero();
    assertThat(doc).isEqualTo(before);
  }

  @Test
  void nestedArrayBody_isReadAsTheInnerFlatList() throws Exception {
    ObjectNode doc = yaml("""
        paths:
          /v1/scan/async/request:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      type: array
                      items: {$ref: '#/components/schemas/Batch'}
          /v1/scan/sync/request:
            post:
              requestBody: {content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Item'}}}}}
        components:
          schemas:
            Batch: {type: array, items: {$ref: '#/components/schemas/Item'}}
            Item: {type: object, properties: {req_id: {type: integer}}}
        """);
    assertThat(RepairActions.apply("nested-array-body", doc)).isEqualTo(1);
    String media = "/paths/~1v1~1scan~1async~1request/post/requestBody/content/application~1json/schema";
    assertThat(doc.at(media).toString()).isEqualTo("{\"$ref\":\"#/components/schemas/Batch\"}");
    assertThat(doc.at("/paths/~1v1~1scan~1sync~1request/post/requestBody/content/application~1json/schema/type").asText())
        .isEqualTo("array");
    assertThat(RepairActions.apply("nested-array-body", doc)).isZero();
  }
}
