package io.sasekit.core.jobs;

import io.sasekit.core.errors.SasekitException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the job a push started when the push answer names none (the specs declare the push answer
 * without a body): the jobs listed before the push are remembered; afterwards the newest push job
 * that was not listed before is the one (highest numeric id, then latest start). It is looked for
 * again, with the wait's backoff, until it appears or the wait's timeout passes. One finder serves
 * one push; not thread-safe.
 *
 * @param <J> the API's job model
 */
public final class PushedJobFinder<J> {
  private final Supplier<CompletableFuture<List<J>>> lister;
  private final Function<J, JobStatus> status;
  private final WaitOptions options;
  private Set<String> before = Set.of();

  /**
   * Creates a finder.
   *
   * @param lister lists the current jobs (the first page, newest included)
   * @param status reads the status of a job
   * @param options the wait's backoff, clock and timeout
   */
  public PushedJobFinder(Supplier<CompletableFuture<List<J>>> lister, Function<J, JobStatus> status, WaitOptions options) {
    this.lister = Objects.requireNonNull(lister, "lister");
    this.status = Objects.requireNonNull(status, "status");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Lists the jobs that exist before the push; call it before pushing.
   *
   * @return completes when they are remembered
   */
  public CompletableFuture<Void> rememberExisting() {
    return lister.get().thenAccept(jobs -> {
      Set<String> ids = new HashSet<>();
      jobs.forEach(j -> status.apply(j).jobId().ifPresent(ids::add));
      before = ids;
    });
  }

  /**
   * The job id the push answer named, or else the id of the new push job in the jobs list.
   *
   * @param submitted the job id of the push answer, possibly empty or blank
   * @return the job id; fails with a {@link SasekitException} when no new push job appears in time
   */
  public CompletableFuture<String> jobOf(Optional<String> submitted) {
    Optional<String> id = submitted.filter(s -> !s.isBlank());
    if (id.isPresent()) {
      return CompletableFuture.completedFuture(id.get());
    }
    Instant start = options.clock().instant();
    return find(start.plus(options.timeout()), options.initialInterval(), start);
  }

  private CompletableFuture<String> find(Instant deadline, Duration interval, Instant start) {
    return lister.get().thenCompose(jobs -> {
      Optional<JobStatus> found = newestNewPush(jobs);
      if (found.isPresent()) {
        return CompletableFuture.completedFuture(found.get().id());
      }
      Instant now = options.clock().instant();
      if (!now.plus(interval).isBefore(deadline)) {
        return CompletableFuture.failedFuture(new SasekitException(
            "the service accepted the push but its answer names no job_id, and no new push job appeared in"
                + " the jobs list within " + Duration.between(start, now).plus(interval)));
      }
      return options.delayer().delay(interval).thenCompose(v -> find(deadline, options.next(interval), start));
    });
  }

  private Optional<JobStatus> newestNewPush(List<J> jobs) {
    return jobs.stream()
        .map(status)
        .filter(s -> s.jobId().isPresent())
        .filter(s -> !before.contains(s.id()))
        .filter(PushedJobFinder::isPush)
        .max(Comparator.<JobStatus>comparingLong(PushedJobFinder::numericId)
            .thenComparing(s -> s.started() == null ? "" : s.started()));
  }

  /** A push job, or one that does not say its type. */
  private static boolean isPush(JobStatus job) {
    return job.type() == null || job.type().toLowerCase(Locale.ROOT).contains("push");
  }

  private static long numericId(JobStatus job) {
    try {
      return Long.parseLong(job.id().strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
