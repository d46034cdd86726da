package io.sasekit.prismaaccess.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.NotFoundException;
import io.sasekit.prismaaccess.models.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class JobWaiterTest {

  /** A clock that only moves when the fake delayer "waits". */
  static final class FakeTime extends Clock {
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    final List<Duration> waits = new ArrayList<>();

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    Delayer delayer() {
      return d -> {
        waits.add(d);
        now = now.plus(d);
        return CompletableFuture.completedFuture(null);
      };
    }
  }

  private static Job job(String status, String result) {
    return Job.builder().id("42").statusStr(status).resultStr(result).percent("50").build();
  }

  private static JobWaiter scripted(Deque<Job> answers, List<String> asked) {
    return new JobWaiter(id -> {
      asked.add(id);
      Job j = answers.size() > 1 ? answers.poll() : answers.peek();
      return CompletableFuture.completedFuture(j);
    });
  }

  private static WaitOptions options(FakeTime t, Duration timeout) {
    return WaitOptions.builder().timeout(timeout).clock(t).delayer(t.delayer()).build();
  }

  @Test
  void returnsTheFinishedJobAfterPollingWithDoublingCappedBackoff() {
    FakeTime t = new FakeTime();
    Deque<Job> answers = new ArrayDeque<>();
    for (int i = 0; i < 6; i++) {
      answers.add(job(i % 2 == 0 ? "PEND" : "ACT", "PEND"));
    }
    answers.add(job("FIN", "OK"));
    List<String> asked = new ArrayList<>();

    Job done = scripted(answers, asked).await("42", options(t, Duration.ofMinutes(30)));

    assertThat(JobOutcome.of(done)).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(asked).hasSize(7).containsOnly("42");
    assertThat(t.waits).containsExactly(
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Test
  void stopsAtOnceOnAFailureStateWithTheJobDetails() {
    FakeTime t = new FakeTime();
    Deque<Job> answers = new ArrayDeque<>(List.of(
        job("ACT", "PEND"),
        job("PUSHFAIL", "FAIL").toBuilder().details("{\"errors\":[\"address x is missing\"]}").build()));

    assertThatThrownBy(() -> scripted(answers, new ArrayList<>()).await("42", options(t, Duration.ofHours(1))))
        .isInstanceOf(JobFailedException.class)
        .hasMessageContaining("job 42 failed")
        .hasMessageContaining("PUSHFAIL")
        .hasMessageContaining("address x is missing")
        .satisfies(e -> assertThat(((JobFailedException) e).job().resultStr()).contains("FAIL"));
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
  }

  @Test
  void timeoutKeepsTheJobIdAndNeverWaitsPastTheDeadline() {
    FakeTime t = new FakeTime();
    Deque<Job> answers = new ArrayDeque<>(List.of(job("PEND", "PEND")));

    assertThatThrownBy(() -> scripted(answers, new ArrayList<>()).await("42", options(t, Duration.ofSeconds(20))))
        .isInstanceOf(JobTimeoutException.class)
        .hasMessageContaining("job 42 did not finish")
        .satisfies(e -> {
          JobTimeoutException te = (JobTimeoutException) e;
          assertThat(te.jobId()).isEqualTo("42");
          assertThat(te.lastSeen()).isPresent();
          assertThat(te.waited()).isEqualTo(Duration.ofSeconds(20));
        });
    // 2 + 4 + 8 = 14, then only the 6 seconds left.
    assertThat(t.waits).containsExactly(
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(6));
  }

  @Test
  void asyncFormCompletesWithTheSameOutcomes() throws Exception {
    FakeTime t = new FakeTime();
    Deque<Job> ok = new ArrayDeque<>(List.of(job("PEND", "PEND"), job("FIN", "OK")));
    assertThat(scripted(ok, new ArrayList<>()).waitAsync("42", options(t, Duration.ofMinutes(1))).get().statusStr())
        .contains("FIN");

    Deque<Job> bad = new ArrayDeque<>(List.of(job("PUSHABORT", "CANCELLED")));
    CompletableFuture<Job> f = scripted(bad, new ArrayList<>()).waitAsync("42", options(t, Duration.ofMinutes(1)));
    assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JobFailedException.class);
  }

  @Test
  void anApiErrorWhilePollingPropagatesUnwrapped() {
    FakeTime t = new FakeTime();
    NotFoundException nf = new NotFoundException(404, "GET", "/sse/config/v1/jobs/42", null, "", List.of(), null);
    JobWaiter w = new JobWaiter(id -> CompletableFuture.failedFuture(nf));
    assertThatThrownBy(() -> w.await("42", options(t, Duration.ofMinutes(1)))).isSameAs(nf);
  }

  @Test
  void rejectsABlankJobId() {
    FakeTime t = new FakeTime();
    JobWaiter w = new JobWaiter(id -> CompletableFuture.completedFuture(job("FIN", "OK")));
    assertThatThrownBy(() -> w.await(" ", options(t, Duration.ofMinutes(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobId");
  }
}
