package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sasekit.testkit.internal.Json;
import io.sasekit.testkit.internal.ScanState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An embedded stand-in for the Prisma AIRS runtime scan API (loopback only): synchronous scans,
 * asynchronous batches whose results stay {@code pending} for a configurable number of polls,
 * results by scan id and threat reports by report id. The verdict is configurable by marker rules:
 * content containing a marker fires that rule's detection service and is blocked; everything else
 * is allowed as benign.
 *
 * <pre>{@code
 * try (AirsScanSimulator sim = AirsScanSimulator.builder().blockWhen("ignore all previous", "injection").start();
 *      AirsScanClient client = AirsScanClient.builder().apiKey(sim.apiKey()).endpoint(sim.baseUrl()).build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Authentication as the service: the {@code x-pan-token} header must carry {@link #apiKey()}
 * (or {@code Authorization: Bearer} {@link #apiToken()}); none gives 401, a wrong one 403. Error
 * bodies are the spec's {@code {"error": {"message": ...}}}.
 */
public final class AirsScanSimulator implements AutoCloseable {
  /** The marker of the default rule: a prompt or response containing it is blocked. */
  public static final String DEFAULT_MARKER = "BLOCK-ME";

  /** One request the simulator received. */
  public record Received(String method, String path, Map<String, String> query, Map<String, String> headers,
      String body) {}

  private final ScanState state;
  private final String apiKey;
  private final String apiToken;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
  private final HttpServer server;
  private final ExecutorService executor;

  private AirsScanSimulator(Builder b) {
    List<ScanState.Rule> rules = b.rules.isEmpty() ? List.of(new ScanState.Rule(DEFAULT_MARKER, "injection")) : b.rules;
    this.state = new ScanState(b.clock, rules, b.pendingPolls);
    this.apiKey = b.apiKey;
    this.apiToken = b.apiToken;
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "sasekit-scan-sim");
      t.setDaemon(true);
      return t;
    });
    try {
      this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the scan simulator", e);
    }
    server.createContext("/", this::exchange);
    server.setExecutor(executor);
    server.start();
  }

  /** A builder with defaults (API key {@code sim-airs-api-key}, one pending poll, marker rule {@value #DEFAULT_MARKER}). */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a simulator with every default. */
  public static AirsScanSimulator start() {
    return builder().start();
  }

  /** The endpoint to give the client, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The API key accepted in {@code x-pan-token}. */
  public String apiKey() {
    return apiKey;
  }

  /** The bearer token accepted instead of the key. */
  public String apiToken() {
    return apiToken;
  }

  /** Every request received so far, in order. */
  public List<Received> requests() {
    return List.copyOf(received);
  }

  /** Synchronous scans answered (200) so far. */
  public int syncScans() {
    return state.syncScans();
  }

  /** Asynchronous batches accepted (200) so far. */
  public int asyncBatches() {
    return state.asyncScans();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "AirsScanSimulator{" + baseUrl() + "}";
  }

  private void exchange(HttpExchange ex) {
    try (ex) {
      byte[] bytes;
      try (InputStream in = ex.getRequestBody()) {
        bytes = in.readAllBytes();
      }
      String body = new String(bytes, StandardCharsets.UTF_8);
      String path = ex.getRequestURI().getRawPath();
      Map<String, String> query = query(ex.getRequestURI().getRawQuery());
      Map<String, String> headers = new TreeMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      received.add(new Received(ex.getRequestMethod(), path, query, headers, body));
      ScanState.Answer answer = answer(ex.getRequestMethod(), path, query, headers, body);
      byte[] out = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(answer.status(), out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    } catch (IOException | RuntimeException e) {
      // the client sees a dropped connection; nothing else to do on a simulator thread
    }
  }

  private ScanState.Answer answer(String method, String path, Map<String, String> query, Map<String, String> headers,
      String body) {
    String key = headers.get("x-pan-token");
    String auth = headers.get("authorization");
    if (key == null && auth == null) {
      return ScanState.error(401, "Not Authenticated");
    }
    if (!(apiKey.equals(key) || ("Bearer " + apiToken).equals(auth))) {
      return ScanState.error(403, "Invalid API Key");
    }
    JsonNode json = null;
    if (method.equals("POST")) {
      try {
        json = body.isBlank() ? null : Json.parse(body);
      } catch (UncheckedIOException e) {
        return ScanState.error(400, "Request data is invalid or malformed");
      }
    }
    switch (method + " " + path) {
      case "POST /v1/scan/sync/request":
        return state.sync(json);
      case "POST /v1/scan/async/request":
        return state.async(json);
      case "GET /v1/scan/results":
        return state.results(ids(query.get("scan_ids")));
      case "GET /v1/scan/reports":
        return state.reports(ids(query.get("report_ids")));
      default:
        return path.startsWith("/v1/scan/") ? ScanState.error(405, "The method is not allowed")
            : ScanState.error(404, "Resource is not found");
    }
  }

  /** {@code explode: false}: one value, ids separated by commas (decoded first, so {@code %2C} counts too). */
  private static List<String> ids(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String id : value.split(",")) {
        if (!id.isBlank()) {
          out.add(id.strip());
        }
      }
    }
    return out;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new TreeMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.merge(name, value, (a, b) -> a + "," + b);
    }
    return out;
  }

  /** Configures and starts an {@link AirsScanSimulator}. */
  public static final class Builder {
    private String apiKey = "sim-airs-api-key";
    private String apiToken = "sim-airs-bearer-token";
    private Clock clock = Clock.systemUTC();
    private int pendingPolls = 1;
    private final List<ScanState.Rule> rules = new ArrayList<>();

    private Builder() {}

    /** The API key the simulator accepts. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /** The bearer token the simulator accepts instead of the key. */
    public Builder apiToken(String apiToken) {
      this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
      return this;
    }

    /** The clock of the answers' timestamps. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Result polls an asynchronous batch answers {@code pending} before {@code complete} (default 1). */
    public Builder pendingPolls(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException("pendingPolls must not be negative");
      }
      this.pendingPolls = polls;
      return this;
    }

    /**
     * Content containing {@code marker} (ignoring case) fires {@code detection} (a detection
     * service name such as {@code injection}, {@code dlp}, {@code url_cats}) and is blocked.
     * Replaces the default rule ({@value #DEFAULT_MARKER} fires {@code injection}); call it again
     * for more rules.
     */
    public Builder blockWhen(String marker, String detection) {
      if (marker == null || marker.isBlank() || detection == null || detection.isBlank()) {
        throw new IllegalArgumentException("marker and detection must not be blank");
      }
      rules.add(new ScanState.Rule(marker, detection));
      return this;
    }

    /** Starts the simulator on a free loopback port. */
    public AirsScanSimulator start() {
      return new AirsScanSimulator(this);
    }
  }
}
