package io.sasekit.core.internal;

import io.sasekit.core.retry.Sleeper;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default {@link Sleeper}: {@link Thread#sleep} on the synchronous path; one daemon scheduler
 * thread, created on first use and stopped by {@link #close()}, on the asynchronous path. The
 * scheduler only hands the next attempt to the HTTP dispatcher, so it is never busy for long.
 */
public final class SystemSleeper implements Sleeper, AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private ScheduledThreadPoolExecutor scheduler;
  private boolean closed;

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    long nanos = delay.toNanos();
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> f = scheduler().schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> f.cancel(false);
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (closed) {
      throw new IllegalStateException("the client is closed");
    }
    if (scheduler == null) {
      scheduler = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "sasekit-scheduler-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      scheduler.setRemoveOnCancelPolicy(true);
    }
    return scheduler;
  }

  /** Stops the scheduler thread; pending tasks are dropped. */
  @Override
  public synchronized void close() {
    closed = true;
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
