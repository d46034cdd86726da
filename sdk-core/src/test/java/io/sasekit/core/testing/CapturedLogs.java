package io.sasekit.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Every log line written through the capturing SLF4J binding of the tests. */
public final class CapturedLogs {
  private static final int MAX = 200_000;
  private static final ConcurrentLinkedDeque<String> LINES = new ConcurrentLinkedDeque<>();

  private static volatile boolean muted;

  private CapturedLogs() {}

  /** Turns TRACE/DEBUG capture off (load tests) or back on. */
  public static void mute(boolean mute) {
    muted = mute;
  }

  static boolean muted() {
    return muted;
  }

  static void add(String line) {
    LINES.add(line);
    while (LINES.size() > MAX) {
      LINES.pollFirst();
    }
  }

  /** Forgets everything captured so far. */
  public static void clear() {
    LINES.clear();
  }

  /** A snapshot of the captured lines. */
  public static List<String> lines() {
    return new ArrayList<>(LINES);
  }

  /**
   * Everything captured, then the {@code toString()} of each inspected object and, for a
   * throwable, its whole stack trace (causes and suppressed included): the text a secret must not
   * appear in.
   */
  public static String allWith(List<?> inspected) {
    StringBuilder sb = new StringBuilder(all());
    for (Object o : inspected) {
      sb.append('\n').append(o);
      if (o instanceof Throwable) {
        java.io.StringWriter w = new java.io.StringWriter();
        ((Throwable) o).printStackTrace(new java.io.PrintWriter(w));
        sb.append('\n').append(w);
      }
    }
    return sb.toString();
  }

  /** Everything captured, joined. */
  public static String all() {
    return String.join("\n", LINES);
  }
}
