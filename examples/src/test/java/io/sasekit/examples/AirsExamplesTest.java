package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.testkit.AirsControl;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AirsExamplesTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create();

  @Test
  void createsAProfileAndAnApiKeyWithTheActivatedDeploymentProfile(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    AirsApiKeyAndProfile.Result r;
    try (AirsMgmtClient client = Sims.airs(simulator)) {
      r = new AirsApiKeyAndProfile(AirsApiKeyAndProfile.Options.parse(List.of("support-chatbot", "--env", "staging")))
          .run(client, out.stream);
    }

    assertThat(r.profileCreated()).isTrue();
    JsonNode profile = sim.airs().profiles().stream()
        .filter(p -> p.path("profile_name").asText().equals("support-chatbot-profile")).findFirst().orElseThrow();
    JsonNode config = profile.path("policy").path("ai-security-profiles").get(0).path("model-configuration");
    assertThat(config.path("model-protection").get(0).path("name").asText()).isEqualTo("prompt-injection");
    assertThat(config.path("model-protection").get(0).path("action").asText()).isEqualTo("block");

    JsonNode key = sim.airs().apiKeys().stream()
        .filter(k -> k.path("api_key_name").asText().equals("support-chatbot-key")).findFirst().orElseThrow();
    assertThat(key.path("auth_code").asText()).isEqualTo(AirsControl.PRODUCTION_AUTH_CODE);
    assertThat(key.path("cust_app").asText()).isEqualTo("support-chatbot");
    assertThat(key.path("cust_env").asText()).isEqualTo("staging");

    String secret = r.apiKey().apiKey().orElseThrow();
    assertThat(out.text()).doesNotContain(secret).contains(secret.substring(secret.length() - 4))
        .contains("deployment profile dp-production", "profile support-chatbot-profile created");
  }

  @Test
  void showSecretPrintsItAndTheProfileIsReused(PrismaAccessSimulator simulator) {
    try (AirsMgmtClient client = Sims.airs(simulator)) {
      new AirsApiKeyAndProfile(AirsApiKeyAndProfile.Options.parse(List.of("app-a", "--profile-name", "shared-profile")))
          .run(client, new Capture().stream);
      Capture out = new Capture();
      AirsApiKeyAndProfile.Result r = new AirsApiKeyAndProfile(AirsApiKeyAndProfile.Options.parse(
          List.of("app-b", "--profile-name", "shared-profile", "--auth-code", "AIRS-AUTH-STG-0002", "--show-secret")))
          .run(client, out.stream);
      assertThat(r.profileCreated()).isFalse();
      assertThat(out.text()).contains(r.apiKey().apiKey().orElseThrow(), "exists, reused");
    }
    assertThat(sim.airs().profiles()).hasSize(1);
    assertThat(sim.airs().apiKeys()).hasSize(2);
  }

  @Test
  void anExistingKeyNameExits1ThroughTheLauncher(PrismaAccessSimulator simulator) {
    Capture err = new Capture();
    int first;
    int second;
    try (Target target = Target.simulator(simulator)) {
      first = Main.run(new String[] {"airs-api-key", "app-a"}, target, new Capture().stream, new Capture().stream);
      second = Main.run(new String[] {"airs-api-key", "app-a"}, target, new Capture().stream, err.stream);
    }
    assertThat(first).isZero();
    assertThat(second).isEqualTo(1);
    assertThat(err.text()).startsWith("error: an API key named app-a-key exists already");
  }

  @Test
  void listsDeploymentProfiles(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    AirsDeploymentProfiles.Result r;
    try (AirsMgmtClient client = Sims.airs(simulator)) {
      r = new AirsDeploymentProfiles(AirsDeploymentProfiles.Options.parse(List.of())).run(client, out.stream);
      new AirsDeploymentProfiles(AirsDeploymentProfiles.Options.parse(List.of("--available")))
          .run(client, new Capture().stream);
    }
    assertThat(r.profiles()).extracting(p -> p.dpName()).containsExactly("dp-production", "dp-staging", "dp-sandbox");
    assertThat(r.activated()).isEqualTo(1);
    assertThat(out.text()).contains("dp-production", "activated", "**************0001")
        .doesNotContain(AirsControl.PRODUCTION_AUTH_CODE);
    // status 200 only: the JVM-wide token cache may first present a token of the previous test (401, refreshed)
    assertThat(sim.requests().matching("GET", "/aisec/v1/mgmt/deploymentprofiles").stream()
        .filter(q -> q.status() == 200).toList())
        .extracting(q -> q.queryParam("unactivated").orElse("-")).containsExactly("-", "true");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    Capture err = new Capture();
    assertThat(Main.run(new String[] {"airs-api-key", "app", "--rotation-months", "0"}, java.util.Map.of(),
        new Capture().stream, err.stream)).isEqualTo(2);
    assertThat(err.text()).contains("--rotation-months must be a number from 1 to 12");
    assertThat(Main.run(new String[] {"airs-deployment-profiles", "extra"}, java.util.Map.of(),
        new Capture().stream, new Capture().stream)).isEqualTo(2);
  }
}
