package io.sasekit.scm.workflow;

import io.sasekit.core.RequestOptions;
import io.sasekit.core.jobs.Futures;
import io.sasekit.core.jobs.PushedJobFinder;
import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.models.JobSubmission;
import io.sasekit.scm.services.ConfigVersionService;
import io.sasekit.scm.services.JobService;
import java.time.Duration;
import java.util.Objects;

/**
 * Workflows that span resources, mixed into the generated {@code ScmClient}: push and wait in one
 * call, and rule moves.
 */
public interface ScmWorkflows {
  /**
   * The config-version service (implemented by the generated client).
   *
   * @return the service
   */
  ConfigVersionService configVersions();

  /**
   * The job service (implemented by the generated client).
   *
   * @return the service
   */
  JobService jobs();

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
   * Pushes the candidate configuration and waits until the push job finishes.
   *
   * @param request folders, admins, description
   * @param timeout how long to wait for the job
   * @return the finished job
   * @throws io.sasekit.core.jobs.JobFailedException when the push job fails (at once, with its details)
   * @throws io.sasekit.core.jobs.JobTimeoutException when it does not finish in time; carries the job id
   */
  default Job pushAndWait(PushRequest request, Duration timeout) {
    return pushAndWait(request, WaitOptions.timeout(timeout));
  }

  /**
   * As {@link #pushAndWait(PushRequest, Duration)} with explicit wait options. When the push answer
   * names no job (the spec declares it without a body), the job is found in the jobs list: the
   * newest push job that was not there before the push (the jobs are listed once before pushing
   * for this); it is looked for with the wait's backoff until the timeout.
   *
   * @param request folders, admins, description
   * @param options the wait
   * @return the finished job
   */
  default Job pushAndWait(PushRequest request, WaitOptions options) {
    Objects.requireNonNull(request, "request");
    PushedJobFinder<Job> finder =
        new PushedJobFinder<>(() -> Futures.call(() -> jobs().list().data()), ScmJobs::status, options);
    Futures.join(finder.rememberExisting());
    JobSubmission submission = configVersions().push(request.toBody());
    return jobs().waitFor(Futures.join(finder.jobOf(submission.jobId())), options);
  }

  /**
   * Moves a rule within its rulebase.
   *
   * @param type which kind of rule
   * @param ruleId the rule's UUID
   * @param move where to
   */
  default void moveRule(RuleType type, String ruleId, RuleMove move) {
    moveRule(type, ruleId, move, RequestOptions.none());
  }

  /**
   * Moves a rule within its rulebase, with per-call options. The body is validated against the
   * operation's schema like every typed call.
   *
   * @param type which kind of rule
   * @param ruleId the rule's UUID
   * @param move where to
   * @param options per-call options
   */
  default void moveRule(RuleType type, String ruleId, RuleMove move, RequestOptions options) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(move, "move");
    executor().execute(registry().require(type.resource(), "move"),
        Arguments.builder().param("id", ruleId).body(move.toBody()).build(), ResponseType.none(), options);
  }
}
