package io.sasekit.scm.workflow;

import io.sasekit.core.jobs.Futures;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.models.JobResponse;
import java.time.Duration;

/**
 * Waiting for configuration jobs; mixed into the generated {@code JobService}, so {@code
 * client.jobs().waitFor(jobId, Duration.ofMinutes(30))} polls with backoff (2 s doubling to 30 s)
 * until the job finishes or fails, and returns the final job. The loop and its rules are sdk-core's
 * ({@link io.sasekit.core.jobs.JobPoller}), the same as for Prisma Access.
 */
public interface JobWaiting {
  /**
   * Reads one job (implemented by the generated service).
   *
   * @param id the job id
   * @return the answer, whose {@code data} holds the job
   */
  JobResponse get(String id);

  /**
   * Waits until the job reaches a terminal state.
   *
   * @param jobId the job
   * @param timeout how long to wait at most
   * @return the finished job
   * @throws io.sasekit.core.jobs.JobFailedException when the job ends in a failure state (at once,
   *     with the job's details)
   * @throws io.sasekit.core.jobs.JobTimeoutException when {@code timeout} passes first; it keeps the
   *     job id
   */
  default Job waitFor(String jobId, Duration timeout) {
    return waitFor(jobId, WaitOptions.timeout(timeout));
  }

  /**
   * Waits with explicit options (intervals, clock, delayer).
   *
   * @param jobId the job
   * @param options the wait
   * @return the finished job
   */
  default Job waitFor(String jobId, WaitOptions options) {
    return ScmJobs.poller(id -> Futures.call(() -> ScmJobs.only(get(id), id))).await(jobId, options);
  }
}
