package io.sasekit.codegen.emit;

import java.util.ArrayList;
import java.util.List;

/** Turns documentation text from the specs into safe Javadoc (HTML escaped, no comment terminators). */
final class Javadocs {
  private Javadocs() {}

  /** Escapes one piece of plain text. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    s = s.replace("*/", "*&#47;").replace("/*", "&#47;*");
    s = s.replace("@", "&#64;").replace("$", "&#36;");
    s = s.replace("\\u", "&#92;u");
    return s.replace("\r", "").strip();
  }

  /** Paragraphs of plain text as Javadoc: the first as is, the others after {@code <p>}; ends with a newline. */
  static String paragraphs(List<String> paragraphs) {
    List<String> parts = new ArrayList<>();
    for (String p : paragraphs) {
      String e = escape(p);
      if (!e.isEmpty()) {
        parts.add(e);
      }
    }
    if (parts.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(parts.get(0)).append('\n');
    for (int i = 1; i < parts.size(); i++) {
      sb.append("\n<p>").append(parts.get(i)).append('\n');
    }
    return sb.toString();
  }

  /** Paragraphs joined into one line-broken text for an {@code @param} or {@code @return} tag. */
  static String inline(List<String> paragraphs) {
    List<String> parts = new ArrayList<>();
    for (String p : paragraphs) {
      String e = escape(p);
      if (!e.isEmpty()) {
        parts.add(e);
      }
    }
    return String.join(" ", parts).replace("\n\n", "\n");
  }
}
