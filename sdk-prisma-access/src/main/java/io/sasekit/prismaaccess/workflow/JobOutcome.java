package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.Job;
import java.util.Locale;
import java.util.Set;

/**
 * Where a configuration job stands, read from its {@code status_str} and {@code result_str}.
 *
 * <p>The service reports {@code status_str} ACT, PEND, PUSHSENT, FIN, PUSHFAIL, PUSHABORT,
 * PUSHTIMEOUT and {@code result_str} OK, FAIL, PEND, WAIT, CANCELLED, TIMEOUT. A job is terminal
 * when it finished <em>or failed</em>: a wait that stopped only on FIN would report a failed push
 * only at its timeout.
 */
public enum JobOutcome {
  /** Still queued or running. */
  RUNNING,
  /** Finished with result OK (or no failure result). */
  SUCCEEDED,
  /** Ended in a failure state (push failed, aborted, timed out, cancelled, or result FAIL). */
  FAILED;

  private static final Set<String> FAILED_STATUS = Set.of("PUSHFAIL", "PUSHABORT", "PUSHTIMEOUT");
  private static final Set<String> FAILED_RESULT = Set.of("FAIL", "CANCELLED", "TIMEOUT");

  /** Classifies a job. */
  public static JobOutcome of(Job job) {
    String status = upper(job.statusStr().orElse(""));
    String result = upper(job.resultStr().orElse(""));
    if (FAILED_STATUS.contains(status) || FAILED_RESULT.contains(result)) {
      return FAILED;
    }
    if ("FIN".equals(status)) {
      return SUCCEEDED;
    }
    return RUNNING;
  }

  /** Whether the job will not change any more. */
  public boolean isTerminal() {
    return this != RUNNING;
  }

  private static String upper(String s) {
    return s.strip().toUpperCase(Locale.ROOT);
  }
}
