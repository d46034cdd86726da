package io.sasekit.prismaaccess.workflow;

/**
 * Waits between polls without blocking a thread.
 *
 * @deprecated moved to sdk-core: use {@link io.sasekit.core.jobs.Delayer} (this interface extends
 *     it, so existing lambdas and implementations keep working).
 */
@Deprecated(since = "0.1.0")
@FunctionalInterface
public interface Delayer extends io.sasekit.core.jobs.Delayer {
  /**
   * The real delayer.
   *
   * @return {@link io.sasekit.core.jobs.Delayer#scheduled()}
   */
  static io.sasekit.core.jobs.Delayer scheduled() {
    return io.sasekit.core.jobs.Delayer.scheduled();
  }
}
