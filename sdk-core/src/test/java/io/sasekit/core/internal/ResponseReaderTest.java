package io.sasekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.EmptyResponseException;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.Page;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.TestRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading path, without HTTP: every answer form, typed and declared (dynamic) alike. */
class ResponseReaderTest {
  private final ResponseReader reader = new ResponseReader(JsonMapper.shared());

  private static WireRequest request(String method, String body) {
    return new WireRequest(method, "http://localhost/x", "/x", List.of(),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8), body == null ? null : "application/json", false);
  }

  private <T> T read(String op, String method, String sent, int status, String body, ResponseType<T> type) {
    OperationSpec spec = op == null ? null : TestRegistry.op(op.split("\\.")[0], op.split("\\.")[1]);
    return reader.read(spec, request(method, sent), new WireResponse(status, Map.of(), body), type, 20, 40);
  }

  private Page<Address> list(String body) {
    return read("address.list", "GET", null, 200, body, ResponseType.page(Address.class));
  }

  @Test
  void everyListFormReadsAsAPage() {
    assertThat(list("{\"data\":[{\"name\":\"a\"}],\"limit\":200,\"offset\":0,\"total\":1}").data())
        .extracting(Address::name).containsExactly("a");
    assertThat(list("[{\"name\":\"a\"},{\"name\":\"b\"}]").data()).extracting(Address::name).containsExactly("a", "b");
    assertThat(list("{\"name\":\"one\"}").data()).extracting(Address::name).containsExactly("one");
    // an array of an array-typed component, as license-types and locations declare it
    assertThat(list("[[{\"name\":\"a\"},{\"name\":\"b\"}],[{\"name\":\"c\"}]]").data()).extracting(Address::name)
        .containsExactly("a", "b", "c");
    assertThat(list("{\"data\":[[{\"name\":\"a\"}]],\"total\":1}").data()).extracting(Address::name).containsExactly("a");
    Page<Address> none = list("{\"total\":0,\"limit\":200,\"offset\":0}");
    assertThat(none.data()).isEmpty();
    assertThat(list("{\"data\":null}").data()).isEmpty();
    assertThat(list("{}").data()).isEmpty();
    // an object with members the element schema does not declare is an envelope without data
    assertThat(list("{\"_links\":{\"next\":null}}").data()).isEmpty();
    assertThat(list("{\"limit\":200}").data()).isEmpty();
    // limit and offset the answer leaves out come from the request
    Page<Address> bare = list("[]");
    assertThat(bare.limit()).isEqualTo(20);
    assertThat(bare.offset()).isEqualTo(40);
    assertThat(bare.total()).isEmpty();
    assertThat(list("{\"data\":[],\"limit\":\"50\",\"offset\":\"0\",\"total\":\"7\"}").total()).hasValue(7);
    // the spec types the counts "number": a fraction is floored
    assertThat(list("{\"data\":[],\"limit\":17.9,\"total\":3.0}").limit()).isEqualTo(17);
    // an envelope whose data is one object (the SCM objects file declares application-groups so):
    // a page of that one element
    Page<Address> one = list("{\"data\":{\"name\":\"g\"},\"limit\":200,\"offset\":0,\"total\":1}");
    assertThat(one.data()).extracting(Address::name).containsExactly("g");
    assertThat(one.total()).hasValue(1);
    // an envelope with members beyond the usual ones is still the envelope
    assertThat(list("{\"data\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"next\":\"x\"}").data()).extracting(Address::name)
        .containsExactly("a", "b");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"data\":[null]}|$.data[0]", "[null]|$[0]", "[[null]]|$[0][0]",
      "{\"data\":[],\"limit\":\"99999999999\"}|$.limit", "{\"data\":[],\"limit\":99999999999}|$.limit",
      "{\"data\":[],\"offset\":-1}|$.offset", "{\"data\":[],\"total\":\"many\"}|$.total",
      "{\"data\":[],\"limit\":true}|$.limit", "{\"data\":[],\"total\":1e300}|$.total",
      "null|$", "7|$", "\"text\"|$", "{\"data\":[7]}|$.data[0]", "[{\"tag\":{}}]|$[0]"})
  void malformedListsAreTypedErrorsNamingOperationAndPath(String caseLine) {
    String body = caseLine.substring(0, caseLine.lastIndexOf('|'));
    String path = caseLine.substring(caseLine.lastIndexOf('|') + 1);
    assertThatThrownBy(() -> list(body))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.operation()).hasValue("address.list");
          assertThat(e.jsonPath()).hasValue(path);
          assertThat(e.getMessage()).contains("address.list").contains(" at " + path + ":");
        });
  }

  @Test
  void getNeverReturnsNull() {
    for (String body : List.of("null", "[]", "[null]", "{\"data\":[null]}", "7")) {
      assertThatThrownBy(() -> read("address.get", "GET", null, 200, body, ResponseType.single(Address.class)))
          .as(body).isInstanceOf(ResponseParseException.class);
      assertThatThrownBy(() -> read("address.get", "GET", null, 200, body, ResponseType.declared()))
          .as(body).isInstanceOf(ResponseParseException.class);
    }
    assertThatThrownBy(() -> read("address.get", "GET", null, 200, "", ResponseType.single(Address.class)))
        .isInstanceOf(EmptyResponseException.class);
    assertThat(read("address.get", "GET", null, 200, "[[{\"name\":\"n\"}]]", ResponseType.single(Address.class)).name())
        .isEqualTo("n");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201, 204})
  void anEmptyAnswerToAWriteIsASuccess(int status) {
    String sent = "{\"name\":\"a1\",\"ip_netmask\":\"10.0.0.1/32\"}";
    for (String body : List.of("", "  ", "\r\n")) {
      Address typed = read("address.create", "POST", sent, status, body, ResponseType.of(Address.class));
      assertThat(typed.name()).isEqualTo("a1");
      assertThat(typed.id()).isNull();
      JsonNode dynamic = read("address.create", "POST", sent, status, body, ResponseType.declared());
      assertThat(dynamic.path("name").asText()).isEqualTo("a1");
      assertThat(read("address.update", "PUT", sent, status, body, ResponseType.of(Address.class)).ipNetmask())
          .isEqualTo("10.0.0.1/32");
      // an answer of another schema than the body (push answers a job): an empty object, not the body
      JsonNode push = read("configVersion.push", "POST", "{\"folders\":[\"Shared\"]}", status, body, ResponseType.declared());
      assertThat(push.isObject()).isTrue();
      assertThat(push.size()).isZero();
      // shape none: ignored by both doors
      assertThat(read("securityRule.move", "POST", "{}", status, body, ResponseType.none())).isNull();
      assertThat(read("securityRule.move", "POST", "{}", status, body, ResponseType.declared()).size()).isZero();
    }
  }

  @Test
  void theDynamicDoorReadsEachShapeLikeTheTypedClient() {
    JsonNode listed = read("address.list", "GET", null, 200, "[[{\"name\":\"a\"}],[{\"name\":\"b\"}]]", ResponseType.declared());
    assertThat(listed.path("data")).hasSize(2);
    assertThat(listed.path("data").get(1).path("name").asText()).isEqualTo("b");
    assertThat(listed.path("limit").asInt()).isEqualTo(20);
    assertThat(listed.has("total")).isFalse();
    JsonNode enveloped = read("address.list", "GET", null, 200, "{\"data\":[{\"name\":\"a\"}],\"total\":9,\"limit\":1,\"offset\":0}",
        ResponseType.declared());
    assertThat(enveloped.path("total").asInt()).isEqualTo(9);
    JsonNode single = read("address.get", "GET", null, 200, "{\"data\":[{\"name\":\"s\"}]}", ResponseType.declared());
    assertThat(single.path("name").asText()).isEqualTo("s");
    JsonNode moved = read("securityRule.move", "POST", "{}", 200, "{\"anything\":1}", ResponseType.declared());
    assertThat(moved.size()).isZero();
    assertThatThrownBy(() -> read("address.create", "POST", "{}", 201, "[1]", ResponseType.declared()))
        .isInstanceOf(ResponseParseException.class).hasMessageContaining("expected a JSON object, got array");
  }
}
