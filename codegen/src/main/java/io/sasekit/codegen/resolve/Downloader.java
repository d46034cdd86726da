package io.sasekit.codegen.resolve;

import java.io.IOException;
import java.nio.file.Path;

/** Fetches a URL into a file. Injected so tests never touch the network. */
@FunctionalInterface
public interface Downloader {
  /**
   * Writes the body found at {@code url} into {@code target} (created or replaced).
   *
   * @throws IOException when the download fails
   */
  void download(String url, Path target) throws IOException;
}
