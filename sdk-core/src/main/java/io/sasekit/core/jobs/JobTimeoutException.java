package io.sasekit.core.jobs;

import io.sasekit.core.errors.SasekitException;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait for a configuration job ran out of time before the job reached a terminal state. The job
 * may still finish: the id is kept so the caller can wait again or check it later.
 */
public class JobTimeoutException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String jobId;
  private final transient JobStatus lastStatus;
  private final transient Object lastSeen;
  private final Duration waited;

  /**
   * Creates the exception.
   *
   * @param jobId the job that was still running
   * @param lastStatus its status as last read, or {@code null} when it was never read
   * @param lastSeen the API's job model as last read, or {@code null}
   * @param waited how long the wait lasted
   */
  public JobTimeoutException(String jobId, JobStatus lastStatus, Object lastSeen, Duration waited) {
    super("job " + jobId + " did not finish within " + waited
        + (lastStatus == null ? "" : " (last status=" + JobFailedException.orQ(lastStatus.status())
            + " result=" + JobFailedException.orQ(lastStatus.result())
            + " percent=" + JobFailedException.orQ(lastStatus.percent()) + ")")
        + "; it may still finish: wait again with its id");
    this.jobId = jobId;
    this.lastStatus = lastStatus;
    this.lastSeen = lastSeen;
    this.waited = waited;
  }

  /**
   * The id of the job that was still running.
   *
   * @return the id
   */
  public String jobId() {
    return jobId;
  }

  /**
   * The job's status as last read, if it was read at all.
   *
   * @return the status
   */
  public Optional<JobStatus> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  /**
   * The API's job model as last read, if it was read at all (the API module narrows the type).
   *
   * @return the job
   */
  public Optional<?> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  /**
   * How long the wait lasted.
   *
   * @return the duration
   */
  public Duration waited() {
    return waited;
  }
}
