package io.sasekit.core.jobs;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between polls without blocking a thread: the returned future completes after the delay.
 * Tests inject one that advances a fake clock and completes at once.
 */
@FunctionalInterface
public interface Delayer {
  /** A future that completes after {@code delay}. */
  CompletableFuture<Void> delay(Duration delay);

  /** The real delayer: scheduled on the JDK's delayed executor, no thread blocked while waiting. */
  static Delayer scheduled() {
    return d -> CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(d.toMillis(), TimeUnit.MILLISECONDS));
  }
}
