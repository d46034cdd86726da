package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.jobs.JobPoller;
import io.sasekit.core.jobs.JobStatus;
import io.sasekit.prismaaccess.models.Job;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The Prisma Access side of sdk-core's job workflows: its {@link Job} read as a {@link JobStatus}, its exceptions. */
final class PaJobs {
  private PaJobs() {}

  static JobStatus status(Job j) {
    return new JobStatus(j.id().orElse(null), j.typeStr().orElse(null), j.statusStr().orElse(null),
        j.resultStr().orElse(null), j.percent().orElse(null), j.summary().orElse(null),
        j.details().orElse(null), j.insertTs().orElse(null));
  }

  static final JobPoller.Failures<Job> FAILURES = new JobPoller.Failures<>() {
    @Override
    public JobFailedException failed(Job job, JobStatus status) {
      return new JobFailedException(job);
    }

    @Override
    public JobTimeoutException timedOut(String jobId, Job lastSeen, JobStatus status, Duration waited) {
      return new JobTimeoutException(jobId, lastSeen, waited);
    }
  };

  static JobPoller<Job> poller(Function<String, CompletableFuture<Job>> fetch) {
    return new JobPoller<>(fetch, PaJobs::status, FAILURES);
  }
}
