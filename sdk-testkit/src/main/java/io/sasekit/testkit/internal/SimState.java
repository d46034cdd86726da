package io.sasekit.testkit.internal;

import java.time.Clock;
import java.util.Set;

/**
 * Everything the simulator remembers, behind one lock: configuration, folders, jobs, AIRS objects.
 * Handlers run with the lock held, so each request sees and leaves a consistent state.
 */
public final class SimState {
  private final Object lock = new Object();
  private final Clock clock;
  private final String clientId;
  private final String tsgId;
  private final int defaultLimit;
  private final int maxLimit;
  private final ConfigStore config = new ConfigStore();
  private final FolderRegistry folders = new FolderRegistry();
  private final JobEngine jobs;
  private final AirsState airs;

  /** Creates the state. */
  public SimState(Clock clock, String clientId, String tsgId, int defaultLimit, int maxLimit) {
    this.clock = clock;
    this.clientId = clientId;
    this.tsgId = tsgId;
    this.defaultLimit = defaultLimit;
    this.maxLimit = maxLimit;
    this.jobs = new JobEngine(clock);
    this.airs = new AirsState(tsgId);
    jobs.onSuccess(this::commit);
  }

  private void commit(Job job) {
    Set<String> scope = job.scope();
    config.commit(job.snapshot(), c -> !c.isFolder() || scope.contains(c.name()));
    ConfigStore.Version v =
        config.recordVersion(clock.instant(), clientId, job.description(), java.util.List.copyOf(scope));
    job.version(v.number());
  }

  /** The lock every handler holds. */
  public Object lock() {
    return lock;
  }

  /** The simulator clock. */
  public Clock clock() {
    return clock;
  }

  /** The accepted client id (also the admin/uname of pushes). */
  public String clientId() {
    return clientId;
  }

  /** The tenant service group id. */
  public String tsgId() {
    return tsgId;
  }

  /** List page size when the request names none. */
  public int defaultLimit() {
    return defaultLimit;
  }

  /** Largest page size the service applies. */
  public int maxLimit() {
    return maxLimit;
  }

  /** Candidate and running configuration. */
  public ConfigStore config() {
    return config;
  }

  /** Folders. */
  public FolderRegistry folders() {
    return folders;
  }

  /** Push jobs. */
  public JobEngine jobs() {
    return jobs;
  }

  /** AIRS objects. */
  public AirsState airs() {
    return airs;
  }

  /** Back to the initial state (system folders, AIRS seeds, no config, no jobs). */
  public void reset() {
    synchronized (lock) {
      config.clear();
      folders.reset();
      jobs.reset();
      airs.reset();
    }
  }
}
