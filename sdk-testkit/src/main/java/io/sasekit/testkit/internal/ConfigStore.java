package io.sasekit.testkit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The two configurations of the tenant: the candidate every write changes, and the running one a
 * successful push copies the candidate into (per folder). Each successful push records a numbered
 * version holding the running configuration after it, which {@code :load} can bring back into the
 * candidate. Not thread-safe: callers hold the simulator's state lock.
 */
public final class ConfigStore {
  /**
   * A pushed configuration version.
   *
   * @param number version number (1, 2, ...)
   * @param at when the push finished
   * @param admin who pushed (the client id)
   * @param description the push description
   * @param scope the folders the push committed
   * @param running the whole running configuration after the push
   */
  public record Version(
      int number, Instant at, String admin, String description, List<String> scope,
      Map<String, ResourceTable> running) {}

  private Map<String, ResourceTable> candidate = new LinkedHashMap<>();
  private Map<String, ResourceTable> running = new LinkedHashMap<>();
  private final List<Version> versions = new ArrayList<>();
  private final Map<String, Version> runningByFolder = new LinkedHashMap<>();

  /** The candidate table of a resource (created empty on first use). */
  public ResourceTable candidate(String resource) {
    return candidate.computeIfAbsent(resource, k -> new ResourceTable());
  }

  /** The running table of a resource (created empty on first use). */
  public ResourceTable running(String resource) {
    return running.computeIfAbsent(resource, k -> new ResourceTable());
  }

  /** Resource keys that have a candidate or running table. */
  public List<String> resources() {
    List<String> keys = new ArrayList<>(candidate.keySet());
    for (String k : running.keySet()) {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    return keys;
  }

  /** A deep copy of the whole candidate. */
  public Map<String, ResourceTable> snapshotCandidate() {
    return deepCopy(candidate);
  }

  /**
   * Makes the running configuration equal to {@code snapshot} for every object whose container is
   * in scope; objects out of scope keep their running state.
   */
  public void commit(Map<String, ResourceTable> snapshot, Predicate<Container> inScope) {
    List<String> keys = new ArrayList<>(running.keySet());
    for (String k : snapshot.keySet()) {
      if (!keys.contains(k)) {
        keys.add(k);
      }
    }
    Map<String, ResourceTable> next = new LinkedHashMap<>();
    for (String key : keys) {
      ResourceTable merged = new ResourceTable();
      ResourceTable snap = snapshot.get(key);
      if (snap != null) {
        for (StoredObject o : snap.rows()) {
          if (inScope.test(o.container())) {
            merged.add(o.copy());
          }
        }
      }
      ResourceTable old = running.get(key);
      if (old != null) {
        for (StoredObject o : old.rows()) {
          if (!inScope.test(o.container())) {
            merged.add(o.copy());
          }
        }
      }
      next.put(key, merged);
    }
    running = next;
  }

  /** Records a version after a successful push and returns it. */
  public Version recordVersion(Instant at, String admin, String description, List<String> scope) {
    Version v = new Version(versions.size() + 1, at, admin, description, List.copyOf(scope), deepCopy(running));
    versions.add(v);
    for (String folder : scope) {
      runningByFolder.put(folder, v);
    }
    return v;
  }

  /** Discards candidate changes: the candidate becomes a copy of the running configuration. */
  public void rollback() {
    candidate = deepCopy(running);
  }

  /** Loads a version's configuration into the candidate. */
  public void load(Version version) {
    candidate = deepCopy(version.running());
  }

  /** Every version, oldest first. */
  public List<Version> versions() {
    return Collections.unmodifiableList(versions);
  }

  /** A version by number. */
  public Optional<Version> version(int number) {
    return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
  }

  /** The latest version that committed each folder. */
  public Map<String, Version> runningByFolder() {
    return Collections.unmodifiableMap(runningByFolder);
  }

  /** Forgets everything. */
  public void clear() {
    candidate = new LinkedHashMap<>();
    running = new LinkedHashMap<>();
    versions.clear();
    runningByFolder.clear();
  }

  private static Map<String, ResourceTable> deepCopy(Map<String, ResourceTable> source) {
    Map<String, ResourceTable> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, v.copy()));
    return copy;
  }
}
