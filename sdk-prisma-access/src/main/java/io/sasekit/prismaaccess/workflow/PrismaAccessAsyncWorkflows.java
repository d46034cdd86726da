package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.jobs.PushedJobFinder;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.services.ConfigVersionServiceAsync;
import io.sasekit.prismaaccess.services.JobServiceAsync;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link PrismaAccessWorkflows}, mixed into {@code PrismaAccessAsyncClient}. */
public interface PrismaAccessAsyncWorkflows {
  /** The async config-version service (implemented by the generated client). */
  ConfigVersionServiceAsync configVersions();

  /** The async job service (implemented by the generated client). */
  JobServiceAsync jobs();

  /** Pushes and waits without blocking a thread; fails as the blocking form throws. */
  default CompletableFuture<Job> pushAndWait(List<String> folders, String description, Duration timeout) {
    return pushAndWait(folders, description, WaitOptions.timeout(timeout));
  }

  /**
   * As {@link #pushAndWait(List, String, Duration)} with explicit wait options; a push answer
   * without a job id is handled like the blocking form's.
   */
  default CompletableFuture<Job> pushAndWait(List<String> folders, String description, WaitOptions options) {
    PushedJobFinder<Job> finder =
        new PushedJobFinder<>(() -> jobs().list().thenApply(p -> p.data()), PaJobs::status, options);
    return finder.rememberExisting()
        .thenCompose(v -> configVersions().push(folders, description))
        .thenCompose(s -> finder.jobOf(s.jobId()))
        .thenCompose(id -> jobs().waitFor(id, options));
  }

  /**
   * As {@link #pushAndWait(List, String, WaitOptions)} with the deprecated Prisma Access options.
   *
   * @param folders the folders to push
   * @param description shown in the push history; may be {@code null}
   * @param options the wait
   * @return the finished job
   * @deprecated pass {@link io.sasekit.core.jobs.WaitOptions}
   */
  @Deprecated(since = "0.1.0")
  default CompletableFuture<Job> pushAndWait(
      List<String> folders, String description, io.sasekit.prismaaccess.workflow.WaitOptions options) {
    return pushAndWait(folders, description, options.toCore());
  }
}
