package io.sasekit.testkit.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * One armed fault: how many matching calls it still affects, which calls match (method and path
 * pattern, both optional), and what happens to them (a delay, then an error status or an abrupt
 * close, or just the delay). Inert until an action is set. Thread-safe.
 */
public final class Fault {
  private final String method;
  private final String pathPattern;
  private final boolean includeTokenEndpoint;
  private int remaining;
  private Integer status;
  private Integer retryAfterSeconds;
  private String body;
  private boolean reset;
  private Duration delay;

  /**
   * Creates a fault.
   *
   * @param calls how many matching calls it affects
   * @param method the method to match, or {@code null} for any
   * @param pathPattern an exact path, a prefix ending in {@code *}, or {@code null} for any
   * @param includeTokenEndpoint whether calls to the token endpoint may match
   */
  public Fault(int calls, String method, String pathPattern, boolean includeTokenEndpoint) {
    if (calls <= 0) {
      throw new IllegalArgumentException("calls must be positive: " + calls);
    }
    this.remaining = calls;
    this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
    this.pathPattern = pathPattern;
    this.includeTokenEndpoint = includeTokenEndpoint;
  }

  /** Answers matching calls with this status. */
  public synchronized void status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    this.status = status;
    this.reset = false;
  }

  /** Adds a {@code Retry-After} header (seconds) to the error answer. */
  public synchronized void retryAfterSeconds(int seconds) {
    this.retryAfterSeconds = seconds;
  }

  /** Uses this JSON text as the error body instead of the API's error shape. */
  public synchronized void body(String json) {
    this.body = json;
  }

  /** Closes the connection without an answer. */
  public synchronized void reset() {
    this.reset = true;
    this.status = null;
  }

  /** Waits this long before answering (then answers normally unless a status or reset is set). */
  public synchronized void delay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("negative delay");
    }
    this.delay = delay;
  }

  /** Calls this fault still affects. */
  public synchronized int remaining() {
    return remaining;
  }

  synchronized boolean armed() {
    return remaining > 0 && (status != null || reset || delay != null);
  }

  synchronized boolean matches(String requestMethod, String path, boolean tokenEndpoint) {
    if (tokenEndpoint && !includeTokenEndpoint) {
      return false;
    }
    if (method != null && !method.equals(requestMethod)) {
      return false;
    }
    if (pathPattern == null) {
      return true;
    }
    if (pathPattern.endsWith("*")) {
      return path.startsWith(pathPattern.substring(0, pathPattern.length() - 1));
    }
    return path.equals(pathPattern);
  }

  /** Consumes one call and returns what to do with it. */
  synchronized Action consume() {
    remaining--;
    return new Action(status, retryAfterSeconds, body, reset, delay);
  }

  /**
   * What happens to one call.
   *
   * @param status error status to answer, or {@code null}
   * @param retryAfterSeconds {@code Retry-After} value, or {@code null}
   * @param body custom error body, or {@code null}
   * @param reset whether to close the connection without answering
   * @param delay wait before answering, or {@code null}
   */
  public record Action(Integer status, Integer retryAfterSeconds, String body, boolean reset, Duration delay) {}
}
