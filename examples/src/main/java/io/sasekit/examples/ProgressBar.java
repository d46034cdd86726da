package io.sasekit.examples;

import java.io.PrintStream;

/**
 * A text progress bar: {@code [##########----------]  150/300  50%}. On a terminal it redraws one
 * line with carriage returns; otherwise (logs, tests, pipes) it prints a line at every tenth of
 * the way, so the output stays readable.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private static final String INDENT = "      ";
  private final PrintStream out;
  private final int total;
  private final boolean interactive;
  private int done;
  private int lastTenth = -1;
  private boolean drawn;

  /**
   * Creates a bar.
   *
   * @param out where to draw
   * @param total how many items make 100 %
   * @param interactive whether {@code out} is a terminal that honours carriage returns
   */
  public ProgressBar(PrintStream out, int total, boolean interactive) {
    this.out = out;
    this.total = Math.max(total, 0);
    this.interactive = interactive;
  }

  /** Records one more finished item and redraws. */
  public void step() {
    update(done + 1);
  }

  /** Sets how many items are finished and redraws. */
  public void update(int finished) {
    done = Math.min(Math.max(finished, 0), total);
    if (interactive) {
      out.print("\r" + INDENT + render());
      out.flush();
      drawn = true;
    } else {
      int tenth = total == 0 ? 10 : done * 10 / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        out.println(INDENT + render());
      }
    }
  }

  /** Prints a message line without breaking the bar (the bar is redrawn below it). */
  public void message(String line) {
    if (interactive && drawn) {
      out.print("\r" + " ".repeat(INDENT.length() + render().length()) + "\r");
      out.println(line);
      out.print(INDENT + render());
      out.flush();
    } else {
      out.println(line);
    }
  }

  /** Ends the bar's line. */
  public void finish() {
    if (interactive && drawn) {
      out.println();
      drawn = false;
    }
  }

  /** The bar as text, e.g. {@code [###---]  1/2  50%}. */
  public String render() {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    int percent = total == 0 ? 100 : done * 100 / total;
    String width = String.valueOf(total);
    return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]  "
        + String.format("%" + width.length() + "d/%s  %3d%%", done, width, percent);
  }
}
