package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait for a configuration job ran out of time before the job reached a terminal state:
 * sdk-core's {@link io.sasekit.core.jobs.JobTimeoutException} carrying the Prisma Access {@link
 * Job}. The job may still finish: the id is kept so the caller can wait again or check it later.
 */
public class JobTimeoutException extends io.sasekit.core.jobs.JobTimeoutException {
  private static final long serialVersionUID = 1L;
  private final transient Job lastSeen;

  /**
   * Creates the exception.
   *
   * @param jobId the job that was still running
   * @param lastSeen the job as last read, or {@code null}
   * @param waited how long the wait lasted
   */
  public JobTimeoutException(String jobId, Job lastSeen, Duration waited) {
    super(jobId, lastSeen == null ? null : PaJobs.status(lastSeen), lastSeen, waited);
    this.lastSeen = lastSeen;
  }

  /** The job as last read, if it was read at all. */
  @Override
  public Optional<Job> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }
}
