package io.sasekit.prismaaccess.workflow;

import java.time.Clock;
import java.time.Duration;

/**
 * How to wait for a job.
 *
 * @deprecated moved to sdk-core: use {@link io.sasekit.core.jobs.WaitOptions}. This class forwards
 *     to it, and every method that took it takes the core type too.
 */
@Deprecated(since = "0.1.0")
public final class WaitOptions {
  private final io.sasekit.core.jobs.WaitOptions core;

  private WaitOptions(io.sasekit.core.jobs.WaitOptions core) {
    this.core = core;
  }

  /**
   * Defaults with the given timeout.
   *
   * @param timeout the overall timeout
   * @return the options
   */
  public static WaitOptions timeout(Duration timeout) {
    return new WaitOptions(io.sasekit.core.jobs.WaitOptions.timeout(timeout));
  }

  /**
   * A builder with defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same options as sdk-core's type.
   *
   * @return the core options
   */
  public io.sasekit.core.jobs.WaitOptions toCore() {
    return core;
  }

  /** @return the overall timeout */
  public Duration timeout() {
    return core.timeout();
  }

  /** @return the first polling interval */
  public Duration initialInterval() {
    return core.initialInterval();
  }

  /** @return the largest polling interval */
  public Duration maxInterval() {
    return core.maxInterval();
  }

  /** @return the clock that measures the timeout */
  public Clock clock() {
    return core.clock();
  }

  /** @return the delayer that waits between polls */
  public io.sasekit.core.jobs.Delayer delayer() {
    return core.delayer();
  }

  @Override
  public String toString() {
    return core.toString();
  }

  /** Builds {@link WaitOptions}; forwards to {@link io.sasekit.core.jobs.WaitOptions.Builder}. */
  public static final class Builder {
    private final io.sasekit.core.jobs.WaitOptions.Builder core = io.sasekit.core.jobs.WaitOptions.builder();

    private Builder() {}

    /**
     * @param timeout overall timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      core.timeout(timeout);
      return this;
    }

    /**
     * @param interval first polling interval
     * @return this builder
     */
    public Builder initialInterval(Duration interval) {
      core.initialInterval(interval);
      return this;
    }

    /**
     * @param interval largest polling interval
     * @return this builder
     */
    public Builder maxInterval(Duration interval) {
      core.maxInterval(interval);
      return this;
    }

    /**
     * @param clock clock that measures the timeout
     * @return this builder
     */
    public Builder clock(Clock clock) {
      core.clock(clock);
      return this;
    }

    /**
     * @param delayer delayer that waits between polls
     * @return this builder
     */
    public Builder delayer(io.sasekit.core.jobs.Delayer delayer) {
      core.delayer(delayer);
      return this;
    }

    /** @return the options */
    public WaitOptions build() {
      return new WaitOptions(core.build());
    }
  }
}
