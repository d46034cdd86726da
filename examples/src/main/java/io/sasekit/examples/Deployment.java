package io.sasekit.examples;

import io.sasekit.core.jobs.JobStatus;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.prismaaccess.workflow.JobFailedException;
import io.sasekit.prismaaccess.workflow.JobTimeoutException;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.workflow.PushRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pushes the candidate configuration and waits for the job, printing both as steps: the pattern
 * every workflow ends with ("Always poll push jobs" in the integration guide). Prisma Access
 * clients push and wait in two steps; the Strata Cloud Manager client's
 * {@link ScmClient#pushAndWait} does both in one.
 */
public final class Deployment {
  private Deployment() {}

  /**
   * Pushes, then waits for the job; two steps.
   *
   * @return the finished job
   * @throws JobFailedException when the push job fails (printed first)
   * @throws JobTimeoutException when it does not finish in time (printed first)
   */
  public static Job pushAndWait(PrismaAccessClient client, PushOptions push, String description, Steps steps) {
    steps.step("Pushing the candidate configuration to " + push.foldersText());
    JobSubmission submission = client.configVersions().push(push.folders(), description);
    String jobId = submission.jobId()
        .orElseThrow(() -> new IllegalStateException("the push was accepted without a job id: " + submission));
    steps.detail("push accepted: job " + jobId + submission.message().map(m -> " (" + m + ")").orElse(""));
    return waitFor(client, jobId, push, steps);
  }

  /** Waits for a push job as one step, printing the outcome. */
  public static Job waitFor(PrismaAccessClient client, String jobId, PushOptions push, Steps steps) {
    steps.step("Waiting for job " + jobId + " to finish (timeout " + human(push.timeout()) + ")");
    Instant start = Instant.now();
    try {
      Job job = client.jobs().waitFor(jobId, push.waitOptions());
      steps.detail("job " + jobId + " finished after " + human(Duration.between(start, Instant.now()))
          + ": " + statusOf(job));
      return job;
    } catch (JobFailedException e) {
      steps.detail("job " + jobId + " FAILED: " + statusOf(e.job()));
      e.job().details().ifPresent(d -> steps.detail("details: " + d));
      throw e;
    } catch (JobTimeoutException e) {
      steps.detail("job " + jobId + " still running after " + human(e.waited())
          + ": it may still finish (GET /sse/config/v1/jobs/" + jobId + ")");
      throw e;
    }
  }

  /**
   * Pushes with the Strata Cloud Manager client ({@link PushRequest}, {@link ScmClient#pushAndWait}
   * with the options' wait) and waits for the job; one step.
   *
   * @return the finished job
   * @throws io.sasekit.core.jobs.JobFailedException when the push job fails (printed first)
   * @throws io.sasekit.core.jobs.JobTimeoutException when it does not finish in time (printed first)
   */
  public static io.sasekit.scm.models.Job pushAndWait(ScmClient client, PushOptions push, String description,
      Steps steps) {
    steps.step("Pushing the candidate configuration to " + push.foldersText() + " and waiting for the job (timeout "
        + human(push.timeout()) + ")");
    Instant start = Instant.now();
    try {
      io.sasekit.scm.models.Job job = client.pushAndWait(
          PushRequest.builder().folders(push.folders()).description(description).build(), push.waitOptions());
      steps.detail("job " + job.id() + " finished after " + human(Duration.between(start, Instant.now()))
          + ": " + statusOf(job));
      return job;
    } catch (io.sasekit.core.jobs.JobFailedException e) {
      steps.detail("job " + e.jobId() + " FAILED: " + statusOf(e.status()));
      steps.detail("details: " + e.details());
      throw e;
    } catch (io.sasekit.core.jobs.JobTimeoutException e) {
      steps.detail("job " + e.jobId() + " still running after " + human(e.waited())
          + ": it may still finish (GET /config/operations/v1/jobs/" + e.jobId() + ")");
      throw e;
    }
  }

  /** A Strata Cloud Manager job as {@code status FIN, result OK} plus the summary when there is one. */
  public static String statusOf(io.sasekit.scm.models.Job job) {
    return statusOf(new JobStatus(job.id(), null, String.valueOf(job.statusStr()), String.valueOf(job.resultStr()),
        null, job.summary(), null, null));
  }

  /** A job's status as sdk-core reads it: {@code status FIN, result OK} plus the summary when there is one. */
  public static String statusOf(JobStatus job) {
    return "status " + job.status() + ", result " + job.result()
        + Optional.ofNullable(job.summary()).filter(s -> !s.isBlank()).map(s -> " (" + s + ")").orElse("");
  }

  /** {@code status FIN, result OK} plus the summary when there is one. */
  public static String statusOf(Job job) {
    return "status " + job.statusStr().orElse("?") + ", result " + job.resultStr().orElse("?")
        + job.summary().filter(s -> !s.isBlank()).map(s -> " (" + s + ")").orElse("");
  }

  /** A duration as people write it: {@code 750ms}, {@code 12s}, {@code 10m}, {@code 1h30m}. */
  public static String human(Duration d) {
    if (d.toMillis() < 1000) {
      return d.toMillis() + "ms";
    }
    if (d.toSeconds() < 60) {
      long tenths = d.toMillis() / 100;
      return tenths % 10 == 0 || d.toSeconds() >= 10 ? d.toSeconds() + "s" : (tenths / 10) + "." + (tenths % 10) + "s";
    }
    long h = d.toHours();
    long m = d.toMinutesPart();
    long s = d.toSecondsPart();
    return (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "") + (s > 0 && h == 0 ? s + "s" : "");
  }
}
