package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PhishingResponseTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(1));

  private static PhishingResponse example(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--poll-interval", "20ms"));
    return new PhishingResponse(PhishingResponse.Options.parse(all));
  }

  @Test
  void createsAUrlListCategoryAndADenyRuleAndPushes(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      example("login-micros0ft.example", "hxxps://paypa1-secure[.]example/verify?id=1", "*.evil.example",
          "--category", "Phishing_Domains_2026_05", "--incident", "INC-9").run(client, out.stream);
    }

    JsonNode category = Sims.named(sim.config().running("urlCategory", "Shared"), "Phishing_Domains_2026_05")
        .orElseThrow();
    assertThat(category.path("type").asText()).isEqualTo("URL List");
    assertThat(Sims.texts(category.path("list")))
        .containsExactly("login-micros0ft.example", "paypa1-secure.example", "*.evil.example");

    JsonNode rule = sim.config().running("securityRule", "Shared").get(0);
    assertThat(rule.path("name").asText()).isEqualTo("block-Phishing_Domains_2026_05");
    assertThat(rule.path("action").asText()).isEqualTo("deny");
    assertThat(Sims.texts(rule.path("category"))).containsExactly("Phishing_Domains_2026_05");

    assertThat(sim.jobs().last().orElseThrow().result()).isEqualTo("OK");
    assertThat(out.text()).contains("Note for the SOC", "3 domain(s) blocked", "INC-9");
  }

  @Test
  void aSecondIncidentExtendsTheCategory(PrismaAccessSimulator simulator) {
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      example("a.phish.example", "--category", "phish").run(client, new Capture().stream);
      Capture out = new Capture();
      PhishingResponse.Result r = example("a.phish.example", "b.phish.example", "--category", "phish")
          .run(client, out.stream);

      assertThat(r.categoryCreated()).isFalse();
      assertThat(r.added()).containsExactly("b.phish.example");
      assertThat(out.text()).contains("added 1 domain(s), now 2 entries", "exists, reused");
    }
    List<JsonNode> categories = sim.config().running("urlCategory", "Shared");
    assertThat(categories).hasSize(1);
    assertThat(Sims.texts(categories.get(0).path("list"))).containsExactly("a.phish.example", "b.phish.example");
    assertThat(sim.config().running("securityRule", "Shared")).hasSize(1);
  }

  @Test
  void rejectsWhatIsNotADomain() {
    assertThatThrownBy(() -> PhishingResponse.Options.parse(List.of("not a domain")))
        .isInstanceOf(UsageException.class).hasMessageContaining("not a domain");
    assertThatThrownBy(() -> PhishingResponse.Options.parse(List.of()))
        .isInstanceOf(UsageException.class).hasMessageContaining("at least one phishing domain");
    assertThat(PhishingResponse.normalize("HXXPS://User@Login.Example:8443/path")).isEqualTo("login.example");
  }
}
