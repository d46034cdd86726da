package io.sasekit.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server on 127.0.0.1 (ephemeral port) with its own small daemon thread pool. For
 * each exchange it reads the request, applies a matching fault (delay, error status, abrupt
 * close), otherwise asks the engine, records the request in the journal and writes the answer.
 */
public final class HttpFrontend implements AutoCloseable {
  private static final AtomicInteger SERVERS = new AtomicInteger();

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus delayed
    // ACKs add ~40 ms to many loopback exchanges. Read once per JVM; only set when nobody has.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final SimulatorEngine engine;
  private final FaultInjector faults;
  private final Journal journal;
  private final Clock clock;
  private final int threads;
  private HttpServer server;
  private ExecutorService executor;

  /** Creates the front end (not started). */
  public HttpFrontend(SimulatorEngine engine, FaultInjector faults, Journal journal, Clock clock, int threads) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
    this.clock = clock;
    this.threads = threads;
  }

  /** Binds to an ephemeral loopback port and starts serving. */
  public synchronized void start() throws IOException {
    if (server != null) {
      return;
    }
    int n = SERVERS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "sasekit-sim-" + n + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    executor = Executors.newFixedThreadPool(threads, factory);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::exchange);
    server.setExecutor(executor);
    server.start();
  }

  /** The port bound. */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("simulator is not running");
    }
    return server.getAddress().getPort();
  }

  /** Whether the server is running. */
  public synchronized boolean running() {
    return server != null;
  }

  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server = null;
    executor = null;
  }

  private void exchange(HttpExchange ex) {
    java.time.Instant receivedAt = clock.instant();
    SimResponse response;
    SimRequest request = null;
    try {
      byte[] bytes;
      try (InputStream in = ex.getRequestBody()) {
        bytes = in.readAllBytes();
      }
      request = new SimRequest(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
          ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), new String(bytes, StandardCharsets.UTF_8));
      response = faulted(request).orElse(null);
      if (response == null) {
        response = engine.handle(request);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response = SimResponse.reset();
    } catch (RuntimeException | IOException e) {
      response = ErrorDialect.SCM.error(500, null, "simulator failure: " + e);
    }
    if (request != null) {
      journal.record(request, response.status(), receivedAt);
    }
    write(ex, response);
  }

  private Optional<SimResponse> faulted(SimRequest request) throws InterruptedException {
    Optional<Fault.Action> match =
        faults.match(request.method(), request.path(), SimulatorEngine.isTokenPath(request.path()));
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Fault.Action a = match.get();
    if (a.delay() != null && !a.delay().isZero()) {
      Thread.sleep(a.delay().toMillis());
    }
    if (a.reset()) {
      return Optional.of(SimResponse.reset());
    }
    if (a.status() == null) {
      return Optional.empty();
    }
    SimResponse r;
    if (a.body() != null) {
      r = SimResponse.json(a.status(), Json.parse(a.body()));
    } else {
      r = engine.dialectFor(request.path()).error(a.status(), null, reason(a.status()));
    }
    if (a.retryAfterSeconds() != null) {
      r = r.withHeader("Retry-After", String.valueOf(a.retryAfterSeconds()));
    }
    return Optional.of(r);
  }

  private static String reason(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Not Authenticated";
      case 403:
        return "Unauthorized";
      case 404:
        return "Object Not Present";
      case 409:
        return "Conflict";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Session Timeout";
      default:
        return "Injected fault " + status;
    }
  }

  private static void write(HttpExchange ex, SimResponse response) {
    try {
      if (response.isReset()) {
        ex.close(); // no status line was sent: the connection just closes
        return;
      }
      for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
        ex.getResponseHeaders().put(h.getKey(), h.getValue());
      }
      byte[] body = response.body();
      boolean noBody = body.length == 0 || response.status() == 204 || "HEAD".equals(ex.getRequestMethod());
      ex.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      // the client went away; nothing to do
    } finally {
      ex.close();
    }
  }
}
