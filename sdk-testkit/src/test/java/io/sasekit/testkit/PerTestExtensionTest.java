package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PerTestExtensionTest {
  @RegisterExtension
  SimulatorExtension sim = SimulatorExtension.create(PrismaAccessSimulator.builder()
      .registry(TestRegistries.prismaAccess()).clientId("custom-id").clientSecret("custom-secret").tsgId("42"));

  @Test
  void anInstanceFieldGetsItsOwnSimulator(PrismaAccessSimulator simulator) {
    assertThat(simulator).isSameAs(sim.simulator());
    assertThat(sim.clientId()).isEqualTo("custom-id");
    assertThat(sim.clientSecret()).isEqualTo("custom-secret");
    assertThat(sim.tsgId()).isEqualTo("42");
    assertThat(Http.token(simulator, "custom-id", "custom-secret", "tsg_id:42").status()).isEqualTo(200);
  }
}
