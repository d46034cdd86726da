package io.sasekit.scm.workflow;

import io.sasekit.scm.models.ConfigVersionPushRequest;
import io.sasekit.scm.models.JobSubmission;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ConfigPushing}, mixed into {@code ConfigVersionServiceAsync}. */
public interface ConfigPushingAsync {
  /**
   * Pushes the candidate configuration (implemented by the generated service).
   *
   * @param body the body as generated from the spec
   * @return the submission
   */
  CompletableFuture<JobSubmission> push(ConfigVersionPushRequest body);

  /**
   * Pushes the candidate configuration of the request's folders.
   *
   * @param request what to push
   * @return the submission
   */
  default CompletableFuture<JobSubmission> push(PushRequest request) {
    return push(request.toBody());
  }
}
