package io.sasekit.core.testing;

import io.sasekit.core.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Sleeper} that never sleeps: it records each wait and advances its own clock by it, so
 * call budgets behave as if the waits had passed. Scheduled tasks run at once, or, when holding,
 * wait in a queue until the test releases them.
 */
public final class FakeSleeper implements Sleeper {
  private final AtomicLong skipped = new AtomicLong();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
  private final boolean hold;

  private FakeSleeper(boolean hold) {
    this.hold = hold;
  }

  /** Runs scheduled tasks at once. */
  public static FakeSleeper immediate() {
    return new FakeSleeper(false);
  }

  /** Keeps scheduled tasks until {@link #releaseAll()}. */
  public static FakeSleeper holding() {
    return new FakeSleeper(true);
  }

  @Override
  public void sleep(Duration delay) {
    waits.add(delay);
    skipped.addAndGet(delay.toNanos());
  }

  @Override
  public Runnable schedule(Duration delay, Runnable task) {
    waits.add(delay);
    skipped.addAndGet(delay.toNanos());
    if (!hold) {
      task.run();
      return () -> {};
    }
    Runnable[] self = new Runnable[1];
    self[0] = task;
    held.add(task);
    return () -> held.remove(self[0]);
  }

  @Override
  public long nanoTime() {
    return System.nanoTime() + skipped.get();
  }

  /** The waits asked for, in order. */
  public List<Duration> waits() {
    return new ArrayList<>(waits);
  }

  /** Blocks until a task is held (at most 10 s); false when none came. */
  public boolean awaitHeld() throws InterruptedException {
    Runnable r = held.poll(10, TimeUnit.SECONDS);
    if (r == null) {
      return false;
    }
    held.add(r);
    return true;
  }

  /** Runs every held task (those not cancelled). */
  public int releaseAll() {
    List<Runnable> now = new ArrayList<>();
    held.drainTo(now);
    now.forEach(Runnable::run);
    return now.size();
  }
}
