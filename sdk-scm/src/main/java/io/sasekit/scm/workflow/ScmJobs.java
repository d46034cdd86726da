package io.sasekit.scm.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.jobs.JobPoller;
import io.sasekit.core.jobs.JobStatus;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.models.JobResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The SCM side of sdk-core's job workflows. {@code GET /config/operations/v1/jobs/{id}} answers
 * {@code {"data": [job]}} ({@code jobs-response} in {@code config-operations-march.yaml}); the job
 * is its one element. A job is read through its JSON names ({@code status_str}, {@code result_str},
 * ...), the names of the spec.
 */
final class ScmJobs {
  private ScmJobs() {}

  static JobStatus status(Job job) {
    JsonNode n = JsonMapper.shared().valueToTree(job);
    return new JobStatus(text(n, "id"), text(n, "type_str"), text(n, "status_str"), text(n, "result_str"),
        text(n, "percent"), text(n, "summary"), text(n, "details"), text(n, "start_ts"));
  }

  /** The job of a GET-by-id answer. */
  static Job only(JobResponse answer, String jobId) {
    List<Job> data = answer.data();
    if (data == null || data.isEmpty()) {
      throw new SasekitException("GET jobs/" + jobId + " answered no job (empty data list)");
    }
    return data.get(0);
  }

  static JobPoller<Job> poller(Function<String, CompletableFuture<Job>> fetch) {
    return new JobPoller<>(fetch, ScmJobs::status);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
