package io.sasekit.scm.workflow;

import io.sasekit.core.RequestOptions;
import io.sasekit.core.jobs.PushedJobFinder;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.services.ConfigVersionServiceAsync;
import io.sasekit.scm.services.JobServiceAsync;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ScmWorkflows}, mixed into {@code ScmAsyncClient}. */
public interface ScmAsyncWorkflows {
  /**
   * The async config-version service (implemented by the generated client).
   *
   * @return the service
   */
  ConfigVersionServiceAsync configVersions();

  /**
   * The async job service (implemented by the generated client).
   *
   * @return the service
   */
  JobServiceAsync jobs();

  /**
   * The executor behind every call (implemented by the generated client).
   *
   * @return the executor
   */
  OperationExecutor executor();

  /**
   * The operation registry (implemented by the generated client).
   *
   * @return the registry
   */
  OperationRegistry registry();

  /**
   * Pushes and waits without blocking a thread; fails as the blocking form throws.
   *
   * @param request folders, admins, description
   * @param timeout how long to wait for the job
   * @return the finished job
   */
  default CompletableFuture<Job> pushAndWait(PushRequest request, Duration timeout) {
    return pushAndWait(request, WaitOptions.timeout(timeout));
  }

  /**
   * As {@link #pushAndWait(PushRequest, Duration)} with explicit wait options; a push answer without
   * a job id is handled like the blocking form's.
   *
   * @param request folders, admins, description
   * @param options the wait
   * @return the finished job
   */
  default CompletableFuture<Job> pushAndWait(PushRequest request, WaitOptions options) {
    if (request == null) {
      return CompletableFuture.failedFuture(new NullPointerException("request"));
    }
    PushedJobFinder<Job> finder =
        new PushedJobFinder<>(() -> jobs().list().thenApply(p -> p.data()), ScmJobs::status, options);
    return finder.rememberExisting()
        .thenCompose(v -> configVersions().push(request.toBody()))
        .thenCompose(s -> finder.jobOf(s.jobId()))
        .thenCompose(id -> jobs().waitFor(id, options));
  }

  /**
   * Moves a rule within its rulebase without blocking a thread.
   *
   * @param type which kind of rule
   * @param ruleId the rule's UUID
   * @param move where to
   * @return completes when the service accepted the move
   */
  default CompletableFuture<Void> moveRule(RuleType type, String ruleId, RuleMove move) {
    if (type == null || move == null) {
      return CompletableFuture.failedFuture(new NullPointerException(type == null ? "type" : "move"));
    }
    return executor().executeAsync(registry().require(type.resource(), "move"),
        Arguments.builder().param("id", ruleId).body(move.toBody()).build(), ResponseType.none(), RequestOptions.none());
  }
}
