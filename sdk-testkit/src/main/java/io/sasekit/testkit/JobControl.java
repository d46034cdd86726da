package io.sasekit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.internal.Job;
import io.sasekit.testkit.internal.SimState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Controls the push jobs of {@code POST /config-versions/candidate:push}. A job moves PEND → ACT →
 * FIN (result OK; the candidate taken at push time becomes running and a version is recorded), or
 * ends PUSHFAIL with result FAIL after {@link #failNextPush}. By default a job is finished when
 * the push call returns (the first poll of {@code GET /jobs/{id}} sees FIN); pacing is opt-in.
 *
 * <pre>{@code
 * sim.jobs().instant();                               // the default: pushes finish at once
 * sim.jobs().pace(3);                                  // 3 polls in PEND, 3 in ACT
 * sim.jobs().paceByClock(Duration.ofSeconds(30));      // by the simulator clock instead
 * sim.jobs().failNextPush("Commit failed", "address 'x' is referenced but missing");
 * }</pre>
 */
public final class JobControl {
  private final SimState state;

  JobControl(SimState state) {
    this.state = state;
  }

  /** New jobs stay {@code polls} polls of {@code GET /jobs/{id}} in PEND and as many in ACT (0 = finish at once). */
  public JobControl pace(int polls) {
    synchronized (state.lock()) {
      state.jobs().pace(polls);
    }
    return this;
  }

  /** New jobs stay {@code perPhase} of simulator-clock time in PEND and as much in ACT. */
  public JobControl paceByClock(Duration perPhase) {
    synchronized (state.lock()) {
      state.jobs().paceByClock(perPhase);
    }
    return this;
  }

  /** Same as {@code pace(0)}: pushes are finished when the push call returns. */
  public JobControl instant() {
    return pace(0);
  }

  /**
   * The next push ends with status {@code PUSHFAIL}, result {@code FAIL}; {@code reason} becomes
   * the summary and, with {@code details}, the {@code errors} of the job's details. The running
   * configuration is left unchanged.
   */
  public JobControl failNextPush(String reason, String... details) {
    synchronized (state.lock()) {
      state.jobs().failNextPush(reason, List.of(details));
    }
    return this;
  }

  /** Finishes every unfinished job now, as its plan says (OK or failed). */
  public void finishAll() {
    synchronized (state.lock()) {
      state.jobs().finishAll();
    }
  }

  /** Every job, newest first (reading does not count as a poll). */
  public List<JobInfo> list() {
    synchronized (state.lock()) {
      List<JobInfo> out = new ArrayList<>();
      for (Job j : state.jobs().list()) {
        out.add(info(j));
      }
      return out;
    }
  }

  /** A job by id (reading does not count as a poll). */
  public Optional<JobInfo> get(String id) {
    synchronized (state.lock()) {
      Job j = state.jobs().get(id, false);
      return j == null ? Optional.empty() : Optional.of(info(j));
    }
  }

  /** The newest job, if any. */
  public Optional<JobInfo> last() {
    List<JobInfo> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static JobInfo info(Job j) {
    ObjectNode json = j.toJson();
    return new JobInfo(j.id(), json.path("status_str").asText(), json.path("result_str").asText(), j.folders(),
        json.path("description").asText(""), j.version());
  }
}
