package io.sasekit.airs.scan;

import io.sasekit.airs.scan.models.ScanIdResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one {@code awaitResults} wait, shared by the synchronous and asynchronous clients:
 * which ids are still pending, what completed, and how long to wait before the next poll
 * (doubling from the first interval up to the largest, never past the deadline).
 */
final class ResultsPoll {
  private final Clock clock;
  private final Instant start;
  private final Instant deadline;
  private final Duration maxInterval;
  private final Map<String, List<ScanIdResult>> completed = new LinkedHashMap<>();
  private final List<String> pending;
  private Duration interval;
  private int polls;

  ResultsPoll(List<String> scanIds, Duration timeout, Clock clock, Duration firstInterval, Duration maxInterval) {
    Objects.requireNonNull(scanIds, "scanIds");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
    }
    this.pending = new ArrayList<>();
    for (String id : ScanLimits.checkPolledIds(scanIds)) {
      if (!pending.contains(id)) {
        pending.add(id);
      }
    }
    this.clock = clock;
    this.start = clock.instant();
    this.deadline = start.plus(timeout);
    this.interval = firstInterval;
    this.maxInterval = maxInterval;
  }

  /** The pending ids in chunks of at most {@link ScanLimits#MAX_IDS} (one results call each). */
  List<List<String>> chunks() {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < pending.size(); i += ScanLimits.MAX_IDS) {
      out.add(List.copyOf(pending.subList(i, Math.min(pending.size(), i + ScanLimits.MAX_IDS))));
    }
    return out;
  }

  /** Records one round of answers: an id is done when it has results and all are complete. */
  void record(List<ScanIdResult> results) {
    polls++;
    Map<String, List<ScanIdResult>> byId = new LinkedHashMap<>();
    for (ScanIdResult r : results) {
      r.scanId().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r));
    }
    pending.removeIf(id -> {
      List<ScanIdResult> rs = byId.get(id);
      if (rs == null || rs.isEmpty() || !rs.stream().allMatch(ResultsPoll::isComplete)) {
        return false;
      }
      completed.put(id, rs);
      return true;
    });
  }

  static boolean isComplete(ScanIdResult r) {
    return ScanResults.STATUS_COMPLETE.equalsIgnoreCase(r.status().orElse(""));
  }

  boolean done() {
    return pending.isEmpty();
  }

  /** The wait before the next poll, or {@code null} when the deadline has passed (time out). */
  Duration nextWait() {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      return null;
    }
    Duration wait = interval.compareTo(left) > 0 ? left : interval;
    Duration doubled = interval.multipliedBy(2);
    interval = doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
    return wait;
  }

  ScanResults outcome() {
    List<ScanIdResult> all = new ArrayList<>();
    completed.values().forEach(all::addAll);
    return new ScanResults(pending.isEmpty() ? ScanResults.Status.COMPLETE : ScanResults.Status.TIMED_OUT,
        all, pending, polls, Duration.between(start, clock.instant()));
  }
}
