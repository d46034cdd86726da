package io.sasekit.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.testing.ManualTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The API-independent job wait. Status and result values are the {@code status_str} /
 * {@code result_str} enums of the specs' job schema (Prisma Access {@code jobs}, SCM
 * {@code config-operations-march.yaml#jobs}).
 */
class JobPollerTest {

  private static JobStatus job(String status, String result) {
    return new JobStatus("42", "CommitAndPush", status, result, "50", null, null, null);
  }

  private static JobPoller<JobStatus> scripted(Deque<JobStatus> answers, List<String> asked) {
    return new JobPoller<>(id -> {
      asked.add(id);
      JobStatus j = answers.size() > 1 ? answers.poll() : answers.peek();
      return CompletableFuture.completedFuture(j);
    }, s -> s);
  }

  @Test
  void returnsTheFinishedJobAfterPollingWithDoublingCappedBackoff() {
    ManualTime t = new ManualTime();
    Deque<JobStatus> answers = new ArrayDeque<>();
    for (int i = 0; i < 6; i++) {
      answers.add(job(i % 2 == 0 ? "PEND" : "ACT", "PEND"));
    }
    answers.add(job("FIN", "OK"));
    List<String> asked = new ArrayList<>();

    JobStatus done = scripted(answers, asked).await("42", t.options(Duration.ofMinutes(30)));

    assertThat(done.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(asked).hasSize(7).containsOnly("42");
    assertThat(t.waits).containsExactly(
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Test
  void stopsAtOnceOnAFailureStateWithTheJobDetails() {
    ManualTime t = new ManualTime();
    JobStatus failed = new JobStatus("42", "CommitAndPush", "PUSHFAIL", "FAIL", "100", "push failed",
        "{\"errors\":[\"address x is missing\"]}", null);
    Deque<JobStatus> answers = new ArrayDeque<>(List.of(job("ACT", "PEND"), failed));

    assertThatThrownBy(() -> scripted(answers, new ArrayList<>()).await("42", t.options(Duration.ofHours(1))))
        .isInstanceOf(JobFailedException.class)
        .hasMessageContaining("job 42 failed")
        .hasMessageContaining("PUSHFAIL")
        .hasMessageContaining("address x is missing")
        .satisfies(e -> {
          JobFailedException f = (JobFailedException) e;
          assertThat(f.status().result()).isEqualTo("FAIL");
          assertThat(f.details()).contains("address x is missing");
          assertThat(f.job()).isSameAs(failed);
        });
    assertThat(t.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void everyFailureStateIsTerminal() {
    for (String status : List.of("PUSHFAIL", "PUSHABORT", "PUSHTIMEOUT")) {
      assertThat(JobOutcome.of(job(status, "PEND"))).as(status).isEqualTo(JobOutcome.FAILED);
    }
    for (String result : List.of("FAIL", "CANCELLED", "TIMEOUT")) {
      assertThat(JobOutcome.of(job("FIN", result))).as(result).isEqualTo(JobOutcome.FAILED);
    }
    for (String status : List.of("ACT", "PEND", "PUSHSENT")) {
      assertThat(JobOutcome.of(job(status, "WAIT"))).as(status).isEqualTo(JobOutcome.RUNNING);
    }
    assertThat(JobOutcome.of(job("FIN", "OK"))).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(JobOutcome.of(null, null)).isEqualTo(JobOutcome.RUNNING);
  }

  @Test
  void timeoutKeepsTheJobIdAndNeverWaitsPastTheDeadline() {
    ManualTime t = new ManualTime();
    Deque<JobStatus> answers = new ArrayDeque<>(List.of(job("PEND", "PEND")));

    assertThatThrownBy(() -> scripted(answers, new ArrayList<>()).await("42", t.options(Duration.ofSeconds(20))))
        .isInstanceOf(JobTimeoutException.class)
        .hasMessageContaining("job 42 did not finish")
        .satisfies(e -> {
          JobTimeoutException te = (JobTimeoutException) e;
          assertThat(te.jobId()).isEqualTo("42");
          assertThat(te.lastSeen()).isPresent();
          assertThat(te.lastStatus()).map(JobStatus::status).contains("PEND");
          assertThat(te.waited()).isEqualTo(Duration.ofSeconds(20));
        });
    // 2 + 4 + 8 = 14, then only the 6 seconds left.
    assertThat(t.waits).containsExactly(
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(6));
  }

  @Test
  void asyncFormCompletesWithTheSameOutcomes() throws Exception {
    ManualTime t = new ManualTime();
    Deque<JobStatus> ok = new ArrayDeque<>(List.of(job("PEND", "PEND"), job("FIN", "OK")));
    assertThat(scripted(ok, new ArrayList<>()).waitAsync("42", t.options(Duration.ofMinutes(1))).get().status())
        .isEqualTo("FIN");

    Deque<JobStatus> bad = new ArrayDeque<>(List.of(job("PUSHABORT", "CANCELLED")));
    CompletableFuture<JobStatus> f = scripted(bad, new ArrayList<>()).waitAsync("42", t.options(Duration.ofMinutes(1)));
    assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JobFailedException.class);
  }

  @Test
  void anApiErrorWhilePollingPropagatesUnwrapped() {
    ManualTime t = new ManualTime();
    NotFoundException nf = new NotFoundException(404, "GET", "/jobs/42", null, "", List.of(), null);
    JobPoller<JobStatus> w = new JobPoller<>(id -> CompletableFuture.failedFuture(nf), s -> s);
    assertThatThrownBy(() -> w.await("42", t.options(Duration.ofMinutes(1)))).isSameAs(nf);
  }

  @Test
  void rejectsABlankJobId() {
    ManualTime t = new ManualTime();
    JobPoller<JobStatus> w = new JobPoller<>(id -> CompletableFuture.completedFuture(job("FIN", "OK")), s -> s);
    assertThatThrownBy(() -> w.await(" ", t.options(Duration.ofMinutes(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobId");
    assertThat(w.waitAsync(null, t.options(Duration.ofMinutes(1)))).isCompletedExceptionally();
  }

  @Test
  void theFinderTakesTheNamedJobOrTheNewestNewPushJob() {
    ManualTime t = new ManualTime();
    List<List<JobStatus>> lists = new ArrayList<>(List.of(
        List.of(status("7", "CommitAndPush")),
        List.of(status("7", "CommitAndPush")),
        List.of(status("7", "CommitAndPush"), status("9", "Validate"), status("8", "CommitAndPush"))));
    PushedJobFinder<JobStatus> finder = new PushedJobFinder<>(
        () -> CompletableFuture.completedFuture(lists.size() > 1 ? lists.remove(0) : lists.get(0)), s -> s,
        t.options(Duration.ofMinutes(1)));
    Futures.join(finder.rememberExisting());

    assertThat(Futures.join(finder.jobOf(Optional.of("11")))).isEqualTo("11");
    assertThat(Futures.join(finder.jobOf(Optional.of(" ")))).isEqualTo("8");
    assertThat(t.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void theFinderGivesUpAtTheTimeoutWithAClearMessage() {
    ManualTime t = new ManualTime();
    PushedJobFinder<JobStatus> finder = new PushedJobFinder<>(
        () -> CompletableFuture.completedFuture(List.of(status("7", "CommitAndPush"))), s -> s,
        t.options(Duration.ofSeconds(10)));
    Futures.join(finder.rememberExisting());
    assertThatThrownBy(() -> Futures.join(finder.jobOf(Optional.empty())))
        .isInstanceOf(SasekitException.class).hasMessageContaining("names no job_id");
  }

  private static JobStatus status(String id, String type) {
    return new JobStatus(id, type, "ACT", "PEND", "0", null, null, null);
  }
}
