package io.sasekit.airs.scan;

import io.sasekit.airs.scan.models.ScanIdResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link AirsScanClient#awaitResults} saw: every result that completed and the scan ids still
 * pending when the wait ended. Nothing is dropped: a wait that ran out of time is {@link
 * Status#TIMED_OUT} with the partial results and the pending ids.
 */
public final class ScanResults {
  /** How the wait ended. */
  public enum Status {
    /** Every scan id had only complete results. */
    COMPLETE,
    /** The timeout passed first; {@link #pendingScanIds()} lists what is missing. */
    TIMED_OUT
  }

  /** The status value of a finished scan. */
  public static final String STATUS_COMPLETE = "complete";

  private final Status status;
  private final List<ScanIdResult> completed;
  private final List<String> pendingScanIds;
  private final int polls;
  private final Duration waited;

  ScanResults(Status status, List<ScanIdResult> completed, List<String> pendingScanIds, int polls,
      Duration waited) {
    this.status = status;
    this.completed = List.copyOf(completed);
    this.pendingScanIds = List.copyOf(pendingScanIds);
    this.polls = polls;
    this.waited = waited;
  }

  /** How the wait ended. */
  public Status status() {
    return status;
  }

  /** Whether every scan completed. */
  public boolean isComplete() {
    return status == Status.COMPLETE;
  }

  /** The complete results (for a batch, one per {@code req_id}), in the service's order. */
  public List<ScanIdResult> completed() {
    return completed;
  }

  /** The verdicts of the complete results that carry one. */
  public List<Verdict> verdicts() {
    List<Verdict> out = new ArrayList<>();
    for (ScanIdResult r : completed) {
      r.result().ifPresent(s -> out.add(Verdict.of(s)));
    }
    return out;
  }

  /** The scan ids without (complete) results when the wait ended; empty when complete. */
  public List<String> pendingScanIds() {
    return pendingScanIds;
  }

  /** How many times the results were read. */
  public int polls() {
    return polls;
  }

  /** How long the wait took by the client's clock. */
  public Duration waited() {
    return waited;
  }

  @Override
  public String toString() {
    return "ScanResults{status=" + status + ", completed=" + completed.size() + ", pending="
        + pendingScanIds + ", polls=" + polls + ", waited=" + waited + "}";
  }
}
