package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.jobs.JobPoller;
import io.sasekit.prismaaccess.models.Job;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Polls a Prisma Access job until it reaches a terminal state.
 *
 * @deprecated the loop lives in sdk-core: use {@link io.sasekit.core.jobs.JobPoller}, or simply
 *     {@code client.jobs().waitFor(...)}. This class forwards to it.
 */
@Deprecated(since = "0.1.0")
public final class JobWaiter {
  private final JobPoller<Job> poller;

  /**
   * Creates a waiter that reads a job with {@code fetch}.
   *
   * @param fetch reads one job by id
   */
  public JobWaiter(Function<String, CompletableFuture<Job>> fetch) {
    this.poller = PaJobs.poller(fetch);
  }

  /**
   * Waits in the caller's thread.
   *
   * @param jobId the job
   * @param options the wait
   * @return the finished job
   */
  public Job await(String jobId, io.sasekit.core.jobs.WaitOptions options) {
    return poller.await(jobId, options);
  }

  /**
   * Waits without blocking a thread.
   *
   * @param jobId the job
   * @param options the wait
   * @return the finished job
   */
  public CompletableFuture<Job> waitAsync(String jobId, io.sasekit.core.jobs.WaitOptions options) {
    return poller.waitAsync(jobId, options);
  }
}
