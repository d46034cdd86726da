package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.prismaaccess.models.PushRequest;
import java.util.List;

/**
 * Convenience forms of pushing the candidate configuration; mixed into the generated
 * {@code ConfigVersionService}. A push only starts a job: wait for it with
 * {@code client.jobs().waitFor(submission.jobId().orElseThrow(), timeout)}, or use
 * {@link PrismaAccessWorkflows#pushAndWait}. The spec declares the push answer without a body: a
 * service that answers so gives an empty submission ({@code jobId()} empty), never an exception;
 * {@code pushAndWait} then finds the job in the jobs list.
 */
public interface ConfigDeploying {
  /** Pushes the candidate configuration (implemented by the generated service). */
  JobSubmission push(PushRequest request);

  /**
   * Pushes the candidate configuration of {@code folders} with a description.
   *
   * @param folders the folders to push, e.g. {@code List.of("Remote Networks")}
   * @param description shown in the push history; may be {@code null}
   * @return the submission, carrying the job id
   */
  default JobSubmission push(List<String> folders, String description) {
    return push(PushRequests.of(folders, description));
  }
}
