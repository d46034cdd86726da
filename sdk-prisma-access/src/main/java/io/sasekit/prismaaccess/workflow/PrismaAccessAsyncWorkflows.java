package io.sasekit.prismaaccess.workflow;

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
    PushedJobFinder finder = new PushedJobFinder(() -> jobs().list(), options);
    return finder.rememberExisting()
        .thenCompose(v -> configVersions().push(folders, description))
        .thenCompose(finder::jobOf)
        .thenCompose(id -> jobs().waitFor(id, options));
  }
}
