package io.sasekit.testkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The original spec files of one API, found and read the way the build finds them but without the
 * generator: the lock {@code specs/specs.lock.tsv} names each file (by its path prefix) and its
 * sha256; the file is taken from the repository's {@code specs/} copy, else the mirror
 * ({@code -Dsasekit.specs.mirror}, env {@code SASEKIT_SPECS_MIRROR}, else {@code ../shared/specs}
 * beside the repository), else the download cache. A file whose sha256 differs from the lock is never
 * used. Files are read as plain YAML (Jackson, no OpenAPI library).
 *
 * <pre>{@code
 * SpecApi scm = SpecApi.of("scm/config/sase/", true);   // operations under each file's server path
 * scm.operations().size();                               // every operation of the eight files
 * }</pre>
 */
public final class SpecApi {
  /** The HTTP methods an OpenAPI path item may hold. */
  public static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<Path, ObjectNode> DOCUMENTS = new ConcurrentHashMap<>();

  /**
   * One pinned spec file.
   *
   * @param path the path the lock (and the registry) name it by
   * @param file where the file with the pinned content was found
   */
  public record SpecFile(String path, Path file) {
    /** The last segment of the path. */
    public String fileName() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  private final String prefix;
  private final boolean serverBasePath;
  private volatile List<SpecFile> files;

  private SpecApi(String prefix, boolean serverBasePath) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.serverBasePath = serverBasePath;
  }

  /**
   * The API whose lock rows start with {@code lockPrefix}.
   *
   * @param lockPrefix the path prefix of the API's files in the lock
   * @param serverBasePath whether each operation's path is prefixed with the path of its file's first
   *     server (as the generator's customization {@code serverBasePath} does)
   */
  public static SpecApi of(String lockPrefix, boolean serverBasePath) {
    return new SpecApi(lockPrefix, serverBasePath);
  }

  /** The lock prefix this API was made with. */
  public String prefix() {
    return prefix;
  }

  /** The repository root: the system property {@code sasekit.root}, else the working directory or its parent. */
  public static Path repoRoot() {
    String root = System.getProperty("sasekit.root");
    if (root != null && !root.isBlank()) {
      return Path.of(root).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("specs/specs.lock.tsv")) ? here : here.getParent();
  }

  /** The API's files in lock order, each resolved to a file with the pinned content. */
  public List<SpecFile> files() {
    List<SpecFile> f = files;
    if (f == null) {
      f = List.copyOf(resolveAll());
      files = f;
    }
    return f;
  }

  /** The file the lock names {@code specPath}; fails naming it when the API has no such file. */
  public SpecFile file(String specPath) {
    for (SpecFile f : files()) {
      if (f.path().equals(specPath)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no pinned spec file " + specPath + " under " + prefix);
  }

  /** The parsed document of a file (read once; callers must not modify it). */
  public static ObjectNode document(SpecFile file) {
    return DOCUMENTS.computeIfAbsent(file.file(), p -> {
      try {
        return (ObjectNode) YAML.readTree(p.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    });
  }

  /** A fresh, modifiable copy of the document of a file. */
  public static ObjectNode freshDocument(SpecFile file) {
    return document(file).deepCopy();
  }

  /** Every operation of every file of the API. */
  public List<SpecOperation> operations() {
    List<SpecOperation> out = new ArrayList<>();
    for (SpecFile f : files()) {
      out.addAll(operations(f));
    }
    return out;
  }

  /**
   * The operation of a request: the first of {@link #operations()} with its method whose full path
   * matches the concrete {@code path} (a path parameter is one segment).
   *
   * @param method the HTTP method, upper case
   * @param path the request's path below the host ({@code /aisec/v1/mgmt/profile/3c2b...})
   * @return the operation, or empty when no operation of the files matches
   */
  public Optional<SpecOperation> operationOf(String method, String path) {
    for (SpecOperation so : operations()) {
      if (so.method().equals(method) && path.matches(ContractWireMock.pathPattern(so.fullPath()))) {
        return Optional.of(so);
      }
    }
    return Optional.empty();
  }

  /** The operations of one original file. */
  public List<SpecOperation> operations(SpecFile file) {
    return operations(file.path(), document(file));
  }

  /** The operations of a document of this API (an original one, or a repaired copy). */
  public List<SpecOperation> operations(String specPath, ObjectNode doc) {
    String base = serverBasePath ? basePath(doc) : "";
    List<SpecOperation> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
        if (HTTP_METHODS.contains(m.getKey())) {
          out.add(new SpecOperation(specPath, m.getKey().toUpperCase(Locale.ROOT), base, path.getKey(),
              m.getValue().path("operationId").asText(null), m.getValue(), doc));
        }
      }
    }
    return out;
  }

  /** The path of the document's first server ({@code /config/objects/v1}), empty when it has none. */
  public static String basePath(JsonNode doc) {
    String url = doc.path("servers").path(0).path("url").asText("");
    String path = url.isEmpty() ? "" : URI.create(url).getPath();
    return path == null || path.equals("/") ? "" : path;
  }

  /** A path without its path parameters and action suffix ({@code /x/{id}:move} becomes {@code /x}): the collection it addresses. */
  public static String stem(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/")) {
      if (seg.isEmpty()) {
        continue;
      }
      if (seg.startsWith("{")) {
        break;
      }
      int colon = seg.indexOf(':');
      sb.append('/').append(colon >= 0 ? seg.substring(0, colon) : seg);
      if (colon >= 0) {
        break;
      }
    }
    return sb.toString();
  }

  /** Follows local {@code $ref}s ({@code #/components/...}) until a node without one. */
  public static JsonNode resolve(JsonNode doc, JsonNode node) {
    JsonNode n = node;
    for (int guard = 0; n != null && n.has("$ref") && guard < 50; guard++) {
      String ref = n.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("non-local $ref " + ref);
      }
      n = doc.at(ref.substring(1));
      if (n.isMissingNode()) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
    }
    return n;
  }

  private List<SpecFile> resolveAll() {
    Path root = repoRoot();
    List<SpecFile> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(root.resolve("specs/specs.lock.tsv"))) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("path\t")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].startsWith(prefix)) {
          out.add(new SpecFile(cols[0], find(root, cols[0], cols[1])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("the lock " + root.resolve("specs/specs.lock.tsv") + " names no file under " + prefix);
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

  /** The mirror folder of pinned spec files for a repository root (property, environment, else {@code ../shared/specs}). */
  public static Path mirror(Path root) {
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
