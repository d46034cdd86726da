package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Polls a job until it reaches a terminal state, with backoff, and returns the final job. Stops at
 * once on any failure state ({@link JobFailedException}); a wait that runs out of time raises
 * {@link JobTimeoutException}, which keeps the job id. Both blocking and non-blocking forms run
 * the same loop.
 */
public final class JobWaiter {
  private final Function<String, CompletableFuture<Job>> fetch;

  /** Creates a waiter that reads a job with {@code fetch}. */
  public JobWaiter(Function<String, CompletableFuture<Job>> fetch) {
    this.fetch = fetch;
  }

  /**
   * Waits in the caller's thread: each poll runs here, each pause is the delayer's. Unwraps the
   * SDK exceptions.
   */
  public Job await(String jobId, WaitOptions options) {
    requireId(jobId);
    Instant start = options.clock().instant();
    Instant deadline = start.plus(options.timeout());
    Duration interval = options.initialInterval();
    while (true) {
      Job job = Jobs.join(fetch.apply(jobId));
      Duration wait = nextWait(jobId, job, options, deadline, interval, start);
      if (wait == null) {
        return job;
      }
      Jobs.join(options.delayer().delay(wait));
      interval = options.next(interval);
    }
  }

  private static void requireId(String jobId) {
    if (jobId == null || jobId.isBlank()) {
      throw new IllegalArgumentException("jobId is required");
    }
  }

  /**
   * The pause before the next poll, or {@code null} when the job succeeded; throws when it failed
   * or the time is up.
   */
  private static Duration nextWait(
      String jobId, Job job, WaitOptions options, Instant deadline, Duration interval, Instant start) {
    JobOutcome outcome = JobOutcome.of(job);
    if (outcome == JobOutcome.SUCCEEDED) {
      return null;
    }
    if (outcome == JobOutcome.FAILED) {
      throw new JobFailedException(job);
    }
    Instant now = options.clock().instant();
    if (!now.isBefore(deadline)) {
      throw new JobTimeoutException(jobId, job, Duration.between(start, now));
    }
    Duration remaining = Duration.between(now, deadline);
    return interval.compareTo(remaining) > 0 ? remaining : interval;
  }

  /** Waits without blocking a thread. */
  public CompletableFuture<Job> waitAsync(String jobId, WaitOptions options) {
    try {
      requireId(jobId);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    Instant start = options.clock().instant();
    return poll(jobId, options, start.plus(options.timeout()), options.initialInterval(), start);
  }

  private CompletableFuture<Job> poll(
      String jobId, WaitOptions options, Instant deadline, Duration interval, Instant start) {
    return fetch.apply(jobId).thenCompose(job -> {
      Duration wait;
      try {
        wait = nextWait(jobId, job, options, deadline, interval, start);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      if (wait == null) {
        return CompletableFuture.completedFuture(job);
      }
      return options.delayer().delay(wait)
          .thenCompose(v -> poll(jobId, options, deadline, options.next(interval), start));
    });
  }
}
