package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.errors.SasekitException;
import io.sasekit.prismaaccess.models.JobSubmission;

/** Reads the job id out of a submission. */
final class Jobs {
  private Jobs() {}

  static String idOf(JobSubmission submission) {
    return submission.jobId()
        .filter(id -> !id.isBlank())
        .orElseThrow(() -> new SasekitException(
            "the service accepted the request but returned no job_id: " + submission));
  }
}
