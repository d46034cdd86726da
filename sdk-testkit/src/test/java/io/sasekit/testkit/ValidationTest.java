package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidationTest {
  private static final String ADDRESSES = "/sse/config/v1/addresses";

  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()));
  private Http api;

  @BeforeEach
  void fresh() {
    api = Http.api(sim);
  }

  private static JsonNode error(Http.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode e = r.json().get("_errors").get(0);
    assertThat(e.get("code").asText()).isEqualTo("E003");
    return e;
  }

  @Test
  void tooLongNameIsRefusedNamingTheField() {
    String name = "x".repeat(64);
    JsonNode e = error(api.post(ADDRESSES + "?folder=Shared", "{\"name\":\"" + name + "\",\"ip_netmask\":\"10.0.0.1/32\"}"));
    assertThat(e.get("message").asText()).startsWith("Invalid Object").contains("body.name", "63");
    assertThat(e.at("/details/violations/0/path").asText()).isEqualTo("body.name");
    assertThat(sim.config().candidate("address", "Shared")).isEmpty();
  }

  @Test
  void theSimulatorRefusesWithTheSdksOwnValidation() throws Exception {
    // the same invalid call, checked by the SDK before sending and by the simulator on receipt
    String body = "{\"name\":\"" + "x".repeat(64) + "\",\"ip_netmask\":\"10.0.0.1/32\"}";
    var op = TestRegistries.prismaAccess().require("address", "create");
    var sdk = io.sasekit.core.operation.OperationValidator.validate(op,
        io.sasekit.core.operation.Arguments.builder().param("folder", "Shared").build(),
        io.sasekit.core.json.JsonMapper.shared().readTree(body).deepCopy());
    JsonNode e = error(api.post(ADDRESSES + "?folder=Shared", body));
    java.util.List<String> simulated = new java.util.ArrayList<>();
    e.at("/details/violations").forEach(v -> simulated.add(v.get("message").asText()));
    assertThat(simulated).isNotEmpty().isEqualTo(sdk.stream().map(v -> v.message()).toList());
  }

  @Test
  void missingRequiredMemberIsRefused() {
    JsonNode e = error(api.post(ADDRESSES + "?folder=Shared", "{\"ip_netmask\":\"10.0.0.1/32\"}"));
    assertThat(e.get("message").asText()).contains("body.name is required");
  }

  @Test
  void addressNeedsExactlyOneKind() {
    JsonNode e = error(api.post(ADDRESSES + "?folder=Shared",
        "{\"name\":\"both\",\"ip_netmask\":\"10.0.0.1/32\",\"fqdn\":\"a.example.com\"}"));
    assertThat(e.get("message").asText()).contains("exactly one");
  }

  @Test
  void fqdnPatternIsChecked() {
    JsonNode e = error(api.post(ADDRESSES + "?folder=Shared", "{\"name\":\"f\",\"fqdn\":\"-bad-\"}"));
    assertThat(e.get("message").asText()).contains("body.fqdn");
  }

  @Test
  void missingFolderIsAMissingQueryParameter() {
    JsonNode e = error(api.post(ADDRESSES, "{\"name\":\"a\",\"fqdn\":\"a.example.com\"}"));
    assertThat(e.get("message").asText()).isEqualTo("Missing Query Parameter: folder");
  }

  @Test
  void badEnumInQueryIsRefused() {
    JsonNode e = error(api.get("/sse/config/v1/security-rules?folder=Shared&position=middle"));
    assertThat(e.get("message").asText()).startsWith("Invalid Query Parameter").contains("query.position");
  }

  @Test
  void nonNumericLimitIsRefused() {
    JsonNode e = error(api.get(ADDRESSES + "?folder=Shared&limit=lots"));
    assertThat(e.get("message").asText()).contains("query.limit");
  }

  @Test
  void missingBodyIsRefused() {
    JsonNode e = error(api.send("POST", ADDRESSES + "?folder=Shared", null));
    assertThat(e.get("message").asText()).startsWith("Missing Body");
  }

  @Test
  void malformedJsonIsRefused() {
    JsonNode e = error(api.post(ADDRESSES + "?folder=Shared", "{not json"));
    assertThat(e.get("message").asText()).contains("not valid JSON");
  }

  @Test
  void readOnlyMembersAreIgnoredNotRefused() {
    Http.Reply r = api.post(ADDRESSES + "?folder=Shared",
        "{\"id\":\"client-made\",\"name\":\"ro\",\"ip_netmask\":\"10.0.0.1/32\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("id").asText()).isNotEqualTo("client-made");
  }

  @Test
  void validationCanBeTurnedOff() {
    sim.simulator().validation(false);
    Http.Reply r = api.post(ADDRESSES + "?folder=Shared", "{\"name\":\"" + "y".repeat(80) + "\"}");
    assertThat(r.status()).isEqualTo(201);
  }

  @Test
  void airsValidationUsesTheAirsShape() {
    try (PrismaAccessSimulator airs = TestRegistries.both().start()) {
      Http.Reply r = Http.airs(airs).post("/v1/mgmt/apikey", "{\"api_key_name\":\"k\"}");
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().get("status_code").asInt()).isEqualTo(400);
      assertThat(r.json().get("error_message").asText()).contains("body.auth_code is required");
    }
  }
}
