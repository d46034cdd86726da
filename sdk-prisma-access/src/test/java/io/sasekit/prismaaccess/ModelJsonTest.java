package io.sasekit.prismaaccess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.DecryptionRule;
import io.sasekit.prismaaccess.models.IkeGateway;
import io.sasekit.prismaaccess.models.Position;
import org.junit.jupiter.api.Test;

/** Generated models and enums on the wire: tolerant reading, unknowns kept, secrets redacted. */
class ModelJsonTest {
  private final ObjectMapper mapper = JsonMapper.shared();

  @Test
  void unknownPropertyAndUnknownEnumValueSurviveAGetUpdateRoundTrip() throws Exception {
    String json =
        "{\"id\":\"abc-1\",\"name\":\"inspect-all\",\"action\":\"quarantine-later\","
            + "\"source\":[\"any\"],\"future_field\":{\"nested\":[1,2]},\"folder\":\"Shared\"}";
    DecryptionRule rule = mapper.readValue(json, DecryptionRule.class);
    assertThat(rule.name()).isEqualTo("inspect-all");
    assertThat(rule.action()).isNotNull();
    assertThat(rule.action().isKnown()).isFalse();
    assertThat(rule.action().value()).isEqualTo("quarantine-later");
    assertThat(rule.additionalProperties()).containsKeys("future_field", "folder");

    DecryptionRule edited = rule.toBuilder().addSource("10.0.0.0/8").build();
    JsonNode sent = mapper.readTree(mapper.writeValueAsString(edited));
    assertThat(sent.path("action").asText()).isEqualTo("quarantine-later");
    assertThat(sent.path("future_field").path("nested")).hasSize(2);
    assertThat(sent.path("folder").asText()).isEqualTo("Shared");
    assertThat(sent.path("source")).hasSize(2);
    assertThat(sent.has("id")).isTrue(); // read-only members are stripped by sdk-core, not by the model

    assertThat(mapper.readTree(mapper.writeValueAsString(rule))).isEqualTo(mapper.readTree(json));
  }

  @Test
  void knownEnumValuesAreConstants() throws Exception {
    assertThat(DecryptionRule.Action.of("decrypt")).isSameAs(DecryptionRule.Action.DECRYPT);
    assertThat(DecryptionRule.Action.DECRYPT.isKnown()).isTrue();
    assertThat(mapper.readValue("\"post\"", Position.class)).isSameAs(Position.POST);
    assertThat(mapper.writeValueAsString(Position.PRE)).isEqualTo("\"pre\"");
  }

  @Test
  void addressBuilderListsAndOptionals() throws Exception {
    Address a = Address.builder().name("ioc-203.0.113.42").ipNetmask("203.0.113.42/32").addTag("ThreatIntel").build();
    assertThat(a.ipNetmask()).contains("203.0.113.42/32");
    assertThat(a.fqdn()).isEmpty();
    assertThat(a.tag()).containsExactly("ThreatIntel");
    assertThat(Address.builder().name("n").build().tag()).isEmpty();
    JsonNode wire = mapper.readTree(mapper.writeValueAsString(a));
    assertThat(wire.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "ip_netmask", "tag");
    assertThat(mapper.readValue(mapper.writeValueAsString(a), Address.class)).isEqualTo(a);
    assertThat(a.toBuilder().build().hashCode()).isEqualTo(a.hashCode());
  }

  @Test
  void nestedModelsRoundTripWithUnknownsAtEveryLevel() throws Exception {
    String json =
        "{\"name\":\"gw-1\",\"authentication\":{\"pre_shared_key\":{\"key\":\"s3cr3t\",\"new_flag\":true}},"
            + "\"protocol\":{\"version\":\"ikev2-preferred\",\"ikev1\":{\"ike_crypto_profile\":\"p1\",\"dpd\":{\"enable\":true}}},"
            + "\"peer_address\":{\"ip\":\"198.51.100.7\"},\"server_side_extra\":[1,\"two\"]}";
    IkeGateway gw = mapper.readValue(json, IkeGateway.class);
    assertThat(gw.authentication().preSharedKey().orElseThrow().additionalProperties()).containsKey("new_flag");
    assertThat(gw.protocol().ikev1().orElseThrow().ikeCryptoProfile()).contains("p1");
    assertThat(mapper.readTree(mapper.writeValueAsString(gw.toBuilder().build()))).isEqualTo(mapper.readTree(json));
    assertThat(gw.toString()).doesNotContain("s3cr3t").contains("server_side_extra");
  }

  @Test
  void toStringRedactsSecrets() {
    IkeGateway.Authentication.PreSharedKey psk = IkeGateway.Authentication.PreSharedKey.builder().key("s3cr3t-psk").build();
    assertThat(psk.toString()).doesNotContain("s3cr3t-psk").contains("***");
    assertThat(Address.builder().name("a1").build().toString()).contains("a1");
  }
}
