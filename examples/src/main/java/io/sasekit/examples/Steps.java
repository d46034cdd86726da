package io.sasekit.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints an example's progress as numbered steps ({@code [2/5] Creating address ...}), details
 * under them, and a closing summary as aligned key/value rows.
 */
public final class Steps {
  private final PrintStream out;
  private final int total;
  private int current;

  /** Steps printed to {@code out}, {@code total} of them. */
  public Steps(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  /** The stream written to. */
  public PrintStream out() {
    return out;
  }

  /** Starts the next step. */
  public void step(String text) {
    current++;
    out.println("[" + current + "/" + total + "] " + text);
  }

  /** A detail line under the current step. */
  public void detail(String text) {
    out.println("      " + text);
  }

  /** Prints a summary block: a title and aligned rows. */
  public void summary(String title, Map<String, String> rows) {
    out.println();
    out.println(title);
    int width = 0;
    for (String k : rows.keySet()) {
      width = Math.max(width, k.length());
    }
    for (Map.Entry<String, String> e : rows.entrySet()) {
      out.println("  " + pad(e.getKey(), width) + "  " + e.getValue());
    }
  }

  /** An ordered map for {@link #summary}. */
  public static Map<String, String> rows() {
    return new LinkedHashMap<>();
  }

  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
