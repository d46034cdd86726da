package io.sasekit.prismaaccess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Finds the pinned Prisma Access spec files for tests, on its own (not through the generator): the
 * lock names each file and its sha256; the file is looked for in the repository's specs/, the
 * mirror (system property or environment variable, else ../shared/specs) and the download cache.
 */
final class SpecFiles {
  static final String PREFIX = "access/prisma-access-config/";

  record Spec(String path, Path file) {}

  private SpecFiles() {}

  static Path repoRoot() {
    String root = System.getProperty("sasekit.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root);
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("specs/specs.lock.tsv")) ? here : here.getParent();
  }

  static List<Spec> prismaAccess() throws IOException {
    Path root = repoRoot();
    List<Spec> out = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("specs/specs.lock.tsv"))) {
      if (line.startsWith("#") || line.startsWith("path\t") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (!cols[0].startsWith(PREFIX)) {
        continue;
      }
      out.add(new Spec(cols[0], find(root, cols[0], cols[1])));
    }
    return out;
  }

  private static Path find(Path root, String path, String sha) throws IOException {
    List<Path> candidates = new ArrayList<>();
    candidates.add(root.resolve("specs").resolve(path));
    String prop = System.getProperty("sasekit.specs.mirror");
    if (prop != null && !prop.isBlank()) {
      candidates.add(Path.of(prop).resolve(path));
    }
    String env = System.getenv("SASEKIT_SPECS_MIRROR");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env).resolve(path));
    }
    candidates.add(root.toAbsolutePath().normalize().resolveSibling("shared").resolve("specs").resolve(path));
    String name = path.substring(path.lastIndexOf('/') + 1);
    candidates.add(Path.of(System.getProperty("user.home"), ".cache", "sasekit", "specs", sha, name));
    for (Path c : candidates) {
      if (Files.isRegularFile(c) && sha256(c).equals(sha)) {
        return c;
      }
    }
    throw new IllegalStateException("spec " + path + " (sha256 " + sha + ") not found in " + candidates);
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
