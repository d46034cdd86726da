package io.sasekit.consumertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.sasekit.testkit.AirsScanSimulator;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles and runs every {@code ```java} block of every README of the repository, as a consumer
 * would: on the class path of this project (the BOM, the built sasekit artifacts, slf4j-simple,
 * JUnit, AssertJ) and against the testkit simulator. How a block is wrapped and run is
 * {@link SnippetProgram}'s; a failure names the README and line.
 */
class ReadmeSnippetsTest {
  /** A program that has not finished by then has hung: generous, not a timing assertion. */
  private static final long RUN_BUDGET_SECONDS = 120;

  private static final Path ROOT = Path.of(System.getProperty("sasekit.root", "..")).toAbsolutePath().normalize();
  private static final Path WORK = Path.of(System.getProperty("snippet.work", "target/snippets")).toAbsolutePath();
  private static PrismaAccessSimulator sim;
  private static AirsScanSimulator scanSim;
  private static String classpath;

  @BeforeAll
  static void start() throws IOException {
    sim = PrismaAccessSimulator.builder().start();
    scanSim = AirsScanSimulator.builder().start();
    String file = System.getProperty("snippet.classpath.file", "target/snippet-classpath.txt");
    classpath = Files.readString(Path.of(file)).strip();
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
    if (scanSim != null) {
      scanSim.close();
    }
  }

  static List<Snippet> allSnippets() {
    List<Snippet> all = new ArrayList<>();
    for (Path readme : ReadmeSnippets.readmes(ROOT)) {
      all.addAll(ReadmeSnippets.parse(readme));
    }
    return all;
  }

  @Test
  void everyJavaFenceOfEveryReadmeIsFound() throws IOException {
    // counted independently of the extractor: opening fences whose info string starts with java
    Pattern fence = Pattern.compile("(?m)^ {0,3}(```|~~~)\\s*java\\b");
    long fences = 0;
    for (Path readme : ReadmeSnippets.readmes(ROOT)) {
      fences += fence.matcher(Files.readString(readme)).results().count();
    }
    assertThat(ReadmeSnippets.readmes(ROOT)).contains(ROOT.resolve("README.md"));
    assertThat(allSnippets()).hasSize((int) fences);
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeJavaBlockCompilesAndRuns() {
    List<Snippet> snippets = allSnippets();
    assertThat(snippets).as("README java blocks").isNotEmpty();
    return snippets.stream().map(s -> DynamicTest.dynamicTest(s.location(ROOT), () -> check(s)));
  }

  private void check(Snippet snippet) throws Exception {
    SnippetProgram program = SnippetProgram.of(snippet, SnippetProgram.classNameFor(snippet, ROOT));
    Path dir = WORK.resolve(SnippetProgram.classNameFor(snippet, ROOT));
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(src);
    Files.createDirectories(classes);
    Path file = src.resolve(program.className() + ".java");
    Files.writeString(file, program.source(), StandardCharsets.UTF_8);

    compile(snippet, file, classes);
    sim.reset();
    switch (program.run()) {
      case MAIN -> runMain(snippet, program, classes);
      case JUNIT -> runJunit(snippet, program, classes);
      case COMPILE -> { }
    }
  }

  private void compile(Snippet snippet, Path file, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      StringWriter out = new StringWriter();
      boolean ok = javac.getTask(new PrintWriter(out), fm, diagnostics,
          List.of("--release", "17", "-classpath", classpath, "-d", classes.toString(), "-proc:none"),
          null, fm.getJavaFileObjects(file.toFile())).call();
      if (!ok) {
        StringBuilder sb = new StringBuilder("README block at " + snippet.location(ROOT) + " does not compile:\n");
        diagnostics.getDiagnostics().forEach(d -> sb.append("  line ").append(d.getLineNumber())
            .append(" of ").append(file.getFileName()).append(": ").append(d.getMessage(null)).append('\n'));
        sb.append("generated source (").append(file).append("):\n").append(numbered(Files.readString(file)));
        throw new AssertionError(sb.toString());
      }
    }
  }

  private void runMain(Snippet snippet, SnippetProgram program, Path classes) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", classes + File.pathSeparator + classpath, program.className());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("PANW_") || k.startsWith("SASEKIT_") || k.startsWith("HTTP") || k.equalsIgnoreCase("https_proxy") || k.equalsIgnoreCase("http_proxy"));
    env.put("PANW_CLIENT_ID", sim.clientId());
    env.put("PANW_CLIENT_SECRET", sim.clientSecret());
    env.put("PANW_TSG_ID", sim.tsgId());
    env.put("PANW_BASE_URL", sim.baseUrl());
    env.put("PANW_TOKEN_BASE_URL", sim.tokenUrl());
    program.env().forEach((k, v) -> env.put(k, fill(v)));
    pb.redirectErrorStream(true);
    Path log = classes.resolveSibling("output.txt");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    boolean done = p.waitFor(RUN_BUDGET_SECONDS, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    if (!done || p.exitValue() != 0) {
      throw new AssertionError("README block at " + snippet.location(ROOT)
          + (done ? " exited " + p.exitValue() : " did not finish within " + RUN_BUDGET_SECONDS + " s")
          + " (run against the simulator, environment " + program.env() + ")\noutput:\n" + output
          + "\ngenerated source:\n" + numbered(program.source()));
    }
  }

  private void runJunit(Snippet snippet, SnippetProgram program, Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass(program.className());
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
      TestExecutionSummary summary = listener.getSummary();
      StringWriter report = new StringWriter();
      summary.printFailuresTo(new PrintWriter(report), 30);
      assertThat(summary.getTestsFoundCount()).as("tests found in README block at " + snippet.location(ROOT)).isPositive();
      assertThat(summary.getTotalFailureCount())
          .as("README block at " + snippet.location(ROOT) + " failed:\n" + report + "\nsource:\n" + numbered(program.source()))
          .isZero();
    }
  }

  private static String fill(String value) {
    return value.replace("{baseUrl}", sim.baseUrl())
        .replace("{airsBaseUrl}", sim.airsBaseUrl())
        .replace("{tokenUrl}", sim.tokenUrl())
        .replace("{clientId}", sim.clientId())
        .replace("{clientSecret}", sim.clientSecret())
        .replace("{tsgId}", sim.tsgId())
        .replace("{scanBaseUrl}", scanSim.baseUrl())
        .replace("{scanApiKey}", scanSim.apiKey());
  }

  private static String numbered(String source) {
    StringBuilder sb = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      sb.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return sb.toString();
  }
}
