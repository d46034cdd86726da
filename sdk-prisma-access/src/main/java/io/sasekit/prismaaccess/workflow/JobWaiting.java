package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waiting for configuration jobs; mixed into the generated {@code JobService}, so
 * {@code client.jobs().waitFor(jobId, Duration.ofMinutes(30))} polls with backoff (2 s doubling
 * to 30 s) until the job finishes or fails, and returns the final job.
 */
public interface JobWaiting {
  /** Reads one job (implemented by the generated service). */
  Job get(String id);

  /**
   * Waits until the job reaches a terminal state.
   *
   * @throws JobFailedException when the job ends in a failure state (at once, not at the timeout)
   * @throws JobTimeoutException when {@code timeout} passes first; it keeps the job id
   */
  default Job waitFor(String jobId, Duration timeout) {
    return waitFor(jobId, WaitOptions.timeout(timeout));
  }

  /** Waits with explicit options (intervals, clock, delayer). */
  default Job waitFor(String jobId, WaitOptions options) {
    return new JobWaiter(id -> {
      try {
        return CompletableFuture.completedFuture(get(id));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }).await(jobId, options);
  }
}
