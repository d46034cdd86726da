package io.sasekit.core.jobs;

import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.errors.SasekitException;

/**
 * A configuration job ended in a failure state. Carries the final job: its {@link #status()}
 * (whose {@code details} hold the service's messages, e.g. validation errors of the candidate
 * configuration) and the API's own job model ({@link #job()}).
 */
public class JobFailedException extends SasekitException {
  private static final long serialVersionUID = 1L;
  private final transient JobStatus status;
  private final transient Object job;

  /**
   * Creates the exception for the failed job.
   *
   * @param status the job's status as last read
   * @param job the API's job model as last read
   */
  public JobFailedException(JobStatus status, Object job) {
    super("job " + orQ(status.id()) + " failed: status=" + orQ(status.status())
        + " result=" + orQ(status.result())
        + (status.summary() == null ? "" : " summary=" + status.summary())
        + (status.details() == null ? "" : " details=" + ApiExceptions.truncate(status.details())));
    this.status = status;
    this.job = job;
  }

  /**
   * The job's status as last read (id, status, result, summary, details).
   *
   * @return the status
   */
  public JobStatus status() {
    return status;
  }

  /**
   * The API's job model as last read (the API module narrows the type).
   *
   * @return the job
   */
  public Object job() {
    return job;
  }

  /**
   * The job id.
   *
   * @return the id, or {@code null} when the service sent none
   */
  public String jobId() {
    return status.id();
  }

  /**
   * The service's detailed messages, when it sent any.
   *
   * @return the details (a JSON string), or {@code null}
   */
  public String details() {
    return status.details();
  }

  static String orQ(String s) {
    return s == null ? "?" : s;
  }
}
