package io.sasekit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.json.JsonMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Prints a result: pretty JSON, or a table (the rows of a list, or one object's fields). */
final class Output {
  private static final ObjectMapper MAPPER = JsonMapper.shared();
  private static final int MAX_CELL = 48;

  /** The output formats. */
  enum Format {
    /** Pretty-printed JSON, the answer as the API gave it. */
    json,
    /** A text table. */
    table
  }

  private Output() {}

  /** Prints {@code result} in {@code format}; prints nothing for an empty answer. */
  static void print(JsonNode result, Format format, PrintStream out) {
    print(result, null, format, out);
  }

  /**
   * Prints {@code result} in {@code format}; a table shows the elements of {@code itemsMember}
   * as its rows, even none (a next-offset list such as {@code api_keys}), when the answer has it.
   */
  static void print(JsonNode result, String itemsMember, Format format, PrintStream out) {
    if (result == null || result.isMissingNode() || result.isNull()) {
      return;
    }
    if (format == Format.table) {
      out.print(itemsMember != null && result.path(itemsMember).isArray()
          ? rowsTable(result.get(itemsMember)) : table(result));
    } else {
      try {
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    out.flush();
  }

  /** The table of a result: the objects of its list (e.g. {@code data}), or one object's fields. */
  static String table(JsonNode result) {
    JsonNode rows = rows(result);
    if (rows != null) {
      return rowsTable(rows);
    }
    if (result.isObject()) {
      List<List<String>> lines = new ArrayList<>();
      lines.add(List.of("FIELD", "VALUE"));
      for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        lines.add(List.of(e.getKey(), cell(e.getValue())));
      }
      return render(lines);
    }
    return cell(result) + "\n";
  }

  private static JsonNode rows(JsonNode result) {
    if (result.isArray()) {
      return result;
    }
    if (result.isObject()) {
      if (result.path("data").isArray()) {
        return result.get("data");
      }
      for (JsonNode v : result) {
        if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String rowsTable(JsonNode rows) {
    if (rows.isEmpty()) {
      return "(0 rows)\n";
    }
    Set<String> columns = new LinkedHashSet<>();
    for (String first : List.of("id", "name", "folder")) {
      for (JsonNode row : rows) {
        if (row.has(first)) {
          columns.add(first);
          break;
        }
      }
    }
    for (JsonNode row : rows) {
      row.fieldNames().forEachRemaining(columns::add);
    }
    List<List<String>> lines = new ArrayList<>();
    if (columns.isEmpty()) {
      lines.add(List.of("VALUE"));
      rows.forEach(r -> lines.add(List.of(cell(r))));
    } else {
      lines.add(columns.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList());
      for (JsonNode row : rows) {
        List<String> line = new ArrayList<>();
        for (String c : columns) {
          line.add(cell(row.path(c)));
        }
        lines.add(line);
      }
    }
    return render(lines) + "(" + rows.size() + (rows.size() == 1 ? " row" : " rows") + ")\n";
  }

  private static String cell(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return "";
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    s = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 3) + "..." : s;
  }

  private static String render(List<List<String>> lines) {
    int n = lines.get(0).size();
    int[] widths = new int[n];
    for (List<String> line : lines) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (List<String> line : lines) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < n; i++) {
        l.append(line.get(i));
        if (i < n - 1) {
          l.append(" ".repeat(widths[i] - line.get(i).length() + 2));
        }
      }
      b.append(l.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
