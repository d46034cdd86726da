package io.sasekit.consumertest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one README block becomes a Java program, decided from its text and its directives.
 *
 * <ul>
 *   <li>A block that declares a top-level type (a test class, a small program) is compiled as it
 *       is, as {@code <TypeName>.java}.
 *   <li>Any other block is a run of statements: its {@code import} lines go to the top and the
 *       rest into the body of a wrapper from {@code src/test/resources/wrappers/<wrap>.java.txt}
 *       ({@code main} by default: a {@code main(String[])} that may throw), with
 *       {@code {imports}}, {@code {class}} and {@code {body}} filled in.
 * </ul>
 *
 * <p>What happens then ({@code run}): {@code main} runs the program in a new JVM whose
 * environment points every {@code PANW_*} variable at the simulator; {@code junit} runs the class's
 * tests in-process; {@code compile} only compiles (for blocks that need something no test can
 * give). The default is {@code junit} for a type with {@code @Test}, {@code main} for a type with a
 * {@code main} method and for wrapped statements, else {@code compile}.
 *
 * <p>Directives, all optional: {@code wrap=NAME}, {@code run=main|junit|compile},
 * {@code env.NAME=VALUE} (placeholders {@code {baseUrl}}, {@code {airsBaseUrl}}, {@code {tokenUrl}},
 * {@code {clientId}}, {@code {clientSecret}}, {@code {tsgId}} name the simulator's values;
 * {@code {scanBaseUrl}}, {@code {scanApiKey}} the AIRS runtime scan simulator's).
 *
 * @param className the class to compile and run
 * @param source the compilation unit
 * @param run what to do with it
 * @param env environment overrides for {@code run=main} (values may hold placeholders)
 */
record SnippetProgram(String className, String source, Run run, Map<String, String> env) {
  /** What the test does with a compiled snippet. */
  enum Run { MAIN, JUNIT, COMPILE }

  private static final Pattern TYPE_DECL = Pattern.compile(
      "^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|sealed|non-sealed)\\s+)*(?:class|record|interface|enum)\\s+(\\w+)",
      Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*(//.*)?$");
  private static final Set<String> KEYS = Set.of("wrap", "run");

  /** Builds the program of {@code snippet}; {@code className} names a wrapped block's class. */
  static SnippetProgram of(Snippet snippet, String className) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : snippet.directives().entrySet()) {
      if (d.getKey().startsWith("env.")) {
        env.put(d.getKey().substring(4), d.getValue());
      } else if (!KEYS.contains(d.getKey())) {
        throw new IllegalArgumentException("unknown snippet directive '" + d.getKey()
            + "' (known: wrap, run, env.NAME)");
      }
    }
    String code = snippet.code();
    Matcher type = TYPE_DECL.matcher(code);
    Run run;
    String name;
    String source;
    if (type.find() && !snippet.directives().containsKey("wrap")) {
      name = type.group(1);
      source = code;
      run = code.contains("@Test") ? Run.JUNIT
          : code.contains("static void main(") ? Run.MAIN : Run.COMPILE;
    } else {
      name = className;
      source = wrap(code, className, snippet.directives().getOrDefault("wrap", "main"));
      run = Run.MAIN;
    }
    String explicit = snippet.directives().get("run");
    if (explicit != null) {
      run = Run.valueOf(explicit.toUpperCase(java.util.Locale.ROOT));
    }
    return new SnippetProgram(name, source, run, env);
  }

  private static String wrap(String code, String className, String wrapper) {
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      if (IMPORT.matcher(line).matches()) {
        imports.add(line);
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    return template(wrapper)
        .replace("{imports}", String.join("\n", imports))
        .replace("{class}", className)
        .replace("{body}", body.toString().stripTrailing());
  }

  private static String template(String wrapper) {
    String resource = "/wrappers/" + wrapper + ".java.txt";
    try (InputStream in = SnippetProgram.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no snippet wrapper '" + wrapper + "' (add src/test/resources" + resource + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class name for a wrapped block: {@code Readme_sdk_testkit_42}. */
  static String classNameFor(Snippet snippet, Path root) {
    String rel = root.relativize(snippet.file()).toString().replaceAll("(?i)readme\\.md$", "");
    String slug = rel.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return "Readme_" + (slug.isEmpty() ? "" : slug + "_") + snippet.line();
  }
}
