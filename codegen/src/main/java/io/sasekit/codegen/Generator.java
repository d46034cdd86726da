package io.sasekit.codegen;

import io.sasekit.codegen.emit.JavaEmitters;
import io.sasekit.codegen.emit.RegistryEmitter;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.NamingStrategy;
import io.sasekit.codegen.normalize.NamingTable;
import io.sasekit.codegen.normalize.Normalizer;
import io.sasekit.codegen.parse.ParsedSpec;
import io.sasekit.codegen.plan.JavaPlanner;
import io.sasekit.codegen.parse.SpecParser;
import io.sasekit.codegen.resolve.LockEntry;
import io.sasekit.codegen.resolve.ResolvedSpec;
import io.sasekit.codegen.resolve.SpecLock;
import io.sasekit.codegen.resolve.SpecResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the five stages for one API: resolve, parse, normalize, plan, emit. */
public final class Generator {

  /** Runs resolve, parse and normalize, returning the spec model (nothing is written). */
  public ApiModel model(GeneratorConfig config) {
    return normalize(config, parse(resolve(config)));
  }

  /** Runs resolve, parse, normalize and plan, returning the Java plan (nothing is written). */
  public JavaPlan plan(GeneratorConfig config) {
    return plan(config, model(config));
  }

  /** Runs all four stages and writes the sources and the registry. */
  public GenerationResult generate(GeneratorConfig config) {
    return generate(config, true);
  }

  /**
   * Runs all four stages and writes the registry, and the Java sources when {@code javaSources}
   * (false for a module that runs the API through its registry alone, as Prisma Access's folder
   * discovery runs the Setup API: the plan is still made, so the names are checked the same way).
   */
  public GenerationResult generate(GeneratorConfig config, boolean javaSources) {
    long start = System.nanoTime();
    List<ResolvedSpec> resolved = resolve(config);
    long t1 = System.nanoTime();
    List<ParsedSpec> parsed = parse(resolved);
    long t2 = System.nanoTime();
    ApiModel model = normalize(config, parsed);
    long t3 = System.nanoTime();
    JavaPlan plan = plan(config, model);
    long t4 = System.nanoTime();
    new RegistryEmitter().write(model, config.resourcesDir());
    int javaFiles = javaSources
        ? new JavaEmitters(config.basePackage(), config.clientName()).writeAll(plan, config.sourcesDir()) : 0;
    long end = System.nanoTime();
    String stages = "resolve " + (t1 - start) / 1_000_000 + " ms, parse " + (t2 - t1) / 1_000_000 + " ms, normalize "
        + (t3 - t2) / 1_000_000 + " ms, plan " + (t4 - t3) / 1_000_000 + " ms (" + plan.merges().groups() + " groups of identical types merged, "
        + plan.merges().named() + " copies of named types made references, "
        + plan.merges().removed() + " classes fewer, " + plan.merges().unmerged() + " groups left apart, in "
        + plan.merges().millis() + " ms), emit " + (end - t4) / 1_000_000 + " ms";
    return new GenerationResult(plan, parsed.size(), javaFiles, (end - start) / 1_000_000, stages);
  }

  /** Stage 1. */
  public List<ResolvedSpec> resolve(GeneratorConfig config) {
    SpecLock lock = SpecLock.read(config.lockFile());
    List<LockEntry> entries = lock.entriesUnder(config.specPathPrefix());
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("no spec file in " + config.lockFile() + " under " + config.specPathPrefix());
    }
    SpecResolver resolver = new SpecResolver(config.repoRoot().resolve("specs"), config.mirror(), config.cache(), config.downloader());
    return resolver.resolveAll(entries);
  }

  /** Stage 2: one file at a time, in parallel (each parse is independent). */
  public List<ParsedSpec> parse(List<ResolvedSpec> resolved) {
    SpecParser parser = new SpecParser();
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sasekit-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ParsedSpec>> futures = new ArrayList<>();
      for (ResolvedSpec r : resolved) {
        futures.add(pool.submit(() -> parser.parse(r.entry().path(), r.file())));
      }
      List<ParsedSpec> out = new ArrayList<>();
      for (Future<ParsedSpec> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing specs", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Stage 3. */
  public ApiModel normalize(GeneratorConfig config, List<ParsedSpec> parsed) {
    NamingTable table = NamingTable.read(config.namingFile()).under(config.specPathPrefix());
    Customization custom = Customization.read(config.customizationFile());
    return new Normalizer().normalize(config.api(), parsed, table, custom);
  }

  /** Stage 4: the Java face of a normalized model. */
  public JavaPlan plan(GeneratorConfig config, ApiModel model) {
    return JavaPlanner.plan(model, Customization.read(config.customizationFile()), new NamingStrategy());
  }

  /** The output folder default for sources below a build directory. */
  public static Path sourcesDir(Path buildDir) {
    return buildDir.resolve("generated-sources").resolve("sasekit");
  }

  /** The output folder default for resources below a build directory. */
  public static Path resourcesDir(Path buildDir) {
    return buildDir.resolve("generated-resources").resolve("sasekit");
  }
}
