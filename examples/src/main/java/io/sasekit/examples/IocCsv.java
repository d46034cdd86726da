package io.sasekit.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an IOC list in CSV: one indicator per row, with an optional header
 * {@code indicator,type,description}; {@code #} comment lines and blank lines are skipped, fields
 * may be quoted ({@code "a, b"}, {@code ""} for a quote). Only the first column is required.
 */
public final class IocCsv {
  private IocCsv() {}

  /**
   * One data row.
   *
   * @param line the line number in the file (1-based)
   * @param indicator the indicator as written
   * @param type the declared type ({@code ip}, {@code fqdn}, ...), or "" when none
   * @param description the description, or ""
   */
  public record Row(int line, String indicator, String type, String description) {}

  /** Reads every data row. */
  public static List<Row> read(Reader source) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(source);
    String line;
    int number = 0;
    boolean first = true;
    while ((line = reader.readLine()) != null) {
      number++;
      if (first && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> fields = split(line);
      if (first) {
        first = false;
        if (fields.get(0).strip().toLowerCase(Locale.ROOT).equals("indicator")) {
          continue;
        }
      }
      rows.add(new Row(number, fields.get(0).strip(), field(fields, 1), field(fields, 2)));
    }
    return rows;
  }

  private static String field(List<String> fields, int i) {
    return i < fields.size() ? fields.get(i).strip() : "";
  }

  /** Splits one CSV line (RFC 4180 quoting, no embedded line breaks). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.toString().isBlank()) {
        cur.setLength(0);
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
