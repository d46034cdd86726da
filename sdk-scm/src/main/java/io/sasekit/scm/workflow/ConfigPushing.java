package io.sasekit.scm.workflow;

import io.sasekit.scm.models.ConfigVersionPushRequest;
import io.sasekit.scm.models.JobSubmission;

/**
 * Pushing the candidate configuration with a {@link PushRequest}; mixed into the generated {@code
 * ConfigVersionService}. A push only starts a job: wait for it with {@code
 * client.jobs().waitFor(submission.jobId().orElseThrow(), timeout)}, or use {@link
 * ScmWorkflows#pushAndWait}. The spec declares the push answer without a body: a service that
 * answers so gives an empty submission ({@code jobId()} empty), never an exception.
 */
public interface ConfigPushing {
  /**
   * Pushes the candidate configuration (implemented by the generated service).
   *
   * @param body the body as generated from the spec
   * @return the submission
   */
  JobSubmission push(ConfigVersionPushRequest body);

  /**
   * Pushes the candidate configuration of the request's folders, only the named admins' changes
   * when it names any.
   *
   * @param request what to push
   * @return the submission, carrying the job id when the service sends it
   */
  default JobSubmission push(PushRequest request) {
    return push(request.toBody());
  }
}
