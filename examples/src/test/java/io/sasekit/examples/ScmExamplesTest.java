package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.jobs.JobFailedException;
import io.sasekit.scm.Container;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.models.Position;
import io.sasekit.scm.models.SecurityRule;
import io.sasekit.scm.models.SecurityRuleAction;
import io.sasekit.testkit.JobInfo;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.RecordedRequest;
import io.sasekit.testkit.SimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two examples ported to the Strata Cloud Manager client, end to end against the simulator's
 * {@code scm} mount: what the simulator stored, that every call went to the unified API's paths
 * ({@code /config/<domain>/v1/...}, not Prisma Access's {@code /sse/config/v1/...}) and the push job.
 */
class ScmExamplesTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(1));

  private static final String POLL = "20ms";

  private static ScmIocBlocking iocBlocking(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--poll-interval", POLL));
    return new ScmIocBlocking(IocBlocking.Options.parse(all));
  }

  private static ScmRemoteNetwork remoteNetwork(String... extra) {
    List<String> args = new ArrayList<>(List.of("branch-berlin", "198.51.100.10", "10.20.0.0/16,10.21.0.0/24",
        "--poll-interval", POLL));
    args.addAll(List.of(extra));
    return new ScmRemoteNetwork(RemoteNetworkProvisioning.Options.parse(args, Map.of("BRANCH_PSK", "s3cret-Psk-value")));
  }

  private static void assertOnlyUnifiedApiPaths() {
    List<String> paths = sim.requests().api().stream().map(RecordedRequest::path).toList();
    assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/config/"), "a /config/<domain>/v1 path");
  }

  @Test
  void iocBlockingStoresTheAddressAndTwoRulesAtTheTopOfPreAndPushes(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    ScmIocBlocking.Result result;
    try (ScmClient client = Sims.scm(simulator)) {
      // a rule the tenant already has, created through the same API (preload fills the first mount's table)
      client.securityRules().create(Container.folder("Shared"), Position.PRE, SecurityRule.builder()
          .name("allow-web").action(SecurityRuleAction.ALLOW).from(List.of("any")).to(List.of("any"))
          .source(List.of("any")).destination(List.of("any")).sourceUser(List.of("any")).category(List.of("any"))
          .application(List.of("web-browsing")).service(List.of("application-default")).build());
      result = iocBlocking("203.0.113[.]42", "--incident", "INC-7").run(client, out.stream);
    }

    JsonNode address = Sims.named(sim.config().running("address", "Shared"), "ioc-203.0.113.42").orElseThrow();
    assertThat(address.path("ip_netmask").asText()).isEqualTo("203.0.113.42/32");
    assertThat(address.path("folder").asText()).isEqualTo("Shared");
    assertThat(address.path("description").asText()).contains("INC-7");

    JobInfo job = IocBlockingTest.assertBlockedBothWaysAndPushed(sim, "203.0.113.42", "INC-7");
    assertThat(result.addressCreated()).isTrue();
    assertThat(result.job()).isPresent();
    assertThat(result.job().get().id()).isEqualTo(job.id());
    assertOnlyUnifiedApiPaths();

    assertThat(out.text())
        .contains("[1/3] Creating address object ioc-203.0.113.42", "[3/3] Pushing the candidate configuration")
        .contains("job " + job.id() + " finished", "status FIN, result OK", "203.0.113.42 is blocked.");
  }

  @Test
  void iocBlockingInAnotherFolderReusesWhatAnEarlierRunCreated(PrismaAccessSimulator simulator) {
    try (ScmClient client = Sims.scm(simulator)) {
      iocBlocking("malware-c2.example", "--folder", "Mobile Users", "--no-push").run(client, new Capture().stream);
      Capture second = new Capture();
      ScmIocBlocking.Result again = iocBlocking("hxxp://malware-c2[.]example/x", "--folder", "Mobile Users",
          "--push-folders", "Mobile Users").run(client, second.stream);
      assertThat(again.addressCreated()).isFalse();
      assertThat(second.text()).contains("exists (id", "exists, reused");
    }
    JsonNode address = Sims.named(sim.config().running("address", "Mobile Users"), "ioc-malware-c2.example").orElseThrow();
    assertThat(address.path("fqdn").asText()).isEqualTo("malware-c2.example");
    assertThat(Sims.names(sim.config().running("securityRule", "Mobile Users")))
        .containsExactly("block-ioc-src-malware-c2.example", "block-ioc-dst-malware-c2.example");
    assertThat(sim.config().running("address", "Shared")).isEmpty();
    assertThat(sim.jobs().list()).singleElement().satisfies(j -> {
      assertThat(j.result()).isEqualTo("OK");
      assertThat(j.folders()).containsExactly("Mobile Users");
    });
  }

  @Test
  void iocBlockingReportsAFailedPushJob(PrismaAccessSimulator simulator) {
    sim.jobs().failNextPush("Commit failed", "rule 'block-ioc-src-198.51.100.7' references a missing zone");
    Capture out = new Capture();
    try (ScmClient client = Sims.scm(simulator)) {
      assertThatThrownBy(() -> iocBlocking("198.51.100.7").run(client, out.stream))
          .isInstanceOf(JobFailedException.class);
    }
    assertThat(out.text()).contains("FAILED", "references a missing zone", "NOT deployed");
    assertThat(sim.config().running("address", "Shared")).isEmpty();
    assertThat(Sims.names(sim.config().candidate("address", "Shared"))).containsExactly("ioc-198.51.100.7");
  }

  @Test
  void theLauncherRunsTheScmExamplesAndReportsAFailedPushWithItsHint(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    Capture err = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {ScmIocBlocking.NAME, "198.51.100.7"}, target, out.stream, err.stream);
    }
    assertThat(code).as(err.text()).isEqualTo(Main.OK);
    assertThat(out.text()).startsWith(Target.SCM_API + " example '" + ScmIocBlocking.NAME + "'");

    sim.jobs().failNextPush("Commit failed", "validation error in Shared");
    Capture out2 = new Capture();
    Capture err2 = new Capture();
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {ScmIocBlocking.NAME, "198.51.100.8"}, target, out2.stream, err2.stream);
    }
    assertThat(code).isEqualTo(Main.FAILED);
    assertThat(err2.text())
        .startsWith("error: ")
        .contains("validation error in Shared", "hint: the candidate configuration has issues")
        .doesNotContain("/sse/config/", "\tat ");
    assertThat(out2.text()).contains("FAILED", "NOT deployed");
  }

  @Test
  void badArgumentsOfTheScmExamplesPrintTheirUsageAndExit2(PrismaAccessSimulator simulator) {
    for (String[] args : List.of(
        new String[] {ScmIocBlocking.NAME},
        new String[] {ScmIocBlocking.NAME, "999.1.1.1"},
        new String[] {ScmIocBlocking.NAME, "203.0.113.1", "--push-folders", "Shared"},
        new String[] {ScmRemoteNetwork.NAME, "site-a", "10.0.0.1", "10.20.0.0/16"},
        new String[] {ScmRemoteNetwork.NAME, "site-a", "198.51.100.10", "10.20.0.0/16", "--out", "x"})) {
      Capture out = new Capture();
      Capture err = new Capture();
      int code;
      try (Target target = Target.simulator(simulator)) {
        code = Main.run(args, target, out.stream, err.stream);
      }
      assertThat(code).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      assertThat(err.text()).as(String.join(" ", args)).startsWith("error: ").contains("usage: " + args[0] + " <");
      assertThat(out.text()).isEmpty();
    }
    assertThat(sim.requests().api()).isEmpty();
  }

  @Test
  void remoteNetworkStoresTheFiveObjectsInRemoteNetworksAndPushes(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    ScmRemoteNetwork.Result r;
    try (ScmClient client = Sims.scm(simulator)) {
      r = remoteNetwork("--psk-env", "BRANCH_PSK", "--region", "europe-west3").run(client, out.stream);
    }

    RemoteNetworkProvisioningTest.assertBranchBerlinStored(sim, "europe-west3");
    String folder = ScmRemoteNetwork.FOLDER;
    JobInfo job = sim.jobs().last().orElseThrow();
    assertThat(job.result()).isEqualTo("OK");
    assertThat(job.folders()).containsExactly(folder);
    assertThat(r.job().orElseThrow().id()).isEqualTo(job.id());
    assertThat(sim.config().runningMatchesCandidate()).isTrue();
    assertOnlyUnifiedApiPaths();
    assertThat(out.text()).contains("[7/7] Pushing the candidate configuration to Remote Networks", "status FIN, result OK",
        "fingerprint sha256:").doesNotContain("s3cret-Psk-value");
  }

  @Test
  void remoteNetworkRefusesASiteThatExistsAndReusesTheCryptoProfiles(PrismaAccessSimulator simulator) {
    try (ScmClient client = Sims.scm(simulator)) {
      remoteNetwork("--no-push").run(client, new Capture().stream);
      assertThatThrownBy(() -> remoteNetwork("--no-push").run(client, new Capture().stream))
          .isInstanceOf(WorkflowException.class)
          .hasMessageContaining("already exists in Remote Networks");
    }
    assertThat(sim.jobs().list()).isEmpty();
    assertThat(sim.config().running("remoteNetwork", ScmRemoteNetwork.FOLDER)).isEmpty();
    assertThat(Sims.names(sim.config().candidate("remoteNetwork", ScmRemoteNetwork.FOLDER))).containsExactly("branch-berlin");
  }
}
