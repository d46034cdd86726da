package io.sasekit.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates push jobs and moves them through PEND, ACT and FIN at the configured pace; when a job
 * finishes OK it calls back so the candidate snapshot becomes running. Guarded by the state lock.
 */
public final class JobEngine {
  private final Clock clock;
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private int nextId = 1;
  private int pace = 0;
  private Duration clockPace;
  private String plannedFailure;
  private List<String> plannedDetails = List.of();
  private Consumer<Job> onSuccess = j -> {};

  /** Creates the engine. */
  public JobEngine(Clock clock) {
    this.clock = clock;
  }

  /** What to do when a job finishes OK (commit its snapshot). */
  public void onSuccess(Consumer<Job> callback) {
    this.onSuccess = callback;
  }

  /** Polls each new job stays in PEND and in ACT (0 = finished at once). */
  public void pace(int polls) {
    if (polls < 0) {
      throw new IllegalArgumentException("pace must not be negative: " + polls);
    }
    this.pace = polls;
    this.clockPace = null;
  }

  /** Time each new job stays in PEND and in ACT, measured on the simulator clock. */
  public void paceByClock(Duration perPhase) {
    if (perPhase.isNegative()) {
      throw new IllegalArgumentException("negative pace");
    }
    this.clockPace = perPhase;
  }

  /** The next push fails with this reason (and these detail messages). */
  public void failNextPush(String reason, List<String> details) {
    this.plannedFailure = reason == null ? "Push failed" : reason;
    this.plannedDetails = List.copyOf(details);
  }

  /** Creates a job for a push of {@code folders} (committing {@code scope}). */
  public Job create(List<String> folders, Set<String> scope, String description, String uname,
      Map<String, ResourceTable> snapshot) {
    String id = String.valueOf(nextId++);
    Job job = new Job(id, folders, description, uname, clock.instant(), pace, clockPace,
        plannedFailure, plannedDetails, snapshot, scope);
    plannedFailure = null;
    plannedDetails = List.of();
    jobs.put(id, job);
    settle(job);
    return job;
  }

  /** A job by id, settled to its due phase; {@code poll} counts one observation first. */
  public Job get(String id, boolean poll) {
    Job job = jobs.get(id);
    if (job != null) {
      if (poll) {
        job.poll();
      }
      settle(job);
    }
    return job;
  }

  /** Every job, newest first, each settled to its due phase. */
  public List<Job> list() {
    List<Job> out = new ArrayList<>(jobs.values());
    java.util.Collections.reverse(out);
    out.forEach(this::settle);
    return out;
  }

  /** Settles every job whose phase is due by the clock. */
  public void settleAll() {
    jobs.values().forEach(this::settle);
  }

  /** Finishes every unfinished job now. */
  public void finishAll() {
    for (Job j : jobs.values()) {
      finish(j);
    }
  }

  private void settle(Job job) {
    Job.Phase due = job.due(clock.instant());
    if (due == Job.Phase.DONE) {
      finish(job);
    } else {
      job.advance(due, clock.instant());
    }
  }

  private void finish(Job job) {
    if (job.phase() == Job.Phase.DONE) {
      return;
    }
    job.advance(Job.Phase.DONE, clock.instant());
    if (job.failure() == null) {
      onSuccess.accept(job);
    }
  }

  /** Forgets every job and plan; jobs finish at once again. */
  public void reset() {
    jobs.clear();
    nextId = 1;
    pace = 0;
    clockPace = null;
    plannedFailure = null;
    plannedDetails = List.of();
  }
}
