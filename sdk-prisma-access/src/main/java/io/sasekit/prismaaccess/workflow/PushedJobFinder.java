package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.pagination.Page;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.JobSubmission;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Finds the job a push started when the answer names none (the spec declares the push answer
 * without a body): the jobs listed before the push are remembered; afterwards the newest push job
 * that was not listed before is the one. It is looked for again, with the wait's backoff, until it
 * appears or the wait's timeout passes.
 */
final class PushedJobFinder {
  private final Supplier<CompletableFuture<Page<Job>>> lister;
  private final WaitOptions options;
  private Set<String> before = Set.of();

  PushedJobFinder(Supplier<CompletableFuture<Page<Job>>> lister, WaitOptions options) {
    this.lister = lister;
    this.options = options;
  }

  /** Lists the jobs that exist before the push. */
  CompletableFuture<Void> rememberExisting() {
    return lister.get().thenAccept(page -> {
      Set<String> ids = new HashSet<>();
      page.data().forEach(j -> j.id().ifPresent(ids::add));
      before = ids;
    });
  }

  /** The submission's job id, or the id of the new push job in the jobs list. */
  CompletableFuture<String> jobOf(JobSubmission submission) {
    Optional<String> id = submission.jobId().filter(s -> !s.isBlank());
    if (id.isPresent()) {
      return CompletableFuture.completedFuture(id.get());
    }
    Instant start = options.clock().instant();
    return find(start.plus(options.timeout()), options.initialInterval(), start);
  }

  private CompletableFuture<String> find(Instant deadline, Duration interval, Instant start) {
    return lister.get().thenCompose(page -> {
      Optional<Job> found = newestNewPush(page.data());
      if (found.isPresent()) {
        return CompletableFuture.completedFuture(found.get().id().orElseThrow());
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

  private Optional<Job> newestNewPush(List<Job> jobs) {
    return jobs.stream()
        .filter(j -> j.id().filter(s -> !s.isBlank()).isPresent())
        .filter(j -> !before.contains(j.id().get()))
        .filter(PushedJobFinder::isPush)
        .max(Comparator.comparing(PushedJobFinder::numericId)
            .thenComparing(j -> j.insertTs().orElse("")));
  }

  /** A push job, or one that does not say its type. */
  private static boolean isPush(Job job) {
    return job.typeStr().map(t -> t.toLowerCase(Locale.ROOT).contains("push")).orElse(true);
  }

  private static long numericId(Job job) {
    try {
      return Long.parseLong(job.id().orElse("").strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
