package io.sasekit.codegen.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.normalize.Fragments;
import org.junit.jupiter.api.Test;

class SpecParserTest {
  @Test
  void parsesOneFileKeepingLocalReferences() {
    ParsedSpec spec = new SpecParser().parseText("fragments/objects.yaml", Fragments.text("objects.yaml"));
    assertThat(spec.fileName()).isEqualTo("objects.yaml");
    assertThat(spec.openApi().getPaths()).containsKeys("/things", "/things/{id}");
    assertThat(spec.openApi().getPaths().get("/things").getPost().getRequestBody().getContent()
        .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/objects-things");
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> new SpecParser().parseText("x.yaml", "just: [text")).hasMessageContaining("x.yaml");
  }
}
