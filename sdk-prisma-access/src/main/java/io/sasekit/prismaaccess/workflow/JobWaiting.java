package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.jobs.Futures;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;

/**
 * Waiting for configuration jobs; mixed into the generated {@code JobService}, so
 * {@code client.jobs().waitFor(jobId, Duration.ofMinutes(30))} polls with backoff (2 s doubling
 * to 30 s) until the job finishes or fails, and returns the final job. The loop is sdk-core's
 * {@link io.sasekit.core.jobs.JobPoller}.
 */
public interface JobWaiting {
  /**
   * Reads one job (implemented by the generated service).
   *
   * @param id the job id
   * @return the job
   */
  Job get(String id);

  /**
   * Waits until the job reaches a terminal state.
   *
   * @param jobId the job
   * @param timeout how long to wait at most
   * @return the finished job
   * @throws JobFailedException when the job ends in a failure state (at once, not at the timeout)
   * @throws JobTimeoutException when {@code timeout} passes first; it keeps the job id
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
    return PaJobs.poller(id -> Futures.call(() -> get(id))).await(jobId, options);
  }

  /**
   * Waits with the deprecated Prisma Access options.
   *
   * @param jobId the job
   * @param options the wait
   * @return the finished job
   * @deprecated pass {@link io.sasekit.core.jobs.WaitOptions}
   */
  @Deprecated(since = "0.1.0")
  default Job waitFor(String jobId, io.sasekit.prismaaccess.workflow.WaitOptions options) {
    return waitFor(jobId, options.toCore());
  }
}
