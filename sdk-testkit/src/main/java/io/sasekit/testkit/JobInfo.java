package io.sasekit.testkit;

import java.util.List;

/**
 * A push job as the simulator sees it.
 *
 * @param id the job id the push answered
 * @param status {@code PEND}, {@code ACT}, {@code FIN} or {@code PUSHFAIL}
 * @param result {@code PEND}, {@code OK} or {@code FAIL}
 * @param folders the folders named by the push
 * @param description the push description ("" when none)
 * @param version the configuration version the push recorded, or {@code null} until it finished OK
 */
public record JobInfo(String id, String status, String result, List<String> folders, String description,
    Integer version) {

  /** Canonical constructor: copies the list. */
  public JobInfo {
    folders = List.copyOf(folders);
  }

  /** Whether the job reached a final state (FIN or PUSHFAIL). */
  public boolean finished() {
    return status.equals("FIN") || status.equals("PUSHFAIL");
  }
}
