package io.sasekit.benchmarks;

/**
 * Where the benchmarks find the loopback server: the URL in system property {@value #PROPERTY}
 * (benchmarks/run starts one {@link CannedServer} in its own JVM, so its allocations and heap do not
 * count against any contender), else a server started in this JVM.
 */
public final class BenchServer {
  /** The system property naming a running server, e.g. {@code http://127.0.0.1:41234}. */
  public static final String PROPERTY = "bench.server";

  private BenchServer() {}

  /** A server to talk to; {@link Handle#close()} stops it only if this JVM started it. */
  public static Handle open(int listTotal) {
    return open(listTotal, 5000);
  }

  /** As {@link #open(int)}, with the largest page a server started here hands out. */
  public static Handle open(int listTotal, int pageCap) {
    String url = System.getProperty(PROPERTY);
    if (url != null && !url.isBlank()) {
      return new Handle(url.strip(), null);
    }
    CannedServer server = CannedServer.start(32).listTotal(listTotal).pageCap(pageCap);
    return new Handle(server.baseUrl(), server);
  }

  /** A server URL and, when started here, the server. */
  public record Handle(String baseUrl, CannedServer local) implements AutoCloseable {
    @Override
    public void close() {
      if (local != null) {
        local.close();
      }
    }
  }
}
