package io.sasekit.core.retry;

import java.time.Duration;

/**
 * How the SDK waits between attempts: blocking on the synchronous path, scheduled on the
 * asynchronous one. The default ({@link #system()}) sleeps the calling thread and schedules on one
 * daemon thread owned by the client (released by {@code close()}); tests inject one that records
 * the waits and returns at once. Set one with {@link io.sasekit.core.ClientOptions.Builder#sleeper}.
 */
public interface Sleeper {
  /**
   * Blocks the calling thread for {@code delay}.
   *
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration delay) throws InterruptedException;

  /**
   * Runs {@code task} once {@code delay} has passed, without blocking the caller.
   *
   * @return cancels the pending task when run (no effect once it ran)
   */
  Runnable schedule(Duration delay, Runnable task);

  /**
   * The clock a call's budget is measured with, in nanoseconds from an arbitrary origin (as
   * {@link System#nanoTime()}, the default). A test sleeper advances it by the waits it skips, so
   * that budgets behave as if the waits had happened.
   */
  default long nanoTime() {
    return System.nanoTime();
  }

  /** A sleeper backed by {@link Thread#sleep} and a scheduler thread created on first use. */
  static Sleeper system() {
    return new io.sasekit.core.internal.SystemSleeper();
  }
}
