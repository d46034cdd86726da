package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.workflow.JobFailedException;
import io.sasekit.testkit.JobInfo;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IocBlockingTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(1));

  private static IocBlocking example(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--poll-interval", "20ms"));
    return new IocBlocking(IocBlocking.Options.parse(all));
  }

  @Test
  void blocksTheAddressBothWaysAtTheTopOfPreAndPushes(PrismaAccessSimulator simulator) {
    simulator.config().preload("securityRule", "Shared", "pre",
        "{\"name\":\"allow-web\",\"action\":\"allow\",\"from\":[\"any\"],\"to\":[\"any\"],\"source\":[\"any\"],"
            + "\"destination\":[\"any\"],\"source_user\":[\"any\"],\"category\":[\"any\"],\"application\":[\"web-browsing\"],"
            + "\"service\":[\"application-default\"]}");
    Capture out = new Capture();
    IocBlocking.Result result;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      result = example("203.0.113.42", "--incident", "INC-7").run(client, out.stream);
    }

    JsonNode address = Sims.named(sim.config().running("address", "Shared"), "ioc-203.0.113.42").orElseThrow();
    assertThat(address.path("ip_netmask").asText()).isEqualTo("203.0.113.42/32");
    assertThat(Sims.texts(address.path("tag"))).containsExactly(IocBlocking.TAG);
    assertThat(address.path("description").asText()).contains("INC-7");
    assertThat(Sims.named(sim.config().running("tag", "Shared"), IocBlocking.TAG)).isPresent();

    JobInfo job = assertBlockedBothWaysAndPushed(sim, "203.0.113.42", "INC-7");
    assertThat(result.job()).isPresent();
    assertThat(result.job().get().statusStr()).contains("FIN");
    assertThat(result.addressCreated()).isTrue();

    assertThat(out.text())
        .contains("[1/6] Ensuring tag", "[6/6] Waiting for job " + job.id(), "status FIN, result OK")
        .contains("Summary", "203.0.113.42 is blocked.");
  }

  /**
   * What blocking {@code ip} in {@code Shared} leaves in the simulator, whichever API made it: two
   * deny rules first in {@code pre} (from the address, to it) before the tenant's {@code allow-web},
   * everything pushed to the default folders by one finished job naming the indicator and incident.
   */
  static JobInfo assertBlockedBothWaysAndPushed(SimulatorExtension sim, String ip, String incident) {
    String address = "ioc-" + ip;
    List<JsonNode> rules = sim.config().running("securityRule", "Shared");
    assertThat(Sims.names(rules)).containsExactly("block-ioc-src-" + ip, "block-ioc-dst-" + ip, "allow-web");
    JsonNode from = rules.get(0);
    JsonNode to = rules.get(1);
    assertThat(from.path("action").asText()).isEqualTo("deny");
    assertThat(to.path("action").asText()).isEqualTo("deny");
    assertThat(Sims.texts(from.path("source"))).containsExactly(address);
    assertThat(Sims.texts(from.path("destination"))).containsExactly("any");
    assertThat(Sims.texts(to.path("source"))).containsExactly("any");
    assertThat(Sims.texts(to.path("destination"))).containsExactly(address);

    JobInfo job = sim.jobs().last().orElseThrow();
    assertThat(job.status()).isEqualTo("FIN");
    assertThat(job.result()).isEqualTo("OK");
    assertThat(job.folders()).containsExactly("Mobile Users", "Remote Networks");
    assertThat(job.description()).contains(ip).contains(incident);
    assertThat(sim.config().runningMatchesCandidate()).isTrue();
    return job;
  }

  @Test
  void aSecondRunReusesTheObjects(PrismaAccessSimulator simulator) {
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      example("hxxp://malware-c2[.]example/beacon").run(client, new Capture().stream);
      Capture second = new Capture();
      IocBlocking.Result again = example("malware-c2.example").run(client, second.stream);

      assertThat(again.addressCreated()).isFalse();
      assertThat(second.text()).contains("exists (id", "exists, reused");
    }
    assertThat(Sims.names(sim.config().running("address", "Shared"))).containsExactly("ioc-malware-c2.example");
    assertThat(Sims.named(sim.config().running("address", "Shared"), "ioc-malware-c2.example").orElseThrow()
        .path("fqdn").asText()).isEqualTo("malware-c2.example");
    assertThat(sim.config().running("securityRule", "Shared")).hasSize(2);
    assertThat(sim.jobs().list()).hasSize(2).allMatch(j -> j.result().equals("OK"));
  }

  @Test
  void noPushLeavesTheChangeInTheCandidate(PrismaAccessSimulator simulator) {
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      IocBlocking.Result r = example("2001:db8::66", "--no-push").run(client, new Capture().stream);
      assertThat(r.job()).isEmpty();
    }
    assertThat(Sims.names(sim.config().candidate("address", "Shared"))).containsExactly("ioc-2001_db8__66");
    assertThat(sim.config().running("address", "Shared")).isEmpty();
    assertThat(sim.jobs().list()).isEmpty();
  }

  @Test
  void aFailedPushIsReportedAndThrown(PrismaAccessSimulator simulator) {
    sim.jobs().failNextPush("Commit failed", "rule 'block-ioc-src-198.51.100.7' references a missing zone");
    Capture out = new Capture();
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      assertThatThrownBy(() -> example("198.51.100.7").run(client, out.stream))
          .isInstanceOf(JobFailedException.class)
          .hasMessageContaining("PUSHFAIL");
    }
    assertThat(out.text()).contains("FAILED", "references a missing zone", "NOT deployed");
    assertThat(sim.config().running("address", "Shared")).isEmpty();
    assertThat(sim.config().candidate("address", "Shared")).hasSize(1);
  }

  @Test
  void aFailedPushThroughTheLauncherPrintsTheTypedErrorAndExits1(PrismaAccessSimulator simulator) {
    sim.jobs().failNextPush("Commit failed", "validation error in Shared");
    Capture out = new Capture();
    Capture err = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"ioc-blocking", "198.51.100.7"}, target, out.stream, err.stream);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.text())
        .startsWith("error: job ")
        .contains("status=PUSHFAIL", "result=FAIL", "validation error in Shared")
        .contains("hint: the candidate configuration has issues")
        .doesNotContain("\tat ", "Exception:");
    assertThat(out.text()).contains("Target: embedded", "FAILED", "NOT deployed");
  }

  @Test
  void badArgumentsPrintTheUsageAndExit2(PrismaAccessSimulator simulator) {
    for (String[] args : List.of(
        new String[] {"ioc-blocking"},
        new String[] {"ioc-blocking", "999.1.1.1"},
        new String[] {"ioc-blocking", "not a host"},
        new String[] {"ioc-blocking", "203.0.113.1", "--action", "allow"},
        new String[] {"ioc-blocking", "203.0.113.1", "--push-folders", "Shared"},
        new String[] {"ioc-blocking", "203.0.113.1", "--timeout", "soon"},
        new String[] {"ioc-blocking", "203.0.113.1", "--colour"})) {
      Capture out = new Capture();
      Capture err = new Capture();
      int code;
      try (Target target = Target.simulator(simulator)) {
        code = Main.run(args, target, out.stream, err.stream);
      }
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.text()).as(String.join(" ", args)).startsWith("error: ").contains("usage: ioc-blocking <indicator>");
      assertThat(out.text()).isEmpty();
    }
    assertThat(sim.requests().api()).isEmpty();
  }
}
