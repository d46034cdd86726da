package io.sasekit.codegen.resolve;

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
 * The spec lock file ({@code specs/specs.lock.tsv}): tab-separated {@code path sha256 url}, one
 * header row, lines starting with {@code #} are comments.
 */
public final class SpecLock {
  private final Map<String, LockEntry> entries;

  private SpecLock(Map<String, LockEntry> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Reads a lock file. */
  public static SpecLock read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spec lock " + file, e);
    }
  }

  /** Parses lock text; {@code source} names it in error messages. */
  public static SpecLock parse(String text, String source) {
    Map<String, LockEntry> map = new LinkedHashMap<>();
    boolean headerSeen = false;
    int lineNo = 0;
    for (String raw : text.split("\r?\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = raw.split("\t", -1);
      if (!headerSeen) {
        headerSeen = true;
        if (cols.length >= 3 && cols[0].equals("path") && cols[1].equals("sha256") && cols[2].equals("url")) {
          continue;
        }
        throw new IllegalArgumentException(
            source + ":" + lineNo + ": expected header 'path<TAB>sha256<TAB>url', got: " + raw);
      }
      if (cols.length < 3) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected 3 tab-separated columns: " + raw);
      }
      LockEntry e = new LockEntry(cols[0].strip(), cols[1].strip().toLowerCase(java.util.Locale.ROOT), cols[2].strip());
      if (map.put(e.path(), e) != null) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": duplicate path " + e.path());
      }
    }
    return new SpecLock(map);
  }

  /** All entries in file order. */
  public List<LockEntry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** The entries whose path starts with {@code prefix} (an exact path also matches). */
  public List<LockEntry> entriesUnder(String prefix) {
    List<LockEntry> out = new ArrayList<>();
    for (LockEntry e : entries.values()) {
      if (e.path().startsWith(prefix)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The entry for one path. */
  public LockEntry require(String path) {
    LockEntry e = entries.get(path);
    if (e == null) {
      throw new IllegalArgumentException("no spec lock entry for " + path);
    }
    return e;
  }
}
