package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The behaviour of the simulated Prisma AIRS scan API (the four operations of
 * {@code scan-service_latest.yaml}): verdicts by marker rules, asynchronous batches that stay
 * {@code pending} for a configurable number of result polls, and threat reports. Answers follow the
 * spec's schemas ({@code ScanResponse}, {@code AsyncScanResponse}, {@code ScanIdResult},
 * {@code ThreatScanReportObject}) and its error body {@code {"error": {"message": ...}}}.
 * Thread-safe (one lock).
 */
public final class ScanState {
  /** Largest batch and id list the simulated service accepts. */
  public static final int MAX_ITEMS = 5;

  /** A marker rule: content containing {@code marker} fires {@code detection} and is blocked. */
  public record Rule(String marker, String detection) {}

  /** One answer: status and JSON body. */
  public record Answer(int status, JsonNode body) {}

  private final Clock clock;
  private final List<Rule> rules;
  private final int pendingPolls;
  private final Map<String, Batch> batches = new LinkedHashMap<>();
  private final Map<String, Batch> byReport = new LinkedHashMap<>();
  private int syncScans;
  private int asyncScans;

  private static final class Batch {
    final String scanId;
    final String reportId;
    final List<Item> items = new ArrayList<>();
    int polls;

    Batch(String scanId) {
      this.scanId = scanId;
      this.reportId = "R" + scanId;
    }
  }

  private record Item(int reqId, ObjectNode result, List<ObjectNode> detections) {}

  /**
   * Creates the state.
   *
   * @param clock timestamps
   * @param rules marker rules, checked in order
   * @param pendingPolls result polls a batch answers {@code pending} before {@code complete}
   */
  public ScanState(Clock clock, List<Rule> rules, int pendingPolls) {
    this.clock = clock;
    this.rules = List.copyOf(rules);
    this.pendingPolls = pendingPolls;
  }

  /** {@code POST /v1/scan/sync/request}. */
  public synchronized Answer sync(JsonNode body) {
    String problem = checkScanRequest(body, "body");
    if (problem != null) {
      return error(400, problem);
    }
    syncScans++;
    String scanId = UUID.randomUUID().toString();
    return new Answer(200, verdict(body, scanId, "R" + scanId, new ArrayList<>()));
  }

  /** {@code POST /v1/scan/async/request}: a flat list of {@code {req_id, scan_req}}. */
  public synchronized Answer async(JsonNode body) {
    if (body == null || !body.isArray()) {
      return error(400, "Request data is invalid or malformed: expected a list of {req_id, scan_req}");
    }
    if (body.isEmpty() || body.size() > MAX_ITEMS) {
      return error(400, "Request data is invalid or malformed: a batch holds 1 to " + MAX_ITEMS + " scans");
    }
    for (int i = 0; i < body.size(); i++) {
      JsonNode o = body.get(i);
      if (!o.isObject() || !o.path("req_id").canConvertToInt() || !o.path("req_id").isIntegralNumber()) {
        return error(400, "Request data is invalid or malformed: body[" + i + "] needs req_id and scan_req");
      }
      String problem = checkScanRequest(o.get("scan_req"), "body[" + i + "].scan_req");
      if (problem != null) {
        return error(400, problem);
      }
    }
    asyncScans++;
    Batch batch = new Batch(UUID.randomUUID().toString());
    for (JsonNode o : body) {
      List<ObjectNode> detections = new ArrayList<>();
      ObjectNode result = verdict(o.get("scan_req"), batch.scanId, batch.reportId, detections);
      batch.items.add(new Item(o.get("req_id").asInt(), result, detections));
    }
    batches.put(batch.scanId, batch);
    byReport.put(batch.reportId, batch);
    ObjectNode answer = Json.object();
    answer.put("received", clock.instant().toString());
    answer.put("scan_id", batch.scanId);
    answer.put("report_id", batch.reportId);
    return new Answer(200, answer);
  }

  /** {@code GET /v1/scan/results?scan_ids=a,b}: one entry per batch item; unknown ids are left out. */
  public synchronized Answer results(List<String> scanIds) {
    String problem = checkIds("scan_ids", scanIds);
    if (problem != null) {
      return error(400, problem);
    }
    ArrayNode out = Json.array();
    for (String id : scanIds) {
      Batch b = batches.get(id);
      if (b == null) {
        continue;
      }
      boolean complete = b.polls >= pendingPolls;
      b.polls++;
      for (Item item : b.items) {
        ObjectNode r = out.addObject();
        r.put("req_id", item.reqId());
        r.put("scan_id", b.scanId);
        r.put("status", complete ? "complete" : "pending");
        if (complete) {
          r.set("result", item.result().deepCopy());
        }
      }
    }
    return new Answer(200, out);
  }

