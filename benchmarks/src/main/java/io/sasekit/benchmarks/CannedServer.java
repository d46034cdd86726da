package io.sasekit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one loopback server every contender of a run talks to. It answers canned bodies shaped as the
 * Addresses spec declares them:
 *
 * <ul>
 *   <li>{@code GET /sse/config/v1/addresses/{id}}: 200 with a one-element array (the spec declares
 *       an array of {@code objects-addresses} for GET by id).
 *   <li>{@code GET /sse/config/v1/addresses?limit&offset}: 200 with {@code data}, {@code limit},
 *       {@code offset}, {@code total}; the item count is {@code min(limit, total - offset)}, where
 *       the total is {@link #listTotal} (200 by default). Bodies are written item by item, so a
 *       200,000-item page costs the server no memory.
 *   <li>{@code POST /sse/config/v1/addresses}: 201 with the created object (the spec declares no
 *       body; the service answers the stored object with its id, which is what callers read).
 *   <li>{@code POST /oauth2/access_token}: 200 with an RFC 6749 token answer; the requests are
 *       counted ({@link #tokenRequests()}).
 * </ul>
 */
public final class CannedServer implements AutoCloseable {
  /** The path prefix of the configuration API. */
  public static final String API = "/sse/config/v1";
  /** The token endpoint path. */
  public static final String TOKEN_PATH = "/oauth2/access_token";

  private static final byte[] TOKEN_ANSWER =
      "{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":899}".getBytes(StandardCharsets.UTF_8);

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
    // ACK, and every call takes ~40 ms whatever the client does. Read once, when the server class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger listRequests = new AtomicInteger();
  private volatile int listTotal = 200;
  private volatile int pageCap = 5000;

  private CannedServer(int threads) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "canned-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on a free loopback port with {@code threads} handler threads. */
  public static CannedServer start(int threads) {
    try {
      return new CannedServer(threads);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the loopback server", e);
    }
  }

  /**
   * Runs a server in its own JVM for benchmarks/run: {@code CannedServer TOTAL PAGE_CAP THREADS}
   * prints its base URL on the first line and serves until the process is stopped.
   */
  public static void main(String[] args) throws InterruptedException {
    CannedServer server = start(Integer.parseInt(args[2])).listTotal(Integer.parseInt(args[0])).pageCap(Integer.parseInt(args[1]));
    System.out.println(server.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** {@code http://127.0.0.1:port} (or the loopback address the JVM resolves). */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  /** Sets how many addresses the list operation reports in total (200 by default). */
  public CannedServer listTotal(int total) {
    this.listTotal = total;
    return this;
  }

  /**
   * Sets the largest page the server hands out (5,000 by default, as the service does); 0 makes it
   * answer every item from the offset on in one page, whatever the limit (a service that does not
   * page: the huge-page run, so that every contender reads the same single answer).
   */
  public CannedServer pageCap(int cap) {
    this.pageCap = cap;
    return this;
  }

  /** Token requests received so far. */
  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** List requests received so far. */
  public int listRequests() {
    return listRequests.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      drain(ex.getRequestBody());
      String method = ex.getRequestMethod();
      URI uri = ex.getRequestURI();
      String path = uri.getRawPath();
      if (path.equals(TOKEN_PATH) && method.equals("POST")) {
        tokenRequests.incrementAndGet();
        send(ex, 200, TOKEN_ANSWER);
      } else if (path.equals(API + "/addresses") && method.equals("GET")) {
        list(ex, uri.getRawQuery());
      } else if (path.equals(API + "/addresses") && method.equals("POST")) {
        send(ex, 201, CannedBodies.CREATED);
      } else if (path.startsWith(API + "/addresses/") && method.equals("GET")) {
        send(ex, 200, CannedBodies.GET_BY_ID);
      } else {
        send(ex, 404, "{\"_errors\":[{\"code\":\"E005\",\"message\":\"Not Found\"}]}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void list(HttpExchange ex, String query) throws IOException {
    listRequests.incrementAndGet();
    int limit = pageCap == 0 ? listTotal : Math.min(queryInt(query, "limit", 200), pageCap);
    int offset = queryInt(query, "offset", 0);
    int total = listTotal;
    int count = Math.max(0, Math.min(limit, total - offset));
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(200, 0); // chunked: the body is written item by item
    try (OutputStream out = new BufferedOutputStream(ex.getResponseBody(), 16 * 1024)) {
      out.write(CannedBodies.DATA_OPEN);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          out.write(',');
        }
        CannedBodies.writeItem(out, offset + i);
      }
      out.write(("],\"limit\":" + limit + ",\"offset\":" + offset + ",\"total\":" + total + "}").getBytes(StandardCharsets.US_ASCII));
    }
  }

  static int queryInt(String query, String name, int fallback) {
    if (query == null) {
      return fallback;
    }
    for (String part : query.split("&")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).equals(name)) {
        String v = part.substring(eq + 1);
        int dot = v.indexOf('.');
        return Integer.parseInt(dot >= 0 ? v.substring(0, dot) : v);
      }
    }
    return fallback;
  }

  private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[4096];
    while (in.read(buf) >= 0) {
      // discard
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
