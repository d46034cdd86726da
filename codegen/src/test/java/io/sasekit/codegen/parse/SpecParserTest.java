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
  void recordsTheDeclaredTypeOfAScalarWithItems() {
    ParsedSpec spec = new SpecParser().parseText("fragments/stray-items.yaml", Fragments.text("stray-items.yaml"));
    io.swagger.v3.oas.models.media.Schema<?> rules =
        (io.swagger.v3.oas.models.media.Schema<?>) spec.openApi().getComponents().getSchemas().get("profiles").getProperties().get("rules");
    io.swagger.v3.oas.models.media.Schema<?> rule = rules.getItems();
    var host = (io.swagger.v3.oas.models.media.Schema<?>) rule.getProperties().get("host");
    assertThat(host.getType()).as("Swagger Parser's inference").isEqualTo("array");
    assertThat(host.getExtensions()).containsEntry(SpecParser.DECLARED_TYPE, "string");
    var severity = (io.swagger.v3.oas.models.media.Schema<?>) rule.getProperties().get("severity");
    assertThat(severity.getExtensions()).isNull();
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> new SpecParser().parseText("x.yaml", "just: [text")).hasMessageContaining("x.yaml");
  }
}
