package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.prismaaccess.models.PushRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ConfigDeploying}, mixed into {@code ConfigVersionServiceAsync}. */
public interface ConfigDeployingAsync {
  /** Pushes the candidate configuration (implemented by the generated service). */
  CompletableFuture<JobSubmission> push(PushRequest request);

  /** Pushes the candidate configuration of {@code folders} with a description. */
  default CompletableFuture<JobSubmission> push(List<String> folders, String description) {
    try {
      return push(PushRequests.of(folders, description));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
