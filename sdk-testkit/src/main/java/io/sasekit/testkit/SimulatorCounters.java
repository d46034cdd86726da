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

  /** Requests received, token endpoint included (as recorded in the journal). */
  public int requests() {
    return journal.size();
  }

  /** Requests received other than token endpoint calls (as recorded in the journal). */
  public int apiRequests() {
    int n = 0;
    for (RecordedRequest r : journal.all()) {
      if (!r.path().equals("/am/oauth2/access_token")) {
        n++;
      }
    }
    return n;
  }
}
