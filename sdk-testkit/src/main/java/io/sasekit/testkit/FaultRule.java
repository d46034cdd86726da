package io.sasekit.testkit;

import io.sasekit.testkit.internal.Fault;
import java.time.Duration;

/**
 * One injected fault, returned by {@link FaultControl#nextCalls(int)}: it affects the next matching
 * calls once an action is set ({@link #status}, {@link #connectionReset}, {@link #delay}). Set the
 * action before making the calls it should affect.
 *
 * <pre>{@code
 * sim.faults().nextCalls(2).status(429).retryAfterSeconds(1);
 * sim.faults().nextCalls(1).connectionReset();
 * sim.faults().on("GET", "/sse/config/v1/jobs/*").nextCalls(1).delay(Duration.ofMillis(200)).status(503);
 * }</pre>
 */
public final class FaultRule {
  private final Fault fault;

  FaultRule(Fault fault) {
    this.fault = fault;
  }

  /**
   * Answers with this HTTP status and the API's error body ({@code _errors} for SCM,
   * {@code {status_code, error_message}} for AIRS) instead of handling the call.
   */
  public FaultRule status(int status) {
    fault.status(status);
    return this;
  }

  /** Adds {@code Retry-After: <seconds>} to the error answer. */
  public FaultRule retryAfterSeconds(int seconds) {
    fault.retryAfterSeconds(seconds);
    return this;
  }

  /** Uses this JSON text as the error body (with {@link #status}). */
  public FaultRule body(String json) {
    fault.body(json);
    return this;
  }

  /**
   * Closes the connection without sending any answer (the client sees the connection end before
   * a status line). Note: HTTP clients may transparently retry an idempotent request that failed
   * this way on a pooled connection.
   */
  public FaultRule connectionReset() {
    fault.reset();
    return this;
  }

  /**
   * Waits this long before answering; the call is then handled normally, unless {@link #status}
   * or {@link #connectionReset} is also set.
   */
  public FaultRule delay(Duration delay) {
    fault.delay(delay);
    return this;
  }

  /** Calls this fault will still affect. */
  public int remaining() {
    return fault.remaining();
  }
}
