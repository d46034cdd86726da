package io.sasekit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to: give it to the simulator (and to the client under test) to
 * expire tokens or finish clock-paced push jobs without sleeping. Thread-safe.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * PrismaAccessSimulator sim = PrismaAccessSimulator.builder().clock(clock).start();
 * clock.advance(Duration.ofMinutes(16));   // every 15-minute token has now expired
 * }</pre>
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start}, in UTC. */
  public static MutableClock at(Instant start) {
    return new MutableClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /** A clock standing at the current system time, in UTC. */
  public static MutableClock startingNow() {
    return at(Instant.now());
  }

  /** Moves the clock forward (or back, for a negative amount). */
  public MutableClock advance(Duration amount) {
    now.updateAndGet(t -> t.plus(amount));
    return this;
  }

  /** Sets the clock to {@code instant}. */
  public MutableClock set(Instant instant) {
    now.set(instant);
    return this;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same moving instant, seen in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
