package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountContainmentTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(1));

  private static AccountContainment example(String user) {
    return new AccountContainment(AccountContainment.Options.parse(
        List.of(user, "--ticket", "SEC-4711", "--poll-interval", "20ms")));
  }

  @Test
  void containsTheUserWithADynamicUserGroupAndADenyRule(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      example("acme\\jdoe").run(client, out.stream);
    }

    JsonNode group = Sims.named(sim.config().running("dynamicUserGroup", "Shared"), AccountContainment.GROUP)
        .orElseThrow();
    assertThat(group.path("filter").asText()).isEqualTo("'" + AccountContainment.QUARANTINE_TAG + "'");
    JsonNode rule = sim.config().running("securityRule", "Shared").get(0);
    assertThat(rule.path("name").asText()).isEqualTo(AccountContainment.RULE);
    assertThat(rule.path("action").asText()).isEqualTo("deny");
    assertThat(Sims.texts(rule.path("source_user"))).containsExactly(AccountContainment.GROUP, "acme\\jdoe");
    assertThat(sim.jobs().last().orElseThrow().status()).isEqualTo("FIN");
    assertThat(out.text()).contains("acme\\jdoe is contained.", "Next steps: disable the account");
  }

  @Test
  void aSecondAccountJoinsTheSameRule(PrismaAccessSimulator simulator) {
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      example("acme\\jdoe").run(client, new Capture().stream);
      AccountContainment.Result second = example("mroe@acme.example").run(client, new Capture().stream);
      AccountContainment.Result again = example("mroe@acme.example").run(client, new Capture().stream);
      assertThat(second.userAdded()).isTrue();
      assertThat(again.userAdded()).isFalse();
    }
    List<JsonNode> rules = sim.config().running("securityRule", "Shared");
    assertThat(rules).hasSize(1);
    assertThat(Sims.texts(rules.get(0).path("source_user")))
        .containsExactly(AccountContainment.GROUP, "acme\\jdoe", "mroe@acme.example");
    assertThat(sim.config().running("dynamicUserGroup", "Shared")).hasSize(1);
    assertThat(sim.jobs().list()).hasSize(3);
  }

  @Test
  void aUserNameWithSpacesIsAUsageError() {
    Capture err = new Capture();
    int code = Main.run(new String[] {"account-containment", "john doe"}, Map.of(), new Capture().stream, err.stream);
    assertThat(code).isEqualTo(2);
    assertThat(err.text()).contains("<user> must be an account name without spaces");
  }
}