  /** {@code GET /v1/scan/reports?report_ids=a,b}. */
  public synchronized Answer reports(List<String> reportIds) {
    String problem = checkIds("report_ids", reportIds);
    if (problem != null) {
      return error(400, problem);
    }
    ArrayNode out = Json.array();
    for (String id : reportIds) {
      Batch b = byReport.get(id);
      if (b == null) {
        continue;
      }
      for (Item item : b.items) {
        ObjectNode r = out.addObject();
        r.put("report_id", b.reportId);
        r.put("scan_id", b.scanId);
        r.put("req_id", item.reqId());
        if (item.result().has("tr_id")) {
          r.put("transaction_id", item.result().get("tr_id").asText());
        }
        ArrayNode results = r.putArray("detection_results");
        item.detections().forEach(d -> results.add(d.deepCopy()));
      }
    }
    return new Answer(200, out);
  }

  /** Synchronous scans answered so far. */
  public synchronized int syncScans() {
    return syncScans;
  }

  /** Asynchronous batches accepted so far. */
  public synchronized int asyncScans() {
    return asyncScans;
  }

  /** The error body of the spec's responses: {@code {"error": {"message": ...}}}. */
  public static Answer error(int status, String message) {
    ObjectNode body = Json.object();
    body.putObject("error").put("message", message);
    return new Answer(status, body);
  }

  private static String checkIds(String name, List<String> ids) {
    if (ids.isEmpty() || ids.size() > MAX_ITEMS) {
      return "Request data is invalid or malformed: " + name + " takes 1 to " + MAX_ITEMS + " ids";
    }
    return null;
  }

  private static String checkScanRequest(JsonNode req, String where) {
    if (req == null || !req.isObject()) {
      return "Request data is invalid or malformed: " + where + " must be a scan request object";
    }
    JsonNode profile = req.path("ai_profile");
    if (!profile.hasNonNull("profile_name") && !profile.hasNonNull("profile_id")) {
      return "Request data is invalid or malformed: " + where + ".ai_profile needs profile_name or profile_id";
    }
    JsonNode contents = req.path("contents");
    if (!contents.isArray() || contents.isEmpty()) {
      return "Request data is invalid or malformed: " + where + ".contents must hold at least one content";
    }
    return null;
  }

  /** A {@code ScanResponse} for a scan request; fills {@code detections} for the report. */
  private ObjectNode verdict(JsonNode req, String scanId, String reportId, List<ObjectNode> detections) {
    JsonNode last = req.path("contents").get(req.path("contents").size() - 1);
    ObjectNode promptDetected = Json.object();
    ObjectNode responseDetected = Json.object();
    boolean block = false;
    for (String dataType : List.of("prompt", "response")) {
      if (!last.hasNonNull(dataType)) {
        continue;
      }
      String text = last.get(dataType).asText().toLowerCase(Locale.ROOT);
      ObjectNode flags = dataType.equals("prompt") ? promptDetected : responseDetected;
      for (Rule rule : rules) {
        boolean fired = text.contains(rule.marker().toLowerCase(Locale.ROOT));
        flags.put(rule.detection(), fired || flags.path(rule.detection()).asBoolean(false));
        block |= fired;
        ObjectNode d = Json.object();
        d.put("data_type", dataType);
        d.put("detection_service", rule.detection());
        d.put("verdict", fired ? "malicious" : "benign");
        d.put("action", fired ? "block" : "allow");
        d.putObject("result_detail");
        detections.add(d);
      }
    }
    ObjectNode r = Json.object();
    r.put("report_id", reportId);
    r.put("scan_id", scanId);
    if (req.hasNonNull("tr_id")) {
      r.put("tr_id", req.get("tr_id").asText());
    }
    if (req.hasNonNull("session_id")) {
      r.put("session_id", req.get("session_id").asText());
    }
    JsonNode profile = req.path("ai_profile");
    r.put("profile_id", profile.hasNonNull("profile_id") ? profile.get("profile_id").asText()
        : UUID.nameUUIDFromBytes(profile.path("profile_name").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    r.put("profile_name", profile.hasNonNull("profile_name") ? profile.get("profile_name").asText() : "simulated-profile");
    r.put("category", block ? "malicious" : "benign");
    r.put("action", block ? "block" : "allow");
    r.put("timeout", false);
    r.put("error", false);
    r.putArray("errors");
    if (last.hasNonNull("prompt")) {
      r.set("prompt_detected", promptDetected);
    }
    if (last.hasNonNull("response")) {
      r.set("response_detected", responseDetected);
    }
    String now = clock.instant().toString();
    r.put("created_at", now);
    r.put("completed_at", now);
    return r;
  }
}
