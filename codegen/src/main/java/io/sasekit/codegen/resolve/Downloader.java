package io.sasekit.codegen.resolve;

import java.io.IOException;
import java.nio.file.Path;

/** Fetches a URL into a file. Injected so tests never touch the network. */
@FunctionalInterface
public interface Downloader {
  /**
   * Writes the body found at {@code url} into {@code target} (created or replaced).
   *
   * @param url the pinned URL
   * @param target the file to write
   * @throws IOException when the download fails
   */
  void download(String url, Path target) throws IOException;

  /**
   * How a request to {@code url} travels, for error messages: {@code "direct (no proxy)"} or
   * {@code "proxy host:port"}.
   *
   * @param url the URL about to be fetched
   * @return a short description of the route
   */
  default String route(String url) {
    return "unknown route";
  }
}
