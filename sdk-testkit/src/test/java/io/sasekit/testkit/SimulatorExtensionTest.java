package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatorExtensionTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()).jobPace(0));

  @Test
  @Order(1)
  void injectsTheRunningSimulator(PrismaAccessSimulator simulator) {
    assertThat(simulator.isRunning()).isTrue();
    assertThat(simulator.baseUrl()).isEqualTo(sim.baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(sim.tokenUrl()).endsWith("/am/oauth2/access_token");

    Http.Reply r = new Http(sim.baseUrl(), sim.issueToken())
        .post("/sse/config/v1/addresses?folder=Shared", "{\"name\":\"left-over\",\"fqdn\":\"a.example.com\"}");
    assertThat(r.status()).isEqualTo(201);
    sim.addFolder("Branch-Offices");
  }

  @Test
  @Order(2)
  void stateIsResetBetweenTests(PrismaAccessSimulator simulator) {
    assertThat(sim.config().candidate("address", null)).isEmpty();
    assertThat(simulator.folders()).doesNotContain("Branch-Offices");
    assertThat(sim.requests().size()).isZero();
  }

  @Test
  @Order(3)
  void builderSettingsSurviveTheReset() {
    Http api = new Http(sim.baseUrl(), sim.issueToken());
    String id = api.post("/sse/config/v1/config-versions/candidate:push", "{\"folders\":[\"Mobile Users\"]}")
        .json().get("job_id").asText();
    assertThat(sim.jobs().get(id).orElseThrow().status()).isEqualTo("FIN");
  }
}
