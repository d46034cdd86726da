package io.sasekit.scm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and reads the eight pinned SCM spec files for tests, on their own (plain YAML, not through the
 * generator): the lock names each file and its sha256; the file is looked for in the repository's
 * specs/, the mirror (system property or environment variable, else ../shared/specs) and the cache.
 */
public final class ScmSpecFiles {
  /** Lock prefix of the eight files. */
  public static final String PREFIX = "scm/config/sase/";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** One locked file. */
  public record Spec(String path, Path file) {
    /** The file read as a plain tree. */
    public JsonNode tree() {
      try {
        return YAML.readTree(file.toFile());
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + file, e);
      }
    }
  }

  /** One operation as the file declares it, with the path under its first server's path. */
  public record SpecOperation(String specPath, String method, String fullPath, JsonNode operation) {
    /** {@code METHOD /full/path}. */
    public String key() {
      return method + " " + fullPath;
    }
  }

  private ScmSpecFiles() {}

  static Path repoRoot() {
    String root = System.getProperty("sasekit.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root);
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("specs/specs.lock.tsv")) ? here : here.getParent();
  }

  /** The locked SCM files, in lock order. */
  public static List<Spec> all() {
    try {
      Path root = repoRoot();
      List<Spec> out = new ArrayList<>();
      for (String line : Files.readAllLines(root.resolve("specs/specs.lock.tsv"))) {
        if (line.startsWith("#") || line.startsWith("path\t") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].startsWith(PREFIX)) {
          out.add(new Spec(cols[0], find(root, cols[0], cols[1])));
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file of one lock path. */
  public static Spec byPath(String path) {
    return all().stream().filter(s -> s.path().equals(path)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no locked SCM file " + path));
  }

  /** Every operation of every file, keyed by {@code METHOD /server-path/path}. */
  public static Map<String, SpecOperation> operations() {
    Map<String, SpecOperation> out = new LinkedHashMap<>();
    for (Spec spec : all()) {
      JsonNode tree = spec.tree();
      String base = URI.create(tree.at("/servers/0/url").asText()).getPath();
      tree.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
        if (METHODS.contains(m.getKey())) {
          SpecOperation op = new SpecOperation(spec.path(), m.getKey().toUpperCase(java.util.Locale.ROOT), base + p.getKey(), m.getValue());
          if (out.put(op.key(), op) != null) {
            throw new IllegalStateException("two files declare " + op.key());
          }
        }
      }));
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
