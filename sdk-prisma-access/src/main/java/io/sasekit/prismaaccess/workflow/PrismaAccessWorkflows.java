package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.jobs.Futures;
import io.sasekit.core.jobs.PushedJobFinder;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.prismaaccess.folders.FolderService;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.prismaaccess.services.ConfigVersionService;
import io.sasekit.prismaaccess.services.JobService;
import java.time.Duration;
import java.util.List;

/**
 * Workflows that span resources, mixed into the generated {@code PrismaAccessClient}: push and
 * wait in one call, and folder discovery.
 */
public interface PrismaAccessWorkflows {
  /** The config-version service (implemented by the generated client). */
  ConfigVersionService configVersions();

  /** The job service (implemented by the generated client). */
  JobService jobs();

  /** The executor behind every call (implemented by the generated client). */
  OperationExecutor executor();

  /**
   * Pushes the candidate configuration of {@code folders} and waits until the push job finishes.
   *
   * @return the finished job
   * @throws JobFailedException when the push job fails (at once, with its details)
   * @throws JobTimeoutException when it does not finish within {@code timeout}; carries the job id
   */
  default Job pushAndWait(List<String> folders, String description, Duration timeout) {
    return pushAndWait(folders, description, WaitOptions.timeout(timeout));
  }

  /**
   * As {@link #pushAndWait(List, String, Duration)} with explicit wait options. When the push
   * answer names no job (the spec declares it without a body), the job is found in the jobs list:
   * the newest push job that was not there before the push (the jobs are listed once before
   * pushing for this); it is looked for with the wait's backoff until the timeout.
   */
  default Job pushAndWait(List<String> folders, String description, WaitOptions options) {
    PushedJobFinder<Job> finder =
        new PushedJobFinder<>(() -> Futures.call(() -> jobs().list().data()), PaJobs::status, options);
    Futures.join(finder.rememberExisting());
    JobSubmission submission = configVersions().push(folders, description);
    return jobs().waitFor(Futures.join(finder.jobOf(submission.jobId())), options);
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
  default Job pushAndWait(List<String> folders, String description, io.sasekit.prismaaccess.workflow.WaitOptions options) {
    return pushAndWait(folders, description, options.toCore());
  }

  /**
   * Folder discovery through the SCM Setup API: the tenant's folders and snippets, or the six
   * system folders when the service account may not list them. Built once per client (it shares
   * the client's connection pool and token cache), the same object on every call.
   */
  default FolderService folders() {
    return executor().component(FolderService.class, FolderService::new);
  }
}
