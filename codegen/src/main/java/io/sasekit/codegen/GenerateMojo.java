package io.sasekit.codegen;

import io.sasekit.codegen.resolve.HttpDownloader;
import io.sasekit.codegen.resolve.SpecResolutionException;
import io.sasekit.codegen.resolve.SpecResolver;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates an API's Java client and operation registry from its pinned specs: resolve (by
 * sha256) -> parse -> normalize -> emit. Adds the generated sources as a compile source root and
 * the registry folder as a resource. Nothing here is specific to one API.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
  /** Short API name, e.g. {@code prisma-access}. */
  @Parameter(required = true)
  private String api;

  /** The spec lock ({@code specs/specs.lock.tsv}). */
  @Parameter(required = true)
  private File lock;

  /** The naming table. */
  @Parameter(required = true)
  private File naming;

  /** The customization file (optional). */
  @Parameter
  private File customization;

  /** Lock paths to generate from: a folder prefix or one exact path. */
  @Parameter(required = true)
  private String specPathPrefix;

  /** Base Java package. */
  @Parameter(required = true)
  private String basePackage;

  /** Client facade class name, e.g. {@code PrismaAccessClient}. */
  @Parameter(required = true)
  private String clientName;

  /** Repository root (default: the folder above the lock's folder). */
  @Parameter
  private File repoRoot;

  /** Mirror folder of the spec files (default: env SASEKIT_SPECS_MIRROR, else {@code <repoRoot>/../shared/specs}). */
  @Parameter(property = "sasekit.specs.mirror")
  private String mirror;

  /** Download cache (default {@code ~/.cache/sasekit/specs}). */
  @Parameter(property = "sasekit.specs.cache")
  private File cache;

  /** Never download a missing spec file. */
  @Parameter(property = "sasekit.specs.offline", defaultValue = "false")
  private boolean offline;

  /** Regenerate even when the inputs did not change. */
  @Parameter(property = "sasekit.codegen.force", defaultValue = "false")
  private boolean force;

  /** Skip generation. */
  @Parameter(property = "sasekit.codegen.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.build.directory}/generated-sources/sasekit", required = true)
  private File sourcesDirectory;

  /**
   * Write the operation registry only, no Java sources (nor a compile source root): for a module
   * that runs an API through its registry alone.
   */
  @Parameter(defaultValue = "false")
  private boolean registryOnly;

  @Parameter(defaultValue = "${project.build.directory}/generated-resources/sasekit", required = true)
  private File resourcesDirectory;

  /** Maven's settings: an active {@code <proxy>} there carries the spec downloads. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  private org.apache.maven.settings.Settings settings;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("[sasekit] generation skipped");
      return;
    }
    Path root = repoRoot != null ? repoRoot.toPath() : lock.toPath().toAbsolutePath().getParent().getParent();
    GeneratorConfig config =
        new GeneratorConfig(
            api,
            root,
            lock.toPath(),
            naming.toPath(),
            customization == null ? null : customization.toPath(),
            specPathPrefix,
            basePackage,
            clientName,
            SpecResolver.defaultMirror(root, mirror),
            cache != null ? cache.toPath() : SpecResolver.defaultCache(),
            offline ? null : downloader(),
            sourcesDirectory.toPath(),
            resourcesDirectory.toPath());
    Path stamp = sourcesDirectory.toPath().resolve(".sasekit-inputs");
    try {
      String fingerprint = fingerprint(config);
      if (!force && Files.isRegularFile(stamp) && Files.readString(stamp).equals(fingerprint)
          && Files.isDirectory(resourcesDirectory.toPath())) {
        getLog().info("[sasekit] " + api + ": inputs unchanged, generated sources are up to date");
      } else {
        clean(sourcesDirectory.toPath());
        clean(resourcesDirectory.toPath());
        GenerationResult result = new Generator().generate(config, !registryOnly);
        getLog().info(result.summary());
        getLog().info("[sasekit]   " + result.stages());
        result.model().notes.stream()
            .collect(java.util.stream.Collectors.groupingBy(io.sasekit.codegen.model.RuleNote::rule, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
            .forEach((rule, count) -> getLog().debug("[sasekit]   rule " + rule + ": " + count));
        result.plan().merges().lines().forEach(line -> getLog().debug("[sasekit]   merged type " + line));
        result.plan().regions().ifPresent(r -> r.notes().forEach(line -> getLog().info("[sasekit]   region " + line)));
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, fingerprint);
      }
    } catch (SpecResolutionException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MojoFailureException("[sasekit] generation of " + api + " failed: " + e.getMessage(), e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new MojoExecutionException("[sasekit] generation of " + api + " failed: " + e.getMessage(), e);
    }
    if (!registryOnly) {
      project.addCompileSourceRoot(sourcesDirectory.getAbsolutePath());
    }
    Resource res = new Resource();
    res.setDirectory(resourcesDirectory.getAbsolutePath());
    project.addResource(res);
  }

  /** Hash of everything the output depends on: the inputs, the parameters and this plugin's code. */
  private String fingerprint(GeneratorConfig c) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path p : new Path[] {c.lockFile(), c.namingFile(), c.customizationFile()}) {
        if (p != null) {
          md.update(Files.readAllBytes(p));
        }
        md.update((byte) 0);
      }
      String params = String.join("\n", c.api(), c.specPathPrefix(), c.basePackage(), c.clientName(),
          String.valueOf(registryOnly));
      md.update(params.getBytes(StandardCharsets.UTF_8));
      var location = GenerateMojo.class.getProtectionDomain().getCodeSource();
      if (location != null) {
        Path code = Path.of(location.getLocation().toURI());
        if (Files.isRegularFile(code)) {
          try (InputStream in = Files.newInputStream(code)) {
            md.update(in.readAllBytes());
          }
        } else {
          md.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8)); // classes folder: always regenerate
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException | java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static void clean(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * The JVM's proxy settings ({@code -Dhttps.proxyHost}, ...) win; else the first active proxy of
   * Maven's {@code settings.xml}; else direct. Proxy authentication is not supported.
   */
  private HttpDownloader downloader() {
    if (System.getProperty("https.proxyHost") == null && settings != null) {
      for (org.apache.maven.settings.Proxy p : settings.getProxies()) {
        if (p.isActive() && p.getHost() != null && !p.getHost().isBlank()) {
          getLog().info("[sasekit] spec downloads go through the settings.xml proxy " + p.getHost() + ":" + p.getPort());
          return new HttpDownloader(HttpDownloader.fixedProxy(p.getHost(), p.getPort(), p.getNonProxyHosts()));
        }
      }
    }
    return new HttpDownloader();
  }
}
