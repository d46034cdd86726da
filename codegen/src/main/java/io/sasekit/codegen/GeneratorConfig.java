package io.sasekit.codegen;

import io.sasekit.codegen.resolve.Downloader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything one generation needs. Nothing in it is specific to one API: the API's facts live in
 * the lock, naming table and customization files.
 *
 * @param api short API name, e.g. {@code prisma-access} (registry path {@code META-INF/sasekit/<api>/})
 * @param repoRoot repository root (its {@code specs/} folder is searched first)
 * @param lockFile the spec lock TSV
 * @param namingFile the naming table TSV
 * @param customizationFile the customization JSON (may be null)
 * @param specPathPrefix lock paths to generate from (a folder prefix or one exact path)
 * @param basePackage base Java package, e.g. {@code io.sasekit.prismaaccess}
 * @param clientName client facade simple name, e.g. {@code PrismaAccessClient}
 * @param mirror mirror folder with the spec files (may be null)
 * @param cache download cache root
 * @param downloader downloads pinned URLs (null disables downloading)
 * @param sourcesDir output folder for Java sources
 * @param resourcesDir output folder for resources (the registry)
 */
public record GeneratorConfig(
    String api,
    Path repoRoot,
    Path lockFile,
    Path namingFile,
    Path customizationFile,
    String specPathPrefix,
    String basePackage,
    String clientName,
    Path mirror,
    Path cache,
    Downloader downloader,
    Path sourcesDir,
    Path resourcesDir) {

  /** Checks the mandatory fields. */
  public GeneratorConfig {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(repoRoot, "repoRoot");
    Objects.requireNonNull(lockFile, "lockFile");
    Objects.requireNonNull(namingFile, "namingFile");
    Objects.requireNonNull(specPathPrefix, "specPathPrefix");
    Objects.requireNonNull(basePackage, "basePackage");
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(cache, "cache");
    Objects.requireNonNull(sourcesDir, "sourcesDir");
    Objects.requireNonNull(resourcesDir, "resourcesDir");
  }
}
