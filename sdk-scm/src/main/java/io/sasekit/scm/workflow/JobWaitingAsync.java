package io.sasekit.scm.workflow;

import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.models.JobResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link JobWaiting}, mixed into the generated {@code JobServiceAsync}:
 * polls are chained futures and pauses are scheduled, so no thread is blocked while waiting.
 */
public interface JobWaitingAsync {
  /**
   * Reads one job (implemented by the generated service).
   *
   * @param id the job id
   * @return the answer, whose {@code data} holds the job
   */
  CompletableFuture<JobResponse> get(String id);

  /**
   * Waits until the job reaches a terminal state; fails as {@link JobWaiting#waitFor} throws.
   *
   * @param jobId the job
   * @param timeout how long to wait at most
   * @return the finished job
   */
  default CompletableFuture<Job> waitFor(String jobId, Duration timeout) {
    return waitFor(jobId, WaitOptions.timeout(timeout));
  }

  /**
   * Waits with explicit options.
   *
   * @param jobId the job
   * @param options the wait
   * @return the finished job
   */
  default CompletableFuture<Job> waitFor(String jobId, WaitOptions options) {
    return ScmJobs.poller(id -> get(id).thenApply(r -> ScmJobs.only(r, id))).waitAsync(jobId, options);
  }
}
