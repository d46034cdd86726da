package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;

/**
 * A configuration job ended in a failure state: sdk-core's {@link
 * io.sasekit.core.jobs.JobFailedException} carrying the Prisma Access {@link Job}, whose {@code
 * details} hold the service's messages (e.g. validation errors of the candidate configuration).
 * Catch the core type to handle both APIs alike.
 */
public class JobFailedException extends io.sasekit.core.jobs.JobFailedException {
  private static final long serialVersionUID = 1L;
  private final transient Job job;

  /**
   * Creates the exception for the failed job.
   *
   * @param job the job as last read
   */
  public JobFailedException(Job job) {
    super(PaJobs.status(job), job);
    this.job = job;
  }

  /** The job as last read. */
  @Override
  public Job job() {
    return job;
  }
}
