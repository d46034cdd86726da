package io.sasekit.core.jobs;

import java.util.Locale;
import java.util.Set;

/**
 * Where a configuration job stands, read from its {@code status_str} and {@code result_str}.
 *
 * <p>The service reports {@code status_str} ACT, PEND, PUSHSENT, FIN, PUSHFAIL, PUSHABORT,
 * PUSHTIMEOUT and {@code result_str} OK, FAIL, PEND, WAIT, CANCELLED, TIMEOUT (the same values in the
 * Prisma Access and the unified SCM specs). A job is terminal when it finished <em>or failed</em>: a
 * wait that stopped only on FIN would report a failed push only at its timeout.
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

  /**
   * Classifies a job by its status and result strings (case and surrounding blanks ignored).
   *
   * @param status {@code status_str}, or {@code null}
   * @param result {@code result_str}, or {@code null}
   * @return the outcome
   */
  public static JobOutcome of(String status, String result) {
    String s = upper(status);
    String r = upper(result);
    if (FAILED_STATUS.contains(s) || FAILED_RESULT.contains(r)) {
      return FAILED;
    }
    if ("FIN".equals(s)) {
      return SUCCEEDED;
    }
    return RUNNING;
  }

  /**
   * Classifies a job.
   *
   * @param job the job's status
   * @return the outcome
   */
  public static JobOutcome of(JobStatus job) {
    return of(job.status(), job.result());
  }

  /**
   * Whether the job will not change any more.
   *
   * @return true when succeeded or failed
   */
  public boolean isTerminal() {
    return this != RUNNING;
  }

  private static String upper(String s) {
    return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
  }
}
