package io.sasekit.core.testing;

import io.sasekit.core.jobs.Delayer;
import io.sasekit.core.jobs.WaitOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A clock that only moves when its delayer "waits"; records every wait. For job-wait tests, no sleep. */
public final class ManualTime {
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  public final List<Duration> waits = new ArrayList<>();

  public Delayer delayer() {
    return d -> {
      waits.add(d);
      clock.advance(d);
      return CompletableFuture.completedFuture(null);
    };
  }

  /** Wait options with this clock and delayer and the default backoff. */
  public WaitOptions options(Duration timeout) {
    return WaitOptions.builder().timeout(timeout).clock(clock).delayer(delayer()).build();
  }
}
