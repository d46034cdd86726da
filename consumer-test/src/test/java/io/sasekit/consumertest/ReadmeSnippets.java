package io.sasekit.consumertest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every README file of the repository and every Java block in it. A block is a fenced code
 * block (backticks or tildes, three or more, CommonMark rules for closing) whose info string's first
 * word is {@code java}. The HTML comment on the line right above the opening fence may carry
 * directives: {@code <!-- snippet: run=compile env.PANW_BASE_URL={airsBaseUrl} -->}.
 */
final class ReadmeSnippets {
  private static final Pattern FENCE_OPEN = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`\\s]*)?.*$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*<!--\\s*snippet:(.*?)-->\\s*$");

  private ReadmeSnippets() {}

  /** Every {@code README.md} under {@code root}, outside build output and hidden folders, sorted. */
  static List<Path> readmes(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(p -> !excluded(root.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean excluded(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals("node_modules") || (name.startsWith(".") && name.length() > 1)) {
        return true;
      }
    }
    return false;
  }

  /** The Java blocks of one Markdown file. */
  static List<Snippet> parse(Path file) {
    try {
      return parse(file, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Java blocks of Markdown {@code text} (read from {@code file}). */
  static List<Snippet> parse(Path file, String text) {
    List<Snippet> out = new ArrayList<>();
    String[] lines = text.replace("\r", "").split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      Matcher open = FENCE_OPEN.matcher(lines[i]);
      if (!open.matches()) {
        i++;
        continue;
      }
      String fence = open.group(2);
      String indent = open.group(1);
      String lang = open.group(3) == null ? "" : open.group(3);
      int start = i;
      StringBuilder code = new StringBuilder();
      i++;
      boolean closed = false;
      while (i < lines.length) {
        if (closes(lines[i], fence)) {
          closed = true;
          break;
        }
        code.append(stripIndent(lines[i], indent.length())).append('\n');
        i++;
      }
      if (!closed) {
        throw new IllegalStateException(file + ":" + (start + 1) + ": code block is never closed");
      }
      i++;
      if (lang.equalsIgnoreCase("java")) {
        Map<String, String> directives = start > 0 ? directives(lines[start - 1]) : Map.of();
        out.add(new Snippet(file, start + 1, code.toString(), directives));
      }
    }
    return out;
  }

  private static boolean closes(String line, String fence) {
    String t = line.strip();
    if (line.length() - line.stripLeading().length() > 3 || t.isEmpty() || t.charAt(0) != fence.charAt(0)) {
      return false;
    }
    int n = 0;
    while (n < t.length() && t.charAt(n) == fence.charAt(0)) {
      n++;
    }
    return n >= fence.length() && n == t.length();
  }

  private static String stripIndent(String line, int indent) {
    int k = 0;
    while (k < indent && k < line.length() && line.charAt(k) == ' ') {
      k++;
    }
    return line.substring(k);
  }

  /** {@code key=value} pairs of a {@code <!-- snippet: ... -->} line; empty for any other line. */
  static Map<String, String> directives(String line) {
    Matcher m = DIRECTIVE.matcher(line);
    if (!m.matches()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String token : m.group(1).trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      int eq = token.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("snippet directive must be key=value: " + token + " in " + line.strip());
      }
      out.put(token.substring(0, eq), token.substring(eq + 1));
    }
    return out;
  }
}
