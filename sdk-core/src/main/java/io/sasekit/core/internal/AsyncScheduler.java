package io.sasekit.core.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one scheduler of the asynchronous path: backoff waits are scheduled on it, never slept on
 * a thread. Shared by every executor of the JVM; one daemon thread, which only hands the next
 * attempt to the HTTP dispatcher, so it is never busy for long.
 */
public final class AsyncScheduler {
  private static final ScheduledExecutorService SCHEDULER =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sasekit-retry-scheduler");
        t.setDaemon(true);
        return t;
      });

  private AsyncScheduler() {}

  /** Runs {@code task} after {@code delay} (at once for a zero delay, on the scheduler thread). */
  public static void schedule(Duration delay, Runnable task) {
    SCHEDULER.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }
}
