package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.errors.SasekitException;
import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait for a configuration job ran out of time before the job reached a terminal state. The
 * job may still finish: the id is kept so the caller can wait again or check it later.
 */
public class JobTimeoutException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final String jobId;
  private final transient Job lastSeen;
  private final Duration waited;

  /** Creates the exception. */
  public JobTimeoutException(String jobId, Job lastSeen, Duration waited) {
    super("job " + jobId + " did not finish within " + waited
        + (lastSeen == null ? "" : " (last status=" + lastSeen.statusStr().orElse("?")
            + " result=" + lastSeen.resultStr().orElse("?") + " percent=" + lastSeen.percent().orElse("?") + ")")
        + "; it may still finish: wait again with its id");
    this.jobId = jobId;
    this.lastSeen = lastSeen;
    this.waited = waited;
  }

  /** The id of the job that was still running. */
  public String jobId() {
    return jobId;
  }

  /** The job as last read, if it was read at all. */
  public Optional<Job> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  /** How long the wait lasted. */
  public Duration waited() {
    return waited;
  }
}
