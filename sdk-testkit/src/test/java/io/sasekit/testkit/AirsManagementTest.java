package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AirsManagementTest {
  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(TestRegistries.both());
  private Http airs;

  @BeforeEach
  void fresh() {
    airs = Http.airs(sim);
  }

  private static String keyRequest(String name, String app) {
    return "{\"api_key_name\":\"" + name + "\",\"auth_code\":\"" + AirsControl.PRODUCTION_AUTH_CODE + "\","
        + "\"cust_app\":\"" + app + "\",\"cust_env\":\"production\",\"cust_cloud_provider\":\"AWS\","
        + "\"revoked\":false,\"created_by\":\"alice@example.com\","
        + "\"rotation_time_interval\":3,\"rotation_time_unit\":\"months\"}";
  }

  private JsonNode createKey(String name, String app) {
    Http.Reply r = airs.post("/v1/mgmt/apikey", keyRequest(name, app));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private JsonNode createProfile(String name) {
    Http.Reply r = airs.post("/v1/mgmt/profile", "{\"profile_name\":\"" + name + "\",\"revision\":0,"
        + "\"policy\":{\"ai-security-profiles\":[{\"model-type\":\"default\",\"model-configuration\":{\"latency\":"
        + "{\"inline-timeout-action\":\"block\",\"max-inline-latency\":5}}}]}}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void airsApiIsServedUnderAisec() {
    assertThat(sim.airsBaseUrl()).isEqualTo(sim.baseUrl() + "/aisec");
    assertThat(sim.simulator().baseUrl("airs-mgmt")).isEqualTo(sim.airsBaseUrl());
    assertThat(sim.simulator().apis()).containsExactly("prisma-access", "airs-mgmt");
  }

  @Test
  void apiKeyLifecycle() {
    JsonNode created = createKey("chatbot-key", "chatbot");
    String secret = created.get("api_key").asText();
    String id = created.get("api_key_id").asText();
    assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
    assertThat(created.get("api_key_last8").asText()).isEqualTo(secret.substring(secret.length() - 8));
    assertThat(created.get("dp_name").asText()).isEqualTo("dp-production");
    assertThat(created.get("revoked").asBoolean()).isFalse();
    assertThat(created.get("expiration").asText()).isNotBlank();

    JsonNode list = airs.get("/v1/mgmt/apikeys").json();
    assertThat(list.get("api_keys")).hasSize(1);
    assertThat(list.at("/api_keys/0/api_key_name").asText()).isEqualTo("chatbot-key");
    assertThat(list.at("/api_keys/0").has("api_key")).as("secret shown once").isFalse();
    assertThat(list.has("next_offset")).isFalse();

    JsonNode regenerated = airs.post("/v1/mgmt/apikey/regenerate/" + id,
        "{\"rotation_time_interval\":1,\"rotation_time_unit\":\"days\",\"updated_by\":\"bob@example.com\"}").json();
    assertThat(regenerated.get("api_key").asText()).isNotEqualTo(secret);
    assertThat(regenerated.get("api_key_id").asText()).isEqualTo(id);

    assertThat(airs.post("/v1/mgmt/apikey", keyRequest("chatbot-key", "chatbot")).status()).isEqualTo(409);

    Http.Reply deleted = airs.delete("/v1/mgmt/apikey/delete/chatbot-key?updated_by=" + Http.enc("bob@example.com"));
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().get("message").asText()).contains("chatbot-key");
    assertThat(airs.get("/v1/mgmt/apikeys").json().get("api_keys")).isEmpty();

    Http.Reply missing = airs.delete("/v1/mgmt/apikey/delete/chatbot-key?updated_by=x");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("status_code").asInt()).isEqualTo(404);
    assertThat(missing.json().get("error_message").asText()).contains("not found");
  }

  @Test
  void apiKeysArePaged() {
    for (int i = 0; i < 3; i++) {
      createKey("k" + i, "app");
    }
    JsonNode page = airs.get("/v1/mgmt/apikeys?offset=0&limit=2").json();
    assertThat(page.get("api_keys")).hasSize(2);
    assertThat(page.get("next_offset").asInt()).isEqualTo(2);
    assertThat(airs.get("/v1/mgmt/apikeys?offset=2&limit=2").json().get("api_keys")).hasSize(1);
  }

  @Test
  void unknownAuthCodeIsRefused() {
    Http.Reply r = airs.post("/v1/mgmt/apikey", keyRequest("k", "app").replace(AirsControl.PRODUCTION_AUTH_CODE, "nope"));
    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void profileLifecycle() {
    JsonNode p = createProfile("strict");
    String id = p.get("profile_id").asText();
    assertThat(p.get("revision").asInt()).isEqualTo(1);
    assertThat(p.get("active").asBoolean()).isTrue();

    JsonNode updated = airs.put("/v1/mgmt/profile/uuid/" + id,
        "{\"profile_name\":\"strict\",\"revision\":1,\"policy\":{\"dlp-data-profiles\":[]}}").json();
    assertThat(updated.get("revision").asInt()).isEqualTo(2);
    assertThat(updated.get("profile_id").asText()).isEqualTo(id);

    JsonNode list = airs.get("/v1/mgmt/profiles?latest=true").json();
    assertThat(list.get("ai_profiles")).hasSize(1);
    assertThat(list.at("/ai_profiles/0/revision").asInt()).isEqualTo(2);

    assertThat(airs.post("/v1/mgmt/profile", "{\"profile_name\":\"strict\",\"revision\":0,\"policy\":{}}").status())
        .isEqualTo(409);
    assertThat(airs.put("/v1/mgmt/profile/uuid/nope", "{\"profile_name\":\"x\",\"revision\":1,\"policy\":{}}").status())
        .isEqualTo(404);

    assertThat(airs.delete("/v1/mgmt/profile/" + id).status()).isEqualTo(200);
    assertThat(airs.get("/v1/mgmt/profiles").json().get("ai_profiles")).isEmpty();
  }

  @Test
  void profileInUseNeedsForce() {
    String id = createProfile("in-use").get("profile_id").asText();
    sim.airs().attachPolicy(id, "allow-chatbot", 1);

    Http.Reply conflict = airs.delete("/v1/mgmt/profile/" + id);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().at("/payload/0/policy_name").asText()).isEqualTo("allow-chatbot");

    assertThat(airs.delete("/v1/mgmt/profile/" + id + "/force").status()).as("updated_by is required").isEqualTo(400);
    assertThat(airs.delete("/v1/mgmt/profile/" + id + "/force?updated_by=admin%40example.com").status()).isEqualTo(200);
    assertThat(sim.airs().profiles()).isEmpty();
  }

  @Test
  void customTopicLifecycleAndInUseConflict() {
    Http.Reply created = airs.post("/v1/mgmt/topic", "{\"topic_name\":\"competitors\",\"revision\":0,"
        + "\"description\":\"talk about competitors\",\"examples\":[\"what does ACME charge?\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    String topicId = created.json().get("topic_id").asText();

    JsonNode updated = airs.put("/v1/mgmt/topic/uuid/" + topicId, "{\"topic_name\":\"competitors\",\"revision\":1,"
        + "\"description\":\"rivals\",\"examples\":[\"a\",\"b\"]}").json();
    assertThat(updated.get("revision").asInt()).isEqualTo(2);
    assertThat(updated.get("description").asText()).isEqualTo("rivals");
    assertThat(airs.get("/v1/mgmt/topics").json().get("custom_topics")).hasSize(1);

    Http.Reply profile = airs.post("/v1/mgmt/profile", "{\"profile_name\":\"uses-topic\",\"revision\":0,\"policy\":{"
        + "\"ai-security-profiles\":[{\"model-type\":\"default\",\"model-configuration\":{\"model-protection\":[{"
        + "\"name\":\"topic-guardrails\",\"action\":\"block\",\"topic-list\":[{\"action\":\"block\",\"topic\":[{"
        + "\"topic_name\":\"competitors\",\"topic_id\":\"" + topicId + "\",\"revision\":2}]}]}]}}]}}");
    assertThat(profile.status()).as(profile.body()).isEqualTo(200);

    Http.Reply conflict = airs.delete("/v1/mgmt/topic/" + topicId);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().at("/payload/0/profile_name").asText()).isEqualTo("uses-topic");

    assertThat(airs.delete("/v1/mgmt/topic/" + topicId + "/force?updated_by=admin").status()).isEqualTo(200);
    assertThat(airs.get("/v1/mgmt/topics").json().get("custom_topics")).isEmpty();
    assertThat(airs.delete("/v1/mgmt/topic/" + topicId).status()).isEqualTo(404);
  }

  @Test
  void customerApps() {
    createKey("k1", "chatbot");
    JsonNode app = airs.get("/v1/mgmt/customerapp?app_name=chatbot").json();
    assertThat(app.get("environment").asText()).isEqualTo("production");
    String appId = app.get("customer_appId").asText();

    JsonNode list = airs.get("/v1/mgmt/customerapps").json();
    assertThat(list.get("customer_apps")).hasSize(1);
    assertThat(list.at("/customer_apps/0/api_keys_dp_info/0/api_key_name").asText()).isEqualTo("k1");

    JsonNode updated = airs.put("/v1/mgmt/customerapp?customer_app_id=" + appId,
        "{\"app_name\":\"chatbot\",\"cloud_provider\":\"Azure\",\"environment\":\"staging\"}").json();
    assertThat(updated.get("cloud_provider").asText()).isEqualTo("Azure");

    assertThat(airs.get("/v1/mgmt/customerapp?app_name=nope").status()).isEqualTo(404);
    Http.Reply deleted = airs.delete("/v1/mgmt/customerapp?app_name=chatbot&updated_by=admin");
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().get("app_name").asText()).isEqualTo("chatbot");
    assertThat(airs.get("/v1/mgmt/customerapps").json().get("customer_apps")).isEmpty();
  }

  @Test
  void seededReadOnlyLists() {
    JsonNode dlp = airs.get("/v1/mgmt/dlpprofiles").json();
    assertThat(dlp.get("dlp_profiles")).hasSize(3);
    assertThat(dlp.at("/dlp_profiles/0/uuid").asText()).isNotBlank();

    sim.airs().addDeploymentProfile("dp-extra", "AIRS-AUTH-EXTRA", false);
    JsonNode all = airs.get("/v1/mgmt/deploymentprofiles").json();
    assertThat(all.get("status").asText()).isEqualTo("success");
    assertThat(names(all, "deployment_profiles", "dp_name"))
        .containsExactly("dp-production", "dp-staging", "dp-sandbox", "dp-extra");

    // dp-production is activated but unused, so it still counts as available
    assertThat(names(airs.get("/v1/mgmt/deploymentprofiles?unactivated=true").json(), "deployment_profiles", "dp_name"))
        .contains("dp-production", "dp-staging");
    createKey("k", "app");
    assertThat(names(airs.get("/v1/mgmt/deploymentprofiles?unactivated=true").json(), "deployment_profiles", "dp_name"))
        .containsExactly("dp-staging", "dp-sandbox", "dp-extra");
  }

  @Test
  void oauthToken() {
    Http.Reply r = airs.post("/v1/mgmt/oauth/client_credential/accesstoken?tokenTtlInterval=2&tokenTtlUnit=hours",
        "{\"client_id\":\"app-client\",\"customer_app\":\"chatbot\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("access_token").asText()).isNotBlank();
    assertThat(r.json().get("expires_in").asText()).isEqualTo("7200");
    assertThat(r.json().get("client_id").asText()).isEqualTo("app-client");
  }

  @Test
  void airsNeedsATokenButNoTsgScope() {
    assertThat(new Http(sim.airsBaseUrl(), null).get("/v1/mgmt/apikeys").status()).isEqualTo(401);
    String token = Http.token(sim, sim.clientId(), sim.clientSecret(), null).json().get("access_token").asText();
    assertThat(new Http(sim.airsBaseUrl(), token).get("/v1/mgmt/apikeys").status()).isEqualTo(200);
  }

  private static List<String> names(JsonNode body, String member, String field) {
    List<String> out = new ArrayList<>();
    body.get(member).forEach(n -> out.add(n.get(field).asText()));
    return out;
  }
}
