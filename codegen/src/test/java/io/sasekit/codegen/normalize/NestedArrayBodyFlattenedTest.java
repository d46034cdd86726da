package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.TypeRef;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code NestedArrayBodyFlattened} on {@code fragments/nested-array-body.yaml}, and the
 * {@code explode: false} query array of the same fragment.
 */
class NestedArrayBodyFlattenedTest {
  private static ApiModel normalize(String customization) {
    return Fragments.normalize("test", Fragments.parse("nested-array-body.yaml"),
        Fragments.table("nested-array-body.yaml POST /batches batch submit",
            "nested-array-body.yaml POST /singles single submit",
            "nested-array-body.yaml GET /results result query"),
        Customization.parse(customization));
  }

  @Test
  void withoutTheRule_theBodyStaysAnArrayOfArrays() {
    ApiModel model = normalize("{}");
    Operation op = model.operation("batch", "submit");
    assertThat(op.body.type).isEqualTo("array");
    assertThat(op.body.items.type).isEqualTo("array");
    assertThat(model.notes(NestedArrayBodyFlattened.RULE)).isEmpty();
  }

  @Test
  void namedOperation_getsTheInnerFlatArrayInTheModelAndTheJavaFace() {
    ApiModel model = normalize("{\"flattenedBodies\": [\"batch.submit\"]}");
    Operation op = model.operation("batch", "submit");
    assertThat(op.body.type).isEqualTo("array");
    assertThat(op.body.items.ref).isEqualTo("BatchItem");
    assertThat(Fragments.plan(model).methods().get("batch.submit").positional())
        .anySatisfy(p -> assertThat(p.type()).isEqualTo(TypeRef.listOf(TypeRef.model("BatchItem"))));
    assertThat(model.notes(NestedArrayBodyFlattened.RULE)).singleElement()
        .satisfies(n -> assertThat(n.toString()).contains("batch.submit").contains("flat array"));
  }

  @Test
  void explodeFalseQueryArray_isKeptInTheModelAndTheRegistry() {
    ApiModel model = normalize("{}");
    Operation query = model.operation("result", "query");
    assertThat(query.parameters).extracting(p -> p.name + "=" + p.explode).containsExactly("ids=false", "tags=true");
    com.fasterxml.jackson.databind.JsonNode doc = new io.sasekit.codegen.emit.RegistryEmitter().document(model);
    com.fasterxml.jackson.databind.JsonNode params = null;
    for (com.fasterxml.jackson.databind.JsonNode o : doc.path("operations")) {
      if (o.path("operation").asText().equals("query")) {
        params = o.path("parameters");
      }
    }
    assertThat(params.get(0).path("explode").asBoolean(true)).isFalse();
    assertThat(params.get(1).has("explode")).isFalse();
  }

  @Test
  void staleOrUnknownEntriesFailTheBuild() {
    assertThatThrownBy(() -> normalize("{\"flattenedBodies\": [\"single.submit\"]}"))
        .hasMessageContaining("single.submit").hasMessageContaining("not an array of arrays");
    assertThatThrownBy(() -> normalize("{\"flattenedBodies\": [\"batch.nothing\"]}"))
        .hasMessageContaining("batch.nothing");
  }
}
