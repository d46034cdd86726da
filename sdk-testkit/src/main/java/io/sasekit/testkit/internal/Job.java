package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CommitAndPush job. It stays {@code pace} observations (polls of {@code GET /jobs/{id}}) in
 * each of PEND and ACT, or, when paced by the clock, {@code clockPace} in each; then it finishes:
 * FIN/OK (the snapshot of the candidate taken at push time becomes running), or PUSHFAIL/FAIL when
 * a failure was planned. Guarded by the state lock.
 */
public final class Job {
  /** The phase of a job. */
  public enum Phase {
    /** Queued. */
    PEND,
    /** Running. */
    ACT,
    /** Finished (successfully or not). */
    DONE
  }

  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final String id;
  private final List<String> folders;
  private final String description;
  private final String uname;
  private final Instant start;
  private final int pace;
  private final Duration clockPace;
  private final String failure;
  private final List<String> failureDetails;
  private final Map<String, ResourceTable> snapshot;
  private final Set<String> scope;
  private int polls;
  private Phase phase = Phase.PEND;
  private Instant lastUpdate;
  private Instant end;
  private Integer version;

  Job(String id, List<String> folders, String description, String uname, Instant start, int pace,
      Duration clockPace, String failure, List<String> failureDetails, Map<String, ResourceTable> snapshot,
      Set<String> scope) {
    this.id = id;
    this.folders = List.copyOf(folders);
    this.description = description;
    this.uname = uname;
    this.start = start;
    this.pace = pace;
    this.clockPace = clockPace;
    this.failure = failure;
    this.failureDetails = failureDetails == null ? List.of() : List.copyOf(failureDetails);
    this.snapshot = snapshot;
    this.scope = Set.copyOf(scope);
    this.lastUpdate = start;
  }

  /** The job id. */
  public String id() {
    return id;
  }

  /** The folders named in the push. */
  public List<String> folders() {
    return folders;
  }

  /** The folders the push commits (named ones plus ancestors). */
  public Set<String> scope() {
    return scope;
  }

  /** The push description. */
  public String description() {
    return description;
  }

  /** The current phase. */
  public Phase phase() {
    return phase;
  }

  /** Whether the job is finished and failed. */
  public boolean failed() {
    return phase == Phase.DONE && failure != null;
  }

  /** The candidate snapshot taken at push time. */
  Map<String, ResourceTable> snapshot() {
    return snapshot;
  }

  /** The planned failure reason, or {@code null}. */
  String failure() {
    return failure;
  }

  /** The version recorded by this job, once it finished OK. */
  public Integer version() {
    return version;
  }

  void version(int v) {
    this.version = v;
  }

  /** Counts one poll. */
  void poll() {
    polls++;
  }

  /** The phase the job should be in now; never earlier than the current one. */
  Phase due(Instant now) {
    Phase target;
    if (clockPace != null) {
      Duration elapsed = Duration.between(start, now);
      if (elapsed.compareTo(clockPace) < 0) {
        target = Phase.PEND;
      } else if (elapsed.compareTo(clockPace.multipliedBy(2)) < 0) {
        target = Phase.ACT;
      } else {
        target = Phase.DONE;
      }
    } else if (pace <= 0) {
      target = Phase.DONE;
    } else if (polls <= pace) {
      target = Phase.PEND;
    } else if (polls <= 2 * pace) {
      target = Phase.ACT;
    } else {
      target = Phase.DONE;
    }
    return target.ordinal() > phase.ordinal() ? target : phase;
  }

  /** Moves the job to a later phase. */
  void advance(Phase to, Instant now) {
    if (to.ordinal() > phase.ordinal()) {
      phase = to;
      lastUpdate = now;
      if (to == Phase.DONE) {
        end = now;
      }
    }
  }

  /** The job as the jobs API shows it. */
  public ObjectNode toJson() {
    ObjectNode j = Json.object();
    j.put("id", id);
    j.put("type_str", "CommitAndPush");
    j.put("type_i", "53");
    j.put("job_type", "53");
    String status;
    String result;
    String percent;
    switch (phase) {
      case PEND:
        status = "PEND";
        result = "PEND";
        percent = "0";
        break;
      case ACT:
        status = "ACT";
        result = "PEND";
        percent = "50";
        break;
      default:
        status = failure == null ? "FIN" : "PUSHFAIL";
        result = failure == null ? "OK" : "FAIL";
        percent = "100";
    }
    j.put("status_str", status);
    j.put("status_i", String.valueOf(phase.ordinal() + 1));
    j.put("job_status", String.valueOf(phase.ordinal() + 1));
    j.put("result_str", result);
    j.put("result_i", failure != null && phase == Phase.DONE ? "3" : phase == Phase.DONE ? "2" : "1");
    j.put("job_result", j.get("result_i").asText());
    j.put("percent", percent);
    j.put("summary", summary());
    j.put("description", description == null ? "" : description);
    j.put("uname", uname);
    j.put("owner", uname);
    j.put("parent_id", "0");
    j.put("insert_ts", TS.format(start));
    j.put("start_ts", TS.format(start));
    j.put("last_update", TS.format(lastUpdate));
    if (end != null) {
      j.put("end_ts", TS.format(end));
    } else {
      j.putNull("end_ts");
    }
    j.put("details", Json.write(details()));
    return j;
  }

  private String summary() {
    switch (phase) {
      case PEND:
        return "Job queued";
      case ACT:
        return "Commit and push in progress";
      default:
        return failure == null ? "Configuration pushed successfully" : failure;
    }
  }

  private ObjectNode details() {
    ObjectNode d = Json.object();
    ArrayNode info = Json.array();
    ArrayNode errors = Json.array();
    if (phase == Phase.DONE) {
      if (failure == null) {
        info.add("Configuration committed and pushed to: " + String.join(", ", folders));
      } else {
        errors.add(failure);
        failureDetails.forEach(errors::add);
      }
    }
    d.set("info", info);
    d.set("errors", errors);
    d.set("warnings", Json.array());
    d.put("description", description == null ? "" : description);
    return d;
  }
}
