package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link JobWaiting}, mixed into the generated {@code JobServiceAsync}:
 * polls are chained futures and pauses are scheduled, so no thread is blocked while waiting.
 */
public interface JobWaitingAsync {
  /** Reads one job (implemented by the generated service). */
  CompletableFuture<Job> get(String id);

  /** Waits until the job reaches a terminal state; fails as {@link JobWaiting#waitFor} throws. */
  default CompletableFuture<Job> waitFor(String jobId, Duration timeout) {
    return waitFor(jobId, WaitOptions.timeout(timeout));
  }

  /** Waits with explicit options. */
  default CompletableFuture<Job> waitFor(String jobId, WaitOptions options) {
    return new JobWaiter(this::get).waitAsync(jobId, options);
  }
}
