package io.sasekit.testkit.internal;

import io.sasekit.testkit.RecordedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Keeps every request the simulator received, secrets redacted. Thread-safe. */
public final class Journal {
  private static final Pattern SECRET_FIELD = Pattern.compile("(client_secret=)[^&]*");
  private final List<RecordedRequest> entries = new ArrayList<>();

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
      entries.add(entry);
    }
  }

  /** Every recorded request, oldest first. */
  public List<RecordedRequest> all() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /** Forgets every recorded request. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** Records kept. */
  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
