package io.sasekit.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The queue of faults; the first armed fault that matches a call consumes it. Thread-safe. */
public final class FaultInjector {
  private final List<Fault> faults = new ArrayList<>();

  /** Adds a fault at the end of the queue. */
  public synchronized Fault add(Fault fault) {
    faults.add(fault);
    return fault;
  }

  /** The action for a call, if an armed fault matches it (consuming one of its calls). */
  public synchronized Optional<Fault.Action> match(String method, String path, boolean tokenEndpoint) {
    faults.removeIf(f -> f.remaining() <= 0);
    for (Fault f : faults) {
      if (f.armed() && f.matches(method, path, tokenEndpoint)) {
        Fault.Action a = f.consume();
        if (f.remaining() <= 0) {
          faults.remove(f);
        }
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Faults that still affect calls. */
  public synchronized int pending() {
    faults.removeIf(f -> f.remaining() <= 0);
    return faults.size();
  }

  /** Drops every fault. */
  public synchronized void clear() {
    faults.clear();
  }
}
