package io.sasekit.testkit.internal;

import io.sasekit.testkit.RecordedRequest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps the most recent requests the simulator received, secrets redacted: at most {@code limit}
 * entries, the oldest dropped first and counted. Also counts every request received, so counters
 * stay exact in long runs. Thread-safe.
 */
public final class Journal {
  /** The default number of entries kept. */
  public static final int DEFAULT_LIMIT = 10_000;
  private static final String TOKEN_PATH = "/am/oauth2/access_token";
  private static final Pattern SECRET_FIELD = Pattern.compile("(client_secret=)[^&]*");
  private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();
  private final int limit;
  private long dropped;
  private long received;
  private long apiReceived;

  /** A journal keeping {@link #DEFAULT_LIMIT} entries. */
  public Journal() {
    this(DEFAULT_LIMIT);
  }

  /** A journal keeping at most {@code limit} entries (at least 1). */
  public Journal(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("journal limit must be positive, got " + limit);
    }
    this.limit = limit;
  }

  /** Records a request and the status it got ({@code -1} for a reset). */
  public void record(SimRequest request, int status, Instant at) {
    Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
    List<String> auth = headers.get("authorization");
    if (auth != null) {
      List<String> redacted = new ArrayList<>();
      for (String v : auth) {
        int sp = v.indexOf(' ');
        redacted.add(sp > 0 ? v.substring(0, sp) + " ****" : "****");
      }
      headers.put("authorization", List.copyOf(redacted));
    }
    String body = SECRET_FIELD.matcher(request.body()).replaceAll("$1****");
    RecordedRequest entry =
        new RecordedRequest(
            request.method(), request.path(), request.rawQuery(), request.query(), headers, body, status, at);
    synchronized (entries) {
      received++;
      if (!entry.path().equals(TOKEN_PATH)) {
        apiReceived++;
      }
      entries.addLast(entry);
      while (entries.size() > limit) {
        entries.removeFirst();
        dropped++;
      }
    }
  }

  /** Every kept request, oldest first. */
  public List<RecordedRequest> all() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /** Forgets every recorded request and resets the counters. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
      dropped = 0;
      received = 0;
      apiReceived = 0;
    }
  }

  /** Records kept. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  /** The most entries kept. */
  public int limit() {
    return limit;
  }

  /** Entries dropped to stay within the limit since the last {@link #clear()}. */
  public long dropped() {
    synchronized (entries) {
      return dropped;
    }
  }

  /** Requests received since the last {@link #clear()}, kept or dropped. */
  public long received() {
    synchronized (entries) {
      return received;
    }
  }

  /** Requests received other than token endpoint calls since the last {@link #clear()}. */
  public long apiReceived() {
    synchronized (entries) {
      return apiReceived;
    }
  }
}
