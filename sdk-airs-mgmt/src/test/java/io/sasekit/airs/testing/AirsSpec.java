package io.sasekit.airs.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The original AIRS management spec file, found the way the build finds it but without the
 * generator: the lock {@code specs/specs.lock.tsv} gives its path and sha256; the file is taken from
 * the mirror (env {@code SASEKIT_SPECS_MIRROR}, else {@code ${sasekit.root}/../shared/specs}), the
 * repository's {@code specs/} copy or the download cache, and only when its sha256 matches the lock.
 */
public final class AirsSpec {
  /** The spec's path in the lock (and below the mirror). */
  public static final String PATH = "prisma-airs/management/mgmt-service_latest.yaml";

  private static Path cached;

  private AirsSpec() {}

  /** The repository root: surefire sets {@code sasekit.root}; from an IDE, the working directory. */
  public static Path repoRoot() {
    return io.sasekit.testkit.contract.SpecApi.repoRoot();
  }

  /** The mirror folder: env {@code SASEKIT_SPECS_MIRROR} overrides {@code <root>/../shared/specs}. */
  public static Path mirror() {
    String env = System.getenv("SASEKIT_SPECS_MIRROR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return repoRoot().resolveSibling("shared").resolve("specs");
  }

  /** The pinned spec file. */
  public static synchronized Path file() {
    if (cached == null) {
      cached = resolve();
    }
    return cached;
  }

  /** The spec file's text. */
  public static String text() {
    try {
      return Files.readString(file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec read as plain YAML (no OpenAPI library involved). */
  public static JsonNode yaml() {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file().toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resolve() {
    Path root = repoRoot();
    String sha = null;
    try {
      for (String line : Files.readAllLines(root.resolve("specs/specs.lock.tsv"))) {
        String[] cols = line.split("\t");
        if (cols.length >= 2 && cols[0].equals(PATH)) {
          sha = cols[1];
        }
      }
      if (sha == null) {
        throw new IllegalStateException(PATH + " is not in specs/specs.lock.tsv");
      }
      List<Path> candidates = new ArrayList<>();
      candidates.add(mirror().resolve(PATH));
      candidates.add(root.resolve("specs").resolve(PATH));
      candidates.add(Path.of(System.getProperty("user.home"), ".cache", "sasekit", "specs", sha,
          PATH.substring(PATH.lastIndexOf('/') + 1)));
      for (Path c : candidates) {
        if (Files.isRegularFile(c) && sha256(c).equals(sha)) {
          return c;
        }
      }
      throw new IllegalStateException("spec " + PATH + " (sha256 " + sha + ") not found in " + candidates
          + "; set SASEKIT_SPECS_MIRROR");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
