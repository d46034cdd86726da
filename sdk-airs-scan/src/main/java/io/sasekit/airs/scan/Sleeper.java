package io.sasekit.airs.scan;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How {@link AirsScanClient#awaitResults} waits between two polls: blocking for the synchronous
 * client, as a future for the asynchronous one. Tests inject one that only records the waits (and
 * advances a fake clock), so no test really sleeps.
 */
public interface Sleeper {
  /** The real one: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
  Sleeper SYSTEM = new Sleeper() {
    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis());
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      return CompletableFuture.runAsync(() -> {},
          CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public String toString() {
      return "Sleeper.SYSTEM";
    }
  };

  /**
   * Blocks for {@code duration}.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future completed after {@code duration}, without blocking the caller.
   *
   * @param duration how long
   * @return the future
   */
  CompletableFuture<Void> delay(Duration duration);
}
