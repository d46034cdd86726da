package io.sasekit.codegen.resolve;

import java.util.Objects;

/**
 * One row of the spec lock: where a spec file lives relative to the spec root, its pinned sha256 and
 * the URL it can be downloaded from.
 *
 * @param path path relative to the spec root, e.g. {@code access/prisma-access-config/Tags.yaml}
 * @param sha256 lower-case hex sha256 of the file's bytes
 * @param url pinned download URL
 */
public record LockEntry(String path, String sha256, String url) {

  /** Validates the fields. */
  public LockEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(url, "url");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case sha256 for " + path + ": " + sha256);
    }
  }

  /** The file name (last path segment). */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
