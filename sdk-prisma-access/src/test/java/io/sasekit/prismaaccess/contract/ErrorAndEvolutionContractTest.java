package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ApiError;
import io.sasekit.core.errors.ConflictException;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.Tag;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The typed client against WireMock on the paths that are not a plain success: the service's
 * {@code _errors} answers become the typed exceptions, and an object the service answers with a
 * member and an enum value this SDK does not know goes back unchanged on update.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAndEvolutionContractTest {
  private static final ObjectMapper MAPPER = JsonMapper.shared();
  private ContractServer wire;

  @BeforeAll
  void start() {
    wire = new ContractServer();
  }

  @AfterAll
  void stop() {
    wire.close();
  }

  @BeforeEach
  void reset() {
    wire.reset();
  }

  private static OperationSpec op(String resource, String operation) {
    return PrismaAccessOperations.registry().require(resource, operation);
  }

  private void answer(String template, String resource, String operation, JsonNode fixture) {
    OperationSpec op = op(resource, operation);
    wire.stub(ContractData.stub(template, op.method(), op.pathTemplate(), fixture, 0));
  }

  private CapturedRequest onlyRequest() {
    assertThat(wire.apiRequests()).hasSize(1);
    return wire.apiRequests().get(0);
  }

  private static void assertValid(String resource, String operation, CapturedRequest r) {
    assertThat(SpecRequestValidator.forSpec(PrismaAccessSpec.API, PrismaAccessSpec.SPEC.file(op(resource, operation).specFile())).errors(r)).as(r.toString())
        .isEmpty();
  }

  @Test
  void conflictBecomesConflictExceptionWithCodeMessageAndRequestId() throws Exception {
    JsonNode fixture = ContractData.fixture("address");
    JsonNode body = ContractData.read("wiremock/error-409.json").at("/response/jsonBody");
    answer("error-409", "address", "create", fixture);

    Address address = MAPPER.treeToValue(fixture, Address.class);
    Throwable thrown = catchThrowable(() -> wire.client.addresses().create("Shared", address));

    assertThat(thrown).isInstanceOf(ConflictException.class);
    ConflictException e = (ConflictException) thrown;
    assertThat(e.status()).isEqualTo(409);
    assertThat(e.errors()).extracting(ApiError::code, ApiError::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E006", "Name Not Unique"));
    assertThat(e.requestId()).contains(body.path("_request_id").asText());
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.getMessage()).contains("Name Not Unique").contains("E006");
    assertValid("address", "create", onlyRequest());
  }

  @Test
  void notFoundBecomesNotFoundException() {
    JsonNode fixture = ContractData.fixture("securityRule");
    JsonNode body = ContractData.read("wiremock/error-404.json").at("/response/jsonBody");
    answer("error-404", "securityRule", "get", fixture);

    Throwable thrown = catchThrowable(() -> wire.client.securityRules().get(fixture.path("id").asText()));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    NotFoundException e = (NotFoundException) thrown;
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.errors()).extracting(ApiError::code).containsExactly("E005");
    assertThat(e.errors()).extracting(ApiError::message).containsExactly("Object Not Present");
    assertThat(e.requestId()).contains(body.path("_request_id").asText());
    assertThat(onlyRequest().path()).isEqualTo("/sse/config/v1/security-rules/" + fixture.path("id").asText());
  }

  @Test
  void unknownMembersSurviveGetToBuilderUpdate() throws Exception {
    ObjectNode evolved = (ObjectNode) ContractData.read("fixtures/evolved/tag.json");
    evolved.put("color", "Orange");
    JsonNode sent = roundTrip(evolved);
    assertThat(sent.path("color").asText()).isEqualTo("Orange");
  }

  @Test
  void unknownMemberAndUnknownEnumValueSurviveGetToBuilderUpdate() throws Throwable {
    JsonNode evolved = ContractData.read("fixtures/evolved/tag.json");
    KnownDefects.check("evolution.unknown-enum-value", "tag get -> toBuilder -> update with color 'Neon Pink'", () -> {
      JsonNode sent = roundTrip(evolved);
      assertThat(sent.path("color").asText()).isEqualTo("Neon Pink");
    });
  }

  /**
   * GET answers {@code evolved}; the tag is edited through {@code toBuilder} and updated: returns the
   * body of the PUT, after checking that every member the service sent comes back, unknown ones too.
   */
  private JsonNode roundTrip(JsonNode evolved) throws Exception {
    String id = evolved.path("id").asText();
    wire.reset();
    answer("object", "tag", "get", evolved);
    Tag tag = wire.client.tags().get(id);
    assertThat(tag.name()).isEqualTo("dmz");
    assertThat(tag.color()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(evolved.path("color").asText()));
    assertThat(tag.additionalProperties()).containsKeys("created_by", "usage_count");

    wire.reset();
    answer("object", "tag", "update", evolved);
    wire.client.tags().update(id, tag.toBuilder().comments("DMZ objects, reviewed 2026-11").build());

    CapturedRequest put = onlyRequest();
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/sse/config/v1/tags/" + id);
    JsonNode sent = MAPPER.readTree(put.body());
    assertThat(sent.path("created_by")).isEqualTo(evolved.path("created_by"));
    assertThat(sent.path("usage_count").asInt()).isEqualTo(17);
    assertThat(sent.path("comments").asText()).isEqualTo("DMZ objects, reviewed 2026-11");
    assertThat(sent.path("name").asText()).isEqualTo("dmz");
    assertThat(sent.path("folder").asText()).isEqualTo("Shared");
    assertThat(sent.has("id")).as("the read-only id is not sent back").isFalse();
    // the original spec does not know these members: they are exactly what it objects to
    List<String> errors = SpecRequestValidator.forSpec(PrismaAccessSpec.API, PrismaAccessSpec.SPEC.file(op("tag", "update").specFile())).errors(put);
    assertThat(errors).isNotEmpty().allMatch(e -> e.contains("created_by") || e.contains("usage_count") || e.contains("Neon Pink"));
    return sent;
  }
}
