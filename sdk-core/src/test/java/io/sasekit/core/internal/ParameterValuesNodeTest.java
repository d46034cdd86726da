package io.sasekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.schema.SchemaSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ParameterValues#node}: the scalars made without the mapper (text, booleans, ints, longs)
 * are the nodes the mapper makes, and the schema's coercion of texts reads them as before.
 */
class ParameterValuesNodeTest {
  private final ObjectMapper mapper = JsonMapper.shared();
  private final ParameterValues values = new ParameterValues(mapper);

  @Test
  void scalarsAreTheNodesTheMapperMakes() {
    for (Object v : List.of("", "abc", " 12 ", true, false, 0, -7, Integer.MAX_VALUE, 0L, Long.MIN_VALUE,
        3.5, new BigDecimal("1.50"), (short) 3)) {
      JsonNode expected = mapper.valueToTree(v);
      JsonNode actual = values.node(v, null);
      assertThat(actual).as("%s (%s)", v, v.getClass().getSimpleName()).isEqualTo(expected);
      assertThat(actual.getNodeType()).isEqualTo(expected.getNodeType());
      assertThat(actual.numberType()).isEqualTo(expected.numberType());
    }
  }

  @Test
  void textsAreCoercedToTheSchemasType() {
    SchemaSpec integer = schema("{\"type\":\"integer\"}");
    SchemaSpec bool = schema("{\"type\":\"boolean\"}");
    SchemaSpec text = schema("{\"type\":\"string\"}");
    assertThat(values.node(" 42 ", integer).isIntegralNumber()).isTrue();
    assertThat(values.node(" 42 ", integer).asLong()).isEqualTo(42L);
    assertThat(values.node("+7", integer).asLong()).isEqualTo(7L);
    assertThat(values.node("4.2", integer).isTextual()).isTrue();
    assertThat(values.node("true", bool).isBoolean()).isTrue();
    assertThat(values.node("yes", bool).isTextual()).isTrue();
    assertThat(values.node("42", text).isTextual()).isTrue();
  }

  private SchemaSpec schema(String json) {
    try {
      return SchemaSpec.parse(mapper.readTree(json), Map.of());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
