package io.sasekit.testkit;

import io.sasekit.testkit.internal.Journal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The requests the simulator received (token endpoint included), oldest first, with secrets
 * redacted, so tests can assert what the client sent.
 *
 * <p>The journal is bounded so that long runs do not grow without limit: it keeps the most
 * recent {@link #limit()} requests (default 10,000; {@code
 * PrismaAccessSimulator.Builder.journalLimit(int)}), drops the oldest first and counts what it
 * dropped ({@link #dropped()}). {@link SimulatorCounters} count every request, dropped or not.
 *
 * <pre>{@code
 * RecordedRequest create = sim.requests().matching("POST", "/sse/config/v1/addresses").get(0);
 * assertThat(create.queryParam("folder")).contains("Shared");
 * assertThat(create.jsonBody().get("ip_netmask").asText()).isEqualTo("203.0.113.42/32");
 * }</pre>
 */
public final class RequestJournal implements Iterable<RecordedRequest> {
  private static final String TOKEN_PATH = "/am/oauth2/access_token";
  private final Journal journal;

  RequestJournal(Journal journal) {
    this.journal = journal;
  }

  /** Every recorded request. */
  public List<RecordedRequest> all() {
    return journal.all();
  }

  /** Every request except token endpoint calls. */
  public List<RecordedRequest> api() {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : journal.all()) {
      if (!r.path().equals(TOKEN_PATH)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Requests with this method ({@code null} = any) and path: exact, or a prefix ending in
   * {@code *}.
   */
  public List<RecordedRequest> matching(String method, String pathPattern) {
    List<RecordedRequest> out = new ArrayList<>();
    String m = method == null ? null : method.toUpperCase(Locale.ROOT);
    for (RecordedRequest r : journal.all()) {
      boolean methodOk = m == null || m.equals(r.method());
      boolean pathOk = pathPattern.endsWith("*")
          ? r.path().startsWith(pathPattern.substring(0, pathPattern.length() - 1))
          : r.path().equals(pathPattern);
      if (methodOk && pathOk) {
        out.add(r);
      }
    }
    return out;
  }

  /** The most recent request. */
  public Optional<RecordedRequest> last() {
    List<RecordedRequest> all = journal.all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** How many requests are kept (at most {@link #limit()}). */
  public int size() {
    return journal.size();
  }

  /** The most requests kept; older ones are dropped. */
  public int limit() {
    return journal.limit();
  }

  /** How many of the oldest requests were dropped to stay within {@link #limit()} (since the last clear). */
  public long dropped() {
    return journal.dropped();
  }

  /** Forgets every recorded request and resets the dropped count. */
  public void clear() {
    journal.clear();
  }

  @Override
  public Iterator<RecordedRequest> iterator() {
    return journal.all().iterator();
  }
}
