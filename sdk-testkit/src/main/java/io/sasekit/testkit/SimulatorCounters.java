package io.sasekit.testkit;

import io.sasekit.testkit.internal.Journal;
import io.sasekit.testkit.internal.TokenService;

/** Live counters of the simulator, e.g. to assert that a client cached its token. */
public final class SimulatorCounters {
  private final TokenService tokens;
  private final Journal journal;

  SimulatorCounters(TokenService tokens, Journal journal) {
    this.tokens = tokens;
    this.journal = journal;
  }

  /** Calls to the token endpoint (successful or not, faulted ones excluded). */
  public int tokenRequests() {
    return tokens.requestCount();
  }

  /** Tokens issued (by the endpoint or {@link PrismaAccessSimulator#issueToken()}). */
  public int tokensIssued() {
    return tokens.issuedCount();
  }

  /**
   * Requests received, token endpoint included, since start or the last journal clear (exact even
   * when the bounded journal dropped old entries).
   */
  public int requests() {
    return (int) Math.min(Integer.MAX_VALUE, journal.received());
  }

  /** Requests received other than token endpoint calls (exact, like {@link #requests()}). */
  public int apiRequests() {
    return (int) Math.min(Integer.MAX_VALUE, journal.apiReceived());
  }
}
