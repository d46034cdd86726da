package io.sasekit.codegen.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The naming table ({@code specs/<api>-naming.tsv}): for every spec operation, its resource key and
 * operation name. Columns: {@code spec_file method path operation_id resource operation}.
 */
public final class NamingTable {

  /**
   * One row.
   *
   * @param specFile spec path relative to the spec root
   * @param method upper-case HTTP method
   * @param path literal path
   * @param operationId the spec's operationId
   * @param resource resource key
   * @param operation operation name
   */
  public record Row(String specFile, String method, String path, String operationId, String resource, String operation) {
    /** The key that identifies a spec operation: file, method and path. */
    public String specKey() {
      return specKey(specFile, method, path);
    }

    /** Builds the identifying key of a spec operation. */
    public static String specKey(String specFile, String method, String path) {
      return specFile + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }
  }

  private final Map<String, Row> bySpecKey;

  private NamingTable(Map<String, Row> bySpecKey) {
    this.bySpecKey = Collections.unmodifiableMap(bySpecKey);
  }

  /** Reads a table file. */
  public static NamingTable read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read naming table " + file, e);
    }
  }

  /** Parses table text; {@code source} names it in messages. */
  public static NamingTable parse(String text, String source) {
    Map<String, Row> rows = new LinkedHashMap<>();
    Map<String, String> byName = new LinkedHashMap<>();
    boolean header = false;
    int lineNo = 0;
    for (String raw : text.split("\r?\n", -1)) {
      lineNo++;
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      String[] c = raw.split("\t", -1);
      if (!header) {
        header = true;
        if (c.length >= 6 && c[0].equals("spec_file")) {
          continue;
        }
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected the header row 'spec_file method path operation_id resource operation'");
      }
      if (c.length < 6) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected 6 tab-separated columns: " + raw);
      }
      Row row = new Row(c[0].strip(), c[1].strip().toUpperCase(java.util.Locale.ROOT), c[2].strip(), c[3].strip(), c[4].strip(), c[5].strip());
      if (rows.put(row.specKey(), row) != null) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": duplicate row for " + row.specKey());
      }
      String name = row.resource() + "." + row.operation();
      String prev = byName.put(name, row.specKey());
      if (prev != null) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": " + name + " names two operations: " + prev + " and " + row.specKey());
      }
    }
    return new NamingTable(rows);
  }

  /**
   * The rows of the spec files under {@code specPathPrefix} (a folder prefix or one exact path), so
   * that one table can serve a generation that reads only some of its files (Prisma Access folder
   * discovery generates from the setup file alone with the SCM table). Rows under the prefix are
   * still checked both ways.
   *
   * @param specPathPrefix the generation's lock path selection
   * @return the table restricted to those files
   */
  public NamingTable under(String specPathPrefix) {
    Map<String, Row> rows = new LinkedHashMap<>();
    bySpecKey.forEach((k, r) -> {
      if (r.specFile().startsWith(specPathPrefix)) {
        rows.put(k, r);
      }
    });
    return new NamingTable(rows);
  }

  /** All rows in file order. */
  public List<Row> rows() {
    return new ArrayList<>(bySpecKey.values());
  }

  /** The row for a spec operation, or null. */
  public Row find(String specFile, String method, String path) {
    return bySpecKey.get(Row.specKey(specFile, method, path));
  }

  /**
   * Checks the table against the spec operations in both directions.
   *
   * @param specKeys identifying keys of every spec operation ({@link Row#specKey(String, String, String)})
   * @param specFiles the spec files that were read (rows of other files are not checked)
   * @return problems, empty when the table and the specs agree
   */
  public List<String> check(List<String> specKeys, List<String> specFiles) {
    List<String> problems = new ArrayList<>();
    for (String k : specKeys) {
      if (!bySpecKey.containsKey(k)) {
        problems.add("spec operation has no naming-table row: " + k);
      }
    }
    java.util.Set<String> known = new java.util.HashSet<>(specKeys);
    for (Row r : bySpecKey.values()) {
      if (specFiles.contains(r.specFile()) && !known.contains(r.specKey())) {
        problems.add("naming-table row names no spec operation: " + r.specKey() + " -> " + r.resource() + "." + r.operation());
      }
      if (!specFiles.contains(r.specFile())) {
        problems.add("naming-table row names a spec file that was not read: " + r.specKey());
      }
    }
    return problems;
  }
}
