package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.errors.SasekitException;
import io.sasekit.prismaaccess.models.Job;

/**
 * A configuration job ended in a failure state. Carries the final job, whose {@code details}
 * hold the service's messages (e.g. validation errors of the candidate configuration).
 */
public class JobFailedException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final transient Job job;

  /** Creates the exception for the failed job. */
  public JobFailedException(Job job) {
    super("job " + job.id().orElse("?") + " failed: status=" + job.statusStr().orElse("?")
        + " result=" + job.resultStr().orElse("?")
        + job.summary().map(s -> " summary=" + s).orElse("")
        + job.details().map(d -> " details=" + io.sasekit.core.errors.ApiExceptions.truncate(d)).orElse(""));
    this.job = job;
  }

  /** The job as last read. */
  public Job job() {
    return job;
  }

  /** The job id. */
  public String jobId() {
    return job.id().orElse(null);
  }
}
