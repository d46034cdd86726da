package io.sasekit.prismaaccess.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.ConflictException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.jobs.JobOutcome;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's typed flow, end to end against the embedded simulator. */
class DeploymentWorkflowTest {
  @RegisterExtension static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(2));

  private static final WaitOptions FAST = WaitOptions.builder()
      .timeout(Duration.ofSeconds(30)).initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20)).build();

  private static PrismaAccessClient client(PrismaAccessSimulator s) {
    return PrismaAccessClient.builder()
        .clientId(s.clientId()).clientSecret(s.clientSecret()).tsgId(s.tsgId()).baseUrl(s.baseUrl())
        .options(o -> o.tokenUrl(s.tokenUrl()).backoffBase(Duration.ofMillis(1)).backoffCap(Duration.ofMillis(5)))
        .build();
  }

  private static void createIocAndRule(PrismaAccessClient client) {
    Address ioc = client.addresses().create(Folder.SHARED, Address.builder()
        .name("ioc-203.0.113.42").ipNetmask("203.0.113.42/32").addTag("ThreatIntel").build());
    assertThat(ioc.id()).isPresent();
    SecurityRule rule = client.securityRules().create(Folder.SHARED, Position.PRE, SecurityRule.builder()
        .name("block-ioc-203.0.113.42").action("deny")
        .from(List.of("any")).to(List.of("any")).source(List.of("any")).destination(List.of(ioc.name()))
        .application(List.of("any")).service(List.of("any"))
        .category(List.of("any")).sourceUser(List.of("any")).build());
    assertThat(rule.destination()).containsExactly("ioc-203.0.113.42");
  }

  @Test
  void createRulePushAndWaitUntilTheRunningConfigMatches(PrismaAccessSimulator s) {
    try (PrismaAccessClient client = client(s)) {
      createIocAndRule(client);
      JobSubmission submission = client.configVersions().push(List.of(Folder.MOBILE_USERS), "block ioc");
      assertThat(submission.jobId()).isPresent();
      Job job = client.jobs().waitFor(submission.jobId().get(), FAST);
      assertThat(JobOutcome.of(job.statusStr().orElse(null), job.resultStr().orElse(null))).isEqualTo(JobOutcome.SUCCEEDED);
      assertThat(job.statusStr()).contains("FIN");
      assertThat(s.config().runningMatchesCandidate()).isTrue();
      // the wait polled until FIN (pace 2: several polls), not just once
      assertThat(s.requests().matching("GET", "/sse/config/v1/jobs/" + submission.jobId().get()).size())
          .isGreaterThan(1);
    }
  }

  @Test
  void pushAndWaitReportsAFailedPushAtOnceWithItsDetails(PrismaAccessSimulator s) {
    s.jobs().failNextPush("Commit failed", "rule 'block-ioc' references a missing address");
    try (PrismaAccessClient client = client(s)) {
      createIocAndRule(client);
      assertThatThrownBy(() -> client.pushAndWait(List.of(Folder.MOBILE_USERS), "will fail", FAST))
          .isInstanceOf(JobFailedException.class)
          .hasMessageContaining("PUSHFAIL")
          .hasMessageContaining("missing address");
      assertThat(s.config().runningMatchesCandidate()).isFalse();
    }
  }

  @Test
  void asyncPushAndWaitCompletesWithTheFinishedJob(PrismaAccessSimulator s) throws Exception {
    try (PrismaAccessClient client = client(s)) {
      createIocAndRule(client);
      Job job = client.async().pushAndWait(List.of(Folder.MOBILE_USERS), "async push", FAST)
          .get(30, TimeUnit.SECONDS);
      assertThat(JobOutcome.of(job.statusStr().orElse(null), job.resultStr().orElse(null))).isEqualTo(JobOutcome.SUCCEEDED);
    }
  }

  @Test
  void rollbackCandidateDiscardsUnpushedChanges(PrismaAccessSimulator s) {
    try (PrismaAccessClient client = client(s)) {
      createIocAndRule(client);
      client.pushAndWait(List.of(Folder.MOBILE_USERS), "baseline", FAST);
      client.addresses().create(Folder.SHARED, Address.builder().name("not-pushed").fqdn("x.example").build());
      assertThat(s.config().runningMatchesCandidate()).isFalse();
      client.configVersions().rollbackCandidate();
      assertThat(s.config().runningMatchesCandidate()).isTrue();
      assertThat(client.addresses().listAll(Folder.SHARED).stream().map(Address::name))
          .contains("ioc-203.0.113.42").doesNotContain("not-pushed");
    }
  }

  @Test
  void typedErrorsAndValidationFromTheFlow(PrismaAccessSimulator s) {
    try (PrismaAccessClient client = client(s)) {
      createIocAndRule(client);
      assertThatThrownBy(() -> client.addresses().create(Folder.SHARED, Address.builder()
          .name("ioc-203.0.113.42").ipNetmask("203.0.113.42/32").build()))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("API error [409] POST /sse/config/v1/addresses")
          .hasMessageContaining("Name Not Unique");
      int before = s.requests().matching("POST", "/sse/config/v1/addresses").size();
      assertThatThrownBy(() -> client.addresses().create(Folder.SHARED, Address.builder()
          .name("both").ipNetmask("10.0.0.1/32").fqdn("both.example").build()))
          .isInstanceOf(ValidationException.class);
      assertThat(s.requests().matching("POST", "/sse/config/v1/addresses")).hasSize(before);
    }
  }

  /**
   * The push body requires {@code folders}, each one of the folder names the spec enumerates: a push
   * of no folder, or of a blank or null name, is a {@code ValidationException} naming
   * {@code body.folders} (the SDK's typed error, as SCM's {@code PushRequest}), and nothing is sent.
   */
  @Test
  void aPushWithoutAFolderNameIsRefusedBeforeSending(PrismaAccessSimulator s) {
    try (PrismaAccessClient client = client(s)) {
      List<List<String>> bad = List.of(List.of(), List.of(" "), java.util.Arrays.asList(Folder.MOBILE_USERS, null));
      for (List<String> folders : bad) {
        assertThatThrownBy(() -> client.configVersions().push(folders, "x"))
            .as("push %s", folders).isInstanceOf(ValidationException.class).hasMessageContaining("body.folders");
        assertThatThrownBy(() -> client.async().configVersions().push(folders, "x").get(10, TimeUnit.SECONDS))
            .as("async push %s", folders).hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.pushAndWait(folders, "x", FAST))
            .as("pushAndWait %s", folders).isInstanceOf(ValidationException.class);
      }
      assertThat(s.requests().matching("POST", "/sse/config/v1/config-versions/candidate:push")).isEmpty();
    }
  }

  @Test
  void aWaitThatRunsOutOfTimeKeepsTheJobId(PrismaAccessSimulator s) throws Exception {
    s.jobs().pace(1000);
    try (PrismaAccessClient client = client(s)) {
      JobSubmission submission = client.configVersions().push(List.of(Folder.MOBILE_USERS), "slow");
      WaitOptions shortWait = WaitOptions.builder().timeout(Duration.ofMillis(50))
          .initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(10)).build();
      assertThatThrownBy(() -> client.jobs().waitFor(submission.jobId().get(), shortWait))
          .isInstanceOf(JobTimeoutException.class)
          .satisfies(e -> assertThat(((JobTimeoutException) e).jobId()).isEqualTo(submission.jobId().get()));
      assertThatThrownBy(() -> client.async().jobs().waitFor(submission.jobId().get(), shortWait).get())
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JobTimeoutException.class);
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedPrismaAccessWaitOptionsStillWork(PrismaAccessSimulator s) {
    try (PrismaAccessClient client = client(s)) {
      io.sasekit.prismaaccess.workflow.WaitOptions old = io.sasekit.prismaaccess.workflow.WaitOptions.builder()
          .timeout(Duration.ofSeconds(30)).initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20)).build();
      assertThat(old.toCore().maxInterval()).isEqualTo(Duration.ofMillis(20));
      JobSubmission submission = client.configVersions().push(List.of(Folder.MOBILE_USERS), "deprecated options");
      assertThat(client.jobs().waitFor(submission.jobId().orElseThrow(), old).statusStr()).contains("FIN");
      assertThat(client.pushAndWait(List.of(Folder.MOBILE_USERS), "again", old).statusStr()).contains("FIN");
      Job viaOldWaiter = new JobWaiter(id -> client.async().jobs().get(id)).await(submission.jobId().orElseThrow(), old.toCore());
      assertThat(JobOutcome.of(viaOldWaiter.statusStr().orElse(null), viaOldWaiter.resultStr().orElse(null)))
          .isEqualTo(JobOutcome.SUCCEEDED);
    }
  }
}
