package io.sasekit.consumertest;

import java.nio.file.Path;
import java.util.Map;

/**
 * One {@code ```java} block of a README: where it is, its code, and the directives of the HTML
 * comment right above it ({@code <!-- snippet: key=value ... -->}, invisible when rendered).
 *
 * @param file the README
 * @param line the 1-based line of the opening fence
 * @param code the block's text
 * @param directives the directives (empty when there is no comment)
 */
record Snippet(Path file, int line, String code, Map<String, String> directives) {
  /** {@code README.md:42}, relative to {@code root}. */
  String location(Path root) {
    return root.relativize(file).toString().replace('\\', '/') + ":" + line;
  }
}
