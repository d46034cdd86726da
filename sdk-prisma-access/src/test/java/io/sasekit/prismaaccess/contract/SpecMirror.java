package io.sasekit.prismaaccess.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds the original Prisma Access spec files the way the build does, without the generator: the
 * lock {@code specs/specs.lock.tsv} names each file and its sha256; the file is taken from the
 * repository's {@code specs/} copy, else the mirror ({@code -Dsasekit.specs.mirror}, env
 * {@code SASEKIT_SPECS_MIRROR}, else {@code ${sasekit.root}/../shared/specs}), else the download
 * cache. A file whose sha256 differs from the lock is never used.
 */
final class SpecMirror {
  static final String PREFIX = "access/prisma-access-config/";

  /** One pinned spec file: its path as the lock and the registry name it, and where it was found. */
  record SpecFile(String path, Path file) {
    String fileName() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  private static List<SpecFile> cached;

  private SpecMirror() {}

  /** The repository root: surefire sets {@code sasekit.root}; from an IDE, the working directory. */
  static Path repoRoot() {
    String root = System.getProperty("sasekit.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("specs/specs.lock.tsv")) ? here : here.getParent();
  }

  /** The Prisma Access files of the lock, each resolved to a file with the pinned content. */
  static synchronized List<SpecFile> prismaAccess() {
    if (cached == null) {
      cached = List.copyOf(resolveAll());
    }
    return cached;
  }

  static SpecFile byPath(String specPath) {
    for (SpecFile f : prismaAccess()) {
      if (f.path().equals(specPath)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no pinned spec file " + specPath);
  }

  private static List<SpecFile> resolveAll() {
    Path root = repoRoot();
    List<SpecFile> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(root.resolve("specs/specs.lock.tsv"))) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("path\t")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].startsWith(PREFIX)) {
          out.add(new SpecFile(cols[0], find(root, cols[0], cols[1])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path find(Path root, String path, String sha) throws IOException {
    List<Path> candidates = new ArrayList<>();
    candidates.add(root.resolve("specs").resolve(path));
    candidates.add(mirror(root).resolve(path));
    String name = path.substring(path.lastIndexOf('/') + 1);
    candidates.add(Path.of(System.getProperty("user.home"), ".cache", "sasekit", "specs", sha, name));
    for (Path c : candidates) {
      if (Files.isRegularFile(c) && sha256(c).equals(sha)) {
        return c;
      }
    }
    throw new IllegalStateException("spec " + path + " (sha256 " + sha + ") not found in " + candidates
        + "; set -Dsasekit.specs.mirror=DIR or SASEKIT_SPECS_MIRROR");
  }

  static Path mirror(Path root) {
    String prop = System.getProperty("sasekit.specs.mirror");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("SASEKIT_SPECS_MIRROR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return root.resolveSibling("shared").resolve("specs");
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
