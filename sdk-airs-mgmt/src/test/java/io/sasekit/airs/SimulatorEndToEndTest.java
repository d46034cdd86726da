package io.sasekit.airs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.airs.models.AiProfile;
import io.sasekit.airs.models.ApiKey;
import io.sasekit.airs.models.CustomTopic;
import io.sasekit.airs.models.DeploymentProfile;
import io.sasekit.airs.params.DeploymentProfileListParams;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ConflictException;
import io.sasekit.testkit.AirsControl;
import io.sasekit.testkit.PrismaAccessSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end against sasekit-testkit's embedded simulator, which serves the AIRS management API
 * statefully from this module's registry: list deployment profiles, create an API key with one of
 * their auth codes, create an AI security profile, then see them listed (sync and async).
 */
class SimulatorEndToEndTest {
  private static PrismaAccessSimulator sim;
  private static AirsMgmtClient client;

  @BeforeAll
  static void start() {
    sim = PrismaAccessSimulator.builder().start();
    client = AirsMgmtClient.builder()
        .clientId(sim.clientId())
        .clientSecret(sim.clientSecret())
        .tsgId(sim.tsgId())
        .baseUrl(sim.airsBaseUrl())
        .options(o -> o.tokenUrl(sim.tokenUrl()))
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    sim.close();
  }

  @Test
  void createAnApiKeyAndAnAiSecurityProfileAndListDeploymentProfiles() {
    assertThat(sim.apis()).contains("airs-mgmt");

    assertThat(client.deploymentProfiles().list().deploymentProfiles()).extracting(DeploymentProfile::dpName)
        .contains("dp-production", "dp-staging", "dp-sandbox");
    var unactivated = client.deploymentProfiles()
        .list(DeploymentProfileListParams.builder().unactivated(true).build()).deploymentProfiles();
    assertThat(unactivated).extracting(DeploymentProfile::dpName).contains("dp-staging", "dp-sandbox");

    ApiKey key = client.apiKeys().create(Samples.apiKeyCreate(AirsControl.PRODUCTION_AUTH_CODE));
    assertThat(key.apiKey()).hasValueSatisfying(secret -> assertThat(secret).endsWith(key.apiKeyLast8()));
    assertThat(key.dpName()).hasValue("dp-production");
    assertThat(client.apiKeys().listAll().stream().map(ApiKey::apiKeyId)).contains(key.apiKeyId());
    assertThat(client.customerApps().get("support-chatbot").appName()).isEqualTo("support-chatbot");

    AiProfile profile = client.aiSecurityProfiles().create(Samples.profile("chatbot-strict"));
    assertThat(profile.profileId()).isPresent();
    assertThat(profile.revision()).isEqualTo(1);
    assertThat(client.async().aiSecurityProfiles().listAll().toList().join())
        .extracting(AiProfile::profileName).contains("chatbot-strict");
    assertThat(sim.airs().apiKeys()).hasSize(1);
    assertThat(sim.airs().profiles()).hasSize(1);

    // a profile in use: the plain delete answers 409 naming the policy, force delete removes it
    String id = profile.profileId().orElseThrow();
    sim.airs().attachPolicy(id, "chatbot-egress", 10);
    assertThatThrownBy(() -> client.aiSecurityProfiles().delete(id))
        .isInstanceOf(ConflictException.class)
        .satisfies(e -> assertThat(AirsErrors.deleteAiProfileConflict((ApiException) e).orElseThrow().payload())
            .extracting(p -> p.policyName().orElse(null)).containsExactly("chatbot-egress"));
    client.aiSecurityProfiles().forceDelete(id, "alice@example.com");
    assertThat(sim.airs().profiles()).isEmpty();

    CustomTopic topic = client.async().customTopics().create(Samples.topic()).join();
    assertThat(client.customTopics().list().customTopics()).extracting(CustomTopic::topicId).containsExactly(topic.topicId());
    client.apiKeys().delete("chatbot-prod-key", "alice@example.com");
    assertThat(sim.airs().apiKeys()).isEmpty();
  }
}
