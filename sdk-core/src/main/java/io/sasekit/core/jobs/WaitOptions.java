package io.sasekit.core.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to wait for a job: overall timeout, polling backoff (start 2 s, doubling, cap 30 s), and the
 * clock and delayer (injectable for tests). Immutable.
 */
public final class WaitOptions {
  private final Duration timeout;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final Clock clock;
  private final Delayer delayer;

  private WaitOptions(Builder b) {
    this.timeout = b.timeout;
    this.initialInterval = b.initialInterval;
    this.maxInterval = b.maxInterval;
    this.clock = b.clock;
    this.delayer = b.delayer;
  }

  /** Defaults with the given timeout. */
  public static WaitOptions timeout(Duration timeout) {
    return builder().timeout(timeout).build();
  }

  /** A builder with defaults (timeout 30 minutes). */
  public static Builder builder() {
    return new Builder();
  }

  /** The overall timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** The first polling interval. */
  public Duration initialInterval() {
    return initialInterval;
  }

  /** The largest polling interval. */
  public Duration maxInterval() {
    return maxInterval;
  }

  /** The clock that measures the timeout. */
  public Clock clock() {
    return clock;
  }

  /** The delayer that waits between polls. */
  public Delayer delayer() {
    return delayer;
  }

  /**
   * The interval after {@code previous}: doubled, capped at {@link #maxInterval()}.
   *
   * @param previous the interval just waited
   * @return the next interval
   */
  public Duration next(Duration previous) {
    Duration doubled = previous.multipliedBy(2);
    return doubled.compareTo(maxInterval) > 0 ? maxInterval : doubled;
  }

  @Override
  public String toString() {
    return "WaitOptions{timeout=" + timeout + ", initialInterval=" + initialInterval
        + ", maxInterval=" + maxInterval + "}";
  }

  /** Builds {@link WaitOptions}. */
  public static final class Builder {
    private Duration timeout = Duration.ofMinutes(30);
    private Duration initialInterval = Duration.ofSeconds(2);
    private Duration maxInterval = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Delayer delayer = Delayer.scheduled();

    private Builder() {}

    /** Overall timeout (default 30 minutes). */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /** First polling interval (default 2 s). */
    public Builder initialInterval(Duration interval) {
      this.initialInterval = positive("initialInterval", interval);
      return this;
    }

    /** Largest polling interval (default 30 s). */
    public Builder maxInterval(Duration interval) {
      this.maxInterval = positive("maxInterval", interval);
      return this;
    }

    /** Clock that measures the timeout. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Delayer that waits between polls. */
    public Builder delayer(Delayer delayer) {
      this.delayer = Objects.requireNonNull(delayer, "delayer");
      return this;
    }

    /** The options. */
    public WaitOptions build() {
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new IllegalArgumentException("maxInterval must not be less than initialInterval");
      }
      return new WaitOptions(this);
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
