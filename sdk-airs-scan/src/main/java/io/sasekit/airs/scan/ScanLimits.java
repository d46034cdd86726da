package io.sasekit.airs.scan;

import io.sasekit.airs.scan.models.AsyncScanObject;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.errors.ValidationException.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The limits of the scan API, checked before anything is sent: a batch of asynchronous scans holds
 * 1 to {@value #MAX_BATCH} items with distinct {@code req_id}s, and one results or reports query
 * names 1 to {@value #MAX_IDS} ids (the spec's {@code maximum: 5} on {@code scan_ids} and
 * {@code report_ids}, the batch limit of Palo Alto's Python SDK).
 */
public final class ScanLimits {
  /** Most scans in one {@code POST /v1/scan/async/request}. */
  public static final int MAX_BATCH = 5;
  /** Most ids in one {@code GET /v1/scan/results} or {@code GET /v1/scan/reports}. */
  public static final int MAX_IDS = 5;

  private ScanLimits() {}

  static void checkBatch(List<AsyncScanObject> batch) {
    Objects.requireNonNull(batch, "batch");
    List<Violation> v = new ArrayList<>();
    if (batch.isEmpty() || batch.size() > MAX_BATCH) {
      v.add(new Violation("body", "maxItems=" + MAX_BATCH, String.valueOf(batch.size()),
          "a batch of asynchronous scans holds 1 to " + MAX_BATCH + " scans, got " + batch.size()));
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      AsyncScanObject o = batch.get(i);
      if (o == null) {
        v.add(new Violation("body[" + i + "]", "required", null, "body[" + i + "] is null"));
      } else if (!seen.add(o.reqId())) {
        v.add(new Violation("body[" + i + "].req_id", "unique", String.valueOf(o.reqId()),
            "body[" + i + "].req_id " + o.reqId() + " is used twice in the batch"));
      }
    }
    if (!v.isEmpty()) {
      throw new ValidationException("scan.asyncScan", v);
    }
  }

  static List<String> checkIds(String operation, String name, List<String> ids) {
    Objects.requireNonNull(ids, name);
    List<Violation> v = new ArrayList<>();
    if (ids.isEmpty() || ids.size() > MAX_IDS) {
      v.add(new Violation(name, "maxItems=" + MAX_IDS, String.valueOf(ids.size()),
          name + " takes 1 to " + MAX_IDS + " ids per call, got " + ids.size()));
    }
    return checked(operation, name, ids, v);
  }

  /**
   * The scan ids of an {@code awaitResults} wait: at least one, each as {@link #checkIds} wants it
   * (any number: the wait polls them in chunks of {@value #MAX_IDS}).
   */
  static List<String> checkPolledIds(List<String> ids) {
    Objects.requireNonNull(ids, "scanIds");
    List<Violation> v = new ArrayList<>();
    if (ids.isEmpty()) {
      v.add(new Violation("scan_ids", "minItems=1", "0", "scan_ids must name at least one scan"));
    }
    return checked("scanResult.query", "scan_ids", ids, v);
  }

  private static List<String> checked(String operation, String name, List<String> ids, List<Violation> v) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null || id.isBlank() || id.contains(",")) {
        v.add(new Violation(name + "[" + i + "]", "id", id,
            name + "[" + i + "] must be a non-blank id without a comma, got '" + id + "'"));
      }
    }
    if (!v.isEmpty()) {
      throw new ValidationException(operation, v);
    }
    return List.copyOf(ids);
  }
}
