package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;

/**
 * Where a configuration job stands, read from its {@code status_str} and {@code result_str}.
 *
 * @deprecated the rules are API-independent: use {@link io.sasekit.core.jobs.JobOutcome} (this enum
 *     forwards to it).
 */
@Deprecated(since = "0.1.0")
public enum JobOutcome {
  /** Still queued or running. */
  RUNNING,
  /** Finished with result OK (or no failure result). */
  SUCCEEDED,
  /** Ended in a failure state (push failed, aborted, timed out, cancelled, or result FAIL). */
  FAILED;

  /**
   * Classifies a job.
   *
   * @param job the job
   * @return the outcome
   */
  public static JobOutcome of(Job job) {
    return valueOf(io.sasekit.core.jobs.JobOutcome.of(PaJobs.status(job)).name());
  }

  /**
   * Whether the job will not change any more.
   *
   * @return true when succeeded or failed
   */
  public boolean isTerminal() {
    return this != RUNNING;
  }
}
