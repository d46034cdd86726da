package io.sasekit.codegen.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Finds each locked spec file by its sha256, in order: {@code <repoRoot>/specs/<path>}, the mirror
 * folder ({@code <mirror>/<path>}), the download cache ({@code <cache>/<sha256>/<file name>}), and
 * finally downloads the pinned URL into the cache (through a temp file, moved into place only when
 * the hash matches). A file with a wrong hash is skipped but reported; nothing found anywhere is a
 * {@link SpecResolutionException} naming the file, the expected hash, every actual hash seen and
 * every place looked at.
 */
public final class SpecResolver {
  /** System property naming the mirror folder. */
  public static final String MIRROR_PROPERTY = "sasekit.specs.mirror";
  /** Environment variable naming the mirror folder. */
  public static final String MIRROR_ENV = "SASEKIT_SPECS_MIRROR";

  private final Path repoSpecs;
  private final Path mirror;
  private final Path cache;
  private final Downloader downloader;

  /**
   * @param repoSpecs the repository's {@code specs/} folder
   * @param mirror the mirror folder (may be {@code null})
   * @param cache the download cache root, e.g. {@code ~/.cache/sasekit/specs}
   * @param downloader fetches a pinned URL; {@code null} disables downloading
   */
  public SpecResolver(Path repoSpecs, Path mirror, Path cache, Downloader downloader) {
    this.repoSpecs = Objects.requireNonNull(repoSpecs, "repoSpecs");
    this.mirror = mirror;
    this.cache = Objects.requireNonNull(cache, "cache");
    this.downloader = downloader;
  }

  /**
   * The default mirror: the explicit value if given, else the {@value #MIRROR_PROPERTY} system
   * property, else the {@value #MIRROR_ENV} environment variable, else {@code <repoRoot>/../shared/specs}.
   */
  public static Path defaultMirror(Path repoRoot, String explicit) {
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String prop = System.getProperty(MIRROR_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv(MIRROR_ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return repoRoot.toAbsolutePath().normalize().resolveSibling("shared").resolve("specs");
  }

  /** The default download cache: {@code ~/.cache/sasekit/specs}. */
  public static Path defaultCache() {
    return Path.of(System.getProperty("user.home"), ".cache", "sasekit", "specs");
  }

  /** Resolves every entry, failing on the first one that cannot be found. */
  public List<ResolvedSpec> resolveAll(List<LockEntry> entries) {
    List<ResolvedSpec> out = new ArrayList<>(entries.size());
    for (LockEntry e : entries) {
      out.add(resolve(e));
    }
    return out;
  }

  /** Resolves one entry. */
  public ResolvedSpec resolve(LockEntry entry) {
    List<String> looked = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();

    Path inRepo = repoSpecs.resolve(entry.path());
    if (check(inRepo, entry, looked, mismatches)) {
      return new ResolvedSpec(entry, inRepo, "specs");
    }
    if (mirror != null) {
      Path inMirror = mirror.resolve(entry.path());
      if (check(inMirror, entry, looked, mismatches)) {
        return new ResolvedSpec(entry, inMirror, "mirror");
      }
    } else {
      looked.add("(no mirror folder configured)");
    }
    Path cached = cache.resolve(entry.sha256()).resolve(entry.fileName());
    if (check(cached, entry, looked, mismatches)) {
      return new ResolvedSpec(entry, cached, "cache");
    }
    if (downloader != null) {
      String problem = download(entry, cached);
      looked.add(entry.url() + (problem == null ? "" : " (" + problem + "; host " + host(entry.url())
          + ", " + downloader.route(entry.url()) + ")"));
      if (problem == null) {
        return new ResolvedSpec(entry, cached, "download");
      }
      if (problem.startsWith("sha256 ")) {
        mismatches.add(problem.substring("sha256 ".length()) + " at " + entry.url());
      }
    } else {
      looked.add(entry.url() + " (downloading disabled)");
    }
    throw new SpecResolutionException(message(entry, looked, mismatches));
  }

  private static String host(String url) {
    try {
      String h = java.net.URI.create(url).getHost();
      return h == null ? "(none)" : h;
    } catch (IllegalArgumentException e) {
      return "(unparseable URL)";
    }
  }

  /** {@code java.net.ConnectException: (no message) <- java.nio.channels.UnresolvedAddressException: ...}. */
  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
      if (sb.length() > 0) {
        sb.append(" <- caused by ");
      }
      sb.append(c.getClass().getName()).append(": ")
          .append(c.getMessage() == null || c.getMessage().isBlank() ? "(no message)" : c.getMessage());
    }
    return sb.toString();
  }

  private String message(LockEntry entry, List<String> looked, List<String> mismatches) {
    StringBuilder sb = new StringBuilder();
    sb.append("spec file ").append(entry.path());
    sb.append(mismatches.isEmpty() ? " not found" : " found only with a wrong sha256");
    sb.append("\n  expected sha256: ").append(entry.sha256());
    for (String m : mismatches) {
      sb.append("\n  actual sha256:   ").append(m);
    }
    sb.append("\n  places looked at, in order:");
    for (String l : looked) {
      sb.append("\n    - ").append(l);
    }
    sb.append("\n  The build compiles the official spec files pinned (by sha256) in specs/specs.lock.tsv;")
        .append(" they are never committed. Provide them in one of these ways (README, \"Spec files\"):")
        .append("\n    1. put the project's shared folder beside the clone, so that ../shared/specs/")
        .append(entry.path()).append(" exists;")
        .append("\n    2. point -D").append(MIRROR_PROPERTY).append("=DIR or the environment variable ")
        .append(MIRROR_ENV).append("=DIR at a copy laid out as DIR/").append(entry.path()).append(";")
        .append("\n    3. let the build download them: allow HTTPS to ").append(host(entry.url()))
        .append(downloader == null
            ? " and drop -Dsasekit.specs.offline=true"
            : " (behind a proxy: an active <proxy> in ~/.m2/settings.xml, or -Dhttps.proxyHost=H -Dhttps.proxyPort=P)")
        .append(".")
        .append("\n  A file found with another sha256 is never used: update specs/specs.lock.tsv only deliberately.");
    return sb.toString();
  }

  private static boolean check(Path file, LockEntry entry, List<String> looked, List<String> mismatches) {
    if (!Files.isRegularFile(file)) {
      looked.add(file + " (absent)");
      return false;
    }
    String actual = sha256(file);
    if (actual.equals(entry.sha256())) {
      return true;
    }
    looked.add(file + " (sha256 mismatch)");
    mismatches.add(actual + " at " + file);
    return false;
  }

  /** Downloads into the cache; returns {@code null} on success or a short problem description. */
  private String download(LockEntry entry, Path target) {
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), entry.fileName(), ".part");
      downloader.download(entry.url(), tmp);
      String actual = sha256(tmp);
      if (!actual.equals(entry.sha256())) {
        return "sha256 " + actual;
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      return null;
    } catch (IOException | RuntimeException e) {
      return "download failed: " + describe(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  /** Lower-case hex sha256 of a file. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
