package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.TypeRef;
import org.junit.jupiter.api.Test;

/** Rule {@code NestedArrayBodyFlattened} on {@code fragments/nested-array-body.yaml}. */
class NestedArrayBodyFlattenedTest {
  private static ApiModel normalize(String customization) {
    return new Normalizer().normalize("test", Fragments.parse("nested-array-body.yaml"),
        Fragments.table("nested-array-body.yaml POST /batches batch submit",
            "nested-array-body.yaml POST /singles single submit"),
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
    assertThat(model.methods.get("batch.submit").positional())
        .anySatisfy(p -> assertThat(p.type()).isEqualTo(TypeRef.listOf(TypeRef.model("BatchItem"))));
    assertThat(model.notes(NestedArrayBodyFlattened.RULE)).singleElement()
        .satisfies(n -> assertThat(n.toString()).contains("batch.submit").contains("flat array"));
  }

  @Test
  void staleOrUnknownEntriesFailTheBuild() {
    assertThatThrownBy(() -> normalize("{\"flattenedBodies\": [\"single.submit\"]}"))
        .hasMessageContaining("single.submit").hasMessageContaining("not an array of arrays");
    assertThatThrownBy(() -> normalize("{\"flattenedBodies\": [\"batch.nothing\"]}"))
        .hasMessageContaining("batch.nothing");
  }
}
