package io.sasekit.core.jobs;

import java.util.Optional;

/**
 * The API-independent view of a configuration job, read from the API's job model: the fields the
 * wait needs to decide and to explain. Every field may be {@code null} when the service left it
 * out.
 *
 * @param id the job id
 * @param type the job type ({@code type_str}, e.g. {@code CommitAndPush})
 * @param status the status ({@code status_str}: ACT, PEND, PUSHSENT, FIN, PUSHFAIL, ...)
 * @param result the result ({@code result_str}: OK, FAIL, PEND, WAIT, CANCELLED, TIMEOUT)
 * @param percent completion percentage as the service sends it
 * @param summary the completion summary
 * @param details the service's detailed messages (a JSON string)
 * @param started when the job was created or inserted, as the service writes it (orders jobs of
 *     equal numeric id)
 */
public record JobStatus(
    String id, String type, String status, String result, String percent, String summary, String details, String started) {

  /**
   * The id, when the service sent a non-blank one.
   *
   * @return the id
   */
  public Optional<String> jobId() {
    return Optional.ofNullable(id).filter(s -> !s.isBlank());
  }

  /**
   * The outcome this status stands for.
   *
   * @return running, succeeded or failed
   */
  public JobOutcome outcome() {
    return JobOutcome.of(this);
  }
}
