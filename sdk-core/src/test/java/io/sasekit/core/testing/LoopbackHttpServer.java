package io.sasekit.core.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A small, fast HTTP/1.1 server on loopback for load tests: keep-alive, one thread per
 * connection, {@code Content-Length} bodies only. It counts the TCP connections it accepted and
 * those still open, so that tests can measure connection reuse and leaks.
 */
public final class LoopbackHttpServer implements AutoCloseable {
  /** A request as read. */
  public record Request(String method, String path, Map<String, String> headers, byte[] body) {
    /** A header by lower-case name, or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** An answer to write. */
  public record Response(int status, String body) {}

  private final ServerSocket socket;
  private final Function<Request, Response> handler;
  private final AtomicInteger accepted = new AtomicInteger();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Thread acceptor;
  private volatile boolean closed;

  /** Starts the server on an ephemeral loopback port. */
  public LoopbackHttpServer(Function<Request, Response> handler) throws IOException {
    this.handler = handler;
    this.socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "loopback-http-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** TCP connections accepted so far. */
  public int accepted() {
    return accepted.get();
  }

  /** Connections open now. */
  public int open() {
    return open.size();
  }

  /** Waits (at most {@code millis}) until no connection is open; returns how many still are. */
  public int awaitNoOpenConnection(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    synchronized (open) {
      while (!open.isEmpty() && System.nanoTime() < end) {
        open.wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      }
    }
    return open.size();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        accepted.incrementAndGet();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "loopback-http-" + accepted.get());
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
      OutputStream out = s.getOutputStream();
      while (true) {
        String line = readLine(in);
        if (line == null || line.isEmpty()) {
          return;
        }
        String[] parts = line.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
          int colon = h.indexOf(':');
          if (colon > 0) {
            headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
          }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        Response r = handler.apply(new Request(parts[0], parts[1], headers, body));
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + r.status() + " X\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      // the client went away
    } finally {
      synchronized (open) {
        open.remove(s);
        open.notifyAll();
      }
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c == -1 && b.size() == 0) {
      return null;
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
