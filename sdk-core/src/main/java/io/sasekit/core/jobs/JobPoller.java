package io.sasekit.core.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Polls a job until it reaches a terminal state, with backoff, and returns the final job. Stops at
 * once on any failure state ({@link JobFailedException}); a wait that runs out of time raises
 * {@link JobTimeoutException}, which keeps the job id. The blocking and the non-blocking forms run
 * the same decisions; pauses are the {@link WaitOptions#delayer()}'s, time is its clock's.
 *
 * @param <J> the API's job model
 */
public final class JobPoller<J> {
  /**
   * Builds the exceptions a wait raises, so an API module can raise its own subclasses (carrying
   * its job type).
   *
   * @param <J> the API's job model
   */
  public interface Failures<J> {
    /**
     * The exception for a job that ended in a failure state.
     *
     * @param job the job as last read
     * @param status its status
     * @return the exception to raise
     */
    JobFailedException failed(J job, JobStatus status);

    /**
     * The exception for a wait that ran out of time.
     *
     * @param jobId the job id
     * @param lastSeen the job as last read
     * @param status its status
     * @param waited how long the wait lasted
     * @return the exception to raise
     */
    JobTimeoutException timedOut(String jobId, J lastSeen, JobStatus status, Duration waited);

    /**
     * The core exceptions, carrying the job model untyped.
     *
     * @param <J> the API's job model
     * @return the factory
     */
    static <J> Failures<J> standard() {
      return new Failures<>() {
        @Override
        public JobFailedException failed(J job, JobStatus status) {
          return new JobFailedException(status, job);
        }

        @Override
        public JobTimeoutException timedOut(String jobId, J lastSeen, JobStatus status, Duration waited) {
          return new JobTimeoutException(jobId, status, lastSeen, waited);
        }
      };
    }
  }

  private final Function<String, CompletableFuture<J>> fetch;
  private final Function<J, JobStatus> status;
  private final Failures<J> failures;

  /**
   * A poller raising the core exceptions.
   *
   * @param fetch reads one job by id
   * @param status reads the status of a job
   */
  public JobPoller(Function<String, CompletableFuture<J>> fetch, Function<J, JobStatus> status) {
    this(fetch, status, Failures.standard());
  }

  /**
   * A poller raising the exceptions {@code failures} builds.
   *
   * @param fetch reads one job by id
   * @param status reads the status of a job
   * @param failures builds the exceptions
   */
  public JobPoller(Function<String, CompletableFuture<J>> fetch, Function<J, JobStatus> status, Failures<J> failures) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.status = Objects.requireNonNull(status, "status");
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  /**
   * Waits in the caller's thread: each poll runs here, each pause is the delayer's.
   *
   * @param jobId the job to wait for
   * @param options timeout, backoff, clock and delayer
   * @return the finished job
   * @throws JobFailedException when the job ends in a failure state (at once)
   * @throws JobTimeoutException when the timeout passes first
   * @throws IllegalArgumentException when {@code jobId} is blank
   */
  public J await(String jobId, WaitOptions options) {
    requireId(jobId);
    Instant start = options.clock().instant();
    Instant deadline = start.plus(options.timeout());
    Duration interval = options.initialInterval();
    while (true) {
      J job = Futures.join(fetch.apply(jobId));
      Duration wait = nextWait(jobId, job, options, deadline, interval, start);
      if (wait == null) {
        return job;
      }
      Futures.join(options.delayer().delay(wait));
      interval = options.next(interval);
    }
  }

  /**
   * Waits without blocking a thread; fails as {@link #await} throws.
   *
   * @param jobId the job to wait for
   * @param options timeout, backoff, clock and delayer
   * @return the finished job
   */
  public CompletableFuture<J> waitAsync(String jobId, WaitOptions options) {
    try {
      requireId(jobId);
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    Instant start = options.clock().instant();
    return poll(jobId, options, start.plus(options.timeout()), options.initialInterval(), start);
  }

  private CompletableFuture<J> poll(String jobId, WaitOptions options, Instant deadline, Duration interval, Instant start) {
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

  /** The pause before the next poll, or {@code null} when the job succeeded; throws when it failed or time is up. */
  private Duration nextWait(String jobId, J job, WaitOptions options, Instant deadline, Duration interval, Instant start) {
    JobStatus s = status.apply(job);
    JobOutcome outcome = JobOutcome.of(s);
    if (outcome == JobOutcome.SUCCEEDED) {
      return null;
    }
    if (outcome == JobOutcome.FAILED) {
      throw failures.failed(job, s);
    }
    Instant now = options.clock().instant();
    if (!now.isBefore(deadline)) {
      throw failures.timedOut(jobId, job, s, Duration.between(start, now));
    }
    Duration remaining = Duration.between(now, deadline);
    return interval.compareTo(remaining) > 0 ? remaining : interval;
  }

  private static void requireId(String jobId) {
    if (jobId == null || jobId.isBlank()) {
      throw new IllegalArgumentException("jobId is required");
    }
  }
}
