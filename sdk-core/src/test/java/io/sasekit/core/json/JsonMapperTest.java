package io.sasekit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.Position;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonMapperTest {
  private final ObjectMapper mapper = JsonMapper.shared();

  @Test
  void toleratesUnknownProperties() throws Exception {
    Address a = mapper.readValue("{\"name\":\"n\",\"brand_new\":[1,2],\"description\":\"d\"}", Address.class);
    assertThat(a.name()).isEqualTo("n");
    assertThat(a.description()).contains("d");
  }

  @Test
  void omitsNullsAndAbsentOptionals() throws Exception {
    assertThat(mapper.writeValueAsString(new Address(null, "n", null, null, Optional.empty(), null)))
        .isEqualTo("{\"name\":\"n\"}");
  }

  @Test
  void writesDatesAsIsoStringsAndOpenEnumsAsTheirValue() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", OffsetDateTime.parse("2026-01-02T03:04:05Z"));
    m.put("position", Position.of("brand-new"));
    assertThat(mapper.writeValueAsString(m)).isEqualTo("{\"at\":\"2026-01-02T03:04:05Z\",\"position\":\"brand-new\"}");
    assertThat(mapper.readValue("\"2026-01-02T03:04:05+02:00\"", OffsetDateTime.class).getOffset().getTotalSeconds())
        .isEqualTo(7200);
  }

  @Test
  void createGivesAnIndependentCopy() {
    assertThat(JsonMapper.create()).isNotSameAs(JsonMapper.shared());
  }

  @Test
  void unknownOpenEnumValuesFromTheServiceAreRecordedWithTheirPaths() throws Exception {
    ObjectMapper mapper = JsonMapper.shared();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("color", Position.received("Neon Pink"));
    body.put("mine", Position.of("built-by-the-caller"));
    body.put("rules", java.util.List.of(
        Map.of("host", Position.received("pre")),
        Map.of("host", Position.received("somewhere-new"))));
    java.util.Set<String> paths = new java.util.HashSet<>();
    com.fasterxml.jackson.databind.util.TokenBuffer buffer =
        new com.fasterxml.jackson.databind.util.TokenBuffer(mapper, false);
    mapper.writer().withAttribute(JsonMapper.UNKNOWN_ENUM_PATHS, paths).writeValue(buffer, body);
    assertThat(((com.fasterxml.jackson.databind.JsonNode) mapper.readTree(buffer.asParser())).path("rules").get(1).path("host").asText())
        .isEqualTo("somewhere-new");
    assertThat(paths).containsExactlyInAnyOrder("body.color", "body.rules[1].host");
  }

  @Test
  void wholeNumbersOfTypeNumberAreWrittenPlainly() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", 41.0);
    body.put("created", 1.7E9);
    body.put("ratio", 0.25);
    body.put("huge", 1e300);
    assertThat(JsonMapper.shared().writeValueAsString(body))
        .isEqualTo("{\"version\":41,\"created\":1700000000,\"ratio\":0.25,\"huge\":1.0E300}");
  }
}
