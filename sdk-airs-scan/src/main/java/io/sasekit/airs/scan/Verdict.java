package io.sasekit.airs.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.airs.scan.models.ScanResponse;
import io.sasekit.core.json.JsonMapper;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decision of one scan, read from the spec's {@link ScanResponse} without walking JSON: the
 * action ({@link #isBlocked()}), the category ({@code benign}, {@code malicious}, ...), which
 * detection services fired on the prompt and on the response ({@code injection}, {@code dlp},
 * {@code url_cats}, {@code toxic_content}, ...), and whether a detection service failed or timed
 * out. {@link #response()} keeps the full answer.
 */
public final class Verdict {
  /** What the AI security profile decided. */
  public enum Action {
    /** Let the content through. */
    ALLOW,
    /** Stop the content. */
    BLOCK,
    /** A value this SDK does not know (see {@link Verdict#rawAction()}). */
    UNKNOWN
  }

  private final ScanResponse response;
  private final Set<String> promptDetections;
  private final Set<String> responseDetections;

  private Verdict(ScanResponse response) {
    this.response = response;
    this.promptDetections = fired(response.promptDetected().orElse(null));
    this.responseDetections = fired(response.responseDetected().orElse(null));
  }

  /**
   * Reads a scan answer.
   *
   * @param response the answer of a synchronous scan, or the {@code result} of an asynchronous one
   * @return the verdict
   */
  public static Verdict of(ScanResponse response) {
    return new Verdict(Objects.requireNonNull(response, "response"));
  }

  /** The action: {@link Action#ALLOW}, {@link Action#BLOCK} or {@link Action#UNKNOWN}. */
  public Action action() {
    String a = rawAction().toLowerCase(Locale.ROOT);
    return a.equals("allow") ? Action.ALLOW : a.equals("block") ? Action.BLOCK : Action.UNKNOWN;
  }

  /** The action as the service wrote it. */
  public String rawAction() {
    return response.action() == null ? "" : response.action();
  }

  /** Whether the profile blocks the content. */
  public boolean isBlocked() {
    return action() == Action.BLOCK;
  }

  /** Whether the profile allows the content. */
  public boolean isAllowed() {
    return action() == Action.ALLOW;
  }

  /** The category: {@code benign}, {@code malicious}, {@code error}, {@code timeout}, ... */
  public String category() {
    return response.category() == null ? "" : response.category();
  }

  /** The detection services that fired on the prompt (JSON names, e.g. {@code injection}). */
  public Set<String> promptDetections() {
    return promptDetections;
  }

  /** The detection services that fired on the response (JSON names, e.g. {@code dlp}). */
  public Set<String> responseDetections() {
    return responseDetections;
  }

  /** Every detection service that fired, on the prompt or the response. */
  public Set<String> detections() {
    Set<String> all = new LinkedHashSet<>(promptDetections);
    all.addAll(responseDetections);
    return Collections.unmodifiableSet(all);
  }

  /** Whether a detection service failed or timed out (the verdict may be incomplete). */
  public boolean incomplete() {
    return Boolean.TRUE.equals(response.error()) || Boolean.TRUE.equals(response.timeout())
        || (response.errors() != null && !response.errors().isEmpty());
  }

  /** The scan's id. */
  public String scanId() {
    return response.scanId();
  }

  /** The id of the scan's threat report (for {@link AirsScanClient#reports}). */
  public String reportId() {
    return response.reportId();
  }

  /** The transaction id sent with the scan, if any. */
  public Optional<String> trId() {
    return response.trId();
  }

  /** The full answer. */
  public ScanResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "Verdict{action=" + rawAction() + ", category=" + category() + ", prompt=" + promptDetections
        + ", response=" + responseDetections + ", scanId=" + scanId() + "}";
  }

  private static Set<String> fired(Object detected) {
    if (detected == null) {
      return Set.of();
    }
    JsonNode tree = JsonMapper.shared().valueToTree(detected);
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      if (e.getValue().isBoolean() && e.getValue().booleanValue()) {
        out.add(e.getKey());
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
