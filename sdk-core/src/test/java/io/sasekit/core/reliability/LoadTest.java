package io.sasekit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.LoopbackHttpServer;
import io.sasekit.core.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Load: 32 threads x 10,000 calls (override with {@code -Dsasekit.load.calls=N} per thread)
 * against a fast loopback server whose tokens live {@value #LIFETIME_SECONDS} s and are refused
 * once expired. Zero failures, token requests within elapsed/lifetime + 1, connections reused
 * (at most one per concurrent thread, the pool is sized to the concurrency), and after
 * {@code close()} no SDK thread and no connection is left.
 */
class LoadTest {
  static final int THREADS = 32;
  static final int LIFETIME_SECONDS = 3;
  static final int CALLS = Integer.getInteger("sasekit.load.calls", 10_000);
  private static final String TOKEN_PATH = "/am/oauth2/access_token";

  private final Map<String, Long> tokens = new ConcurrentHashMap<>(); // token -> expiry (nanoTime)
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private LoopbackHttpServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackHttpServer(this::answer);
    CapturedLogs.mute(true);
  }

  @AfterEach
  void stop() throws Exception {
    CapturedLogs.mute(false);
    server.close();
  }

  private LoopbackHttpServer.Response answer(LoopbackHttpServer.Request r) {
    if (r.method().equals("POST") && r.path().equals(TOKEN_PATH)) {
      String token = "load-token-" + tokenRequests.incrementAndGet();
      tokens.put(token, System.nanoTime() + Duration.ofSeconds(LIFETIME_SECONDS).toNanos());
      return new LoopbackHttpServer.Response(200, "{\"access_token\":\"" + token
          + "\",\"token_type\":\"Bearer\",\"expires_in\":" + LIFETIME_SECONDS + "}");
    }
    String auth = r.header("authorization");
    Long expiry = auth == null ? null : tokens.get(auth.substring("Bearer ".length()));
    if (expiry == null || System.nanoTime() - expiry > 0) {
      refused.incrementAndGet();
      return new LoopbackHttpServer.Response(401, "{\"_errors\":[{\"code\":\"E016\",\"message\":\"Not Authenticated\"}]}");
    }
    return new LoopbackHttpServer.Response(200, "{\"id\":\"1\",\"status_str\":\"FIN\"}");
  }

  @Test
  void thirtyTwoThreadsWithExpiringTokensNoFailureNoChurnNoLeak() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    OperationSpec get = TestRegistry.op("job", "get");
    Arguments args = Arguments.builder().param("id", "1").build();
    AtomicInteger failures = new AtomicInteger();
    List<Throwable> firstFailures = new ArrayList<>();
    AtomicLong ok = new AtomicLong();
    long start;
    long elapsedNanos;
    try (OperationExecutor e = OperationExecutor.create(ClientOptions.builder()
        .clientId("load-" + System.nanoTime()).clientSecret("load-secret").tsgId("1234567890")
        .baseUrl(server.baseUrl()).tokenUrl(server.baseUrl() + TOKEN_PATH)
        .tokenRefreshMargin(Duration.ZERO)
        .backoffBase(Duration.ofMillis(1)).backoffCap(Duration.ofMillis(5))
        .build())) {
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Thread t = new Thread(() -> {
          try {
            go.await();
          } catch (InterruptedException ex) {
            return;
          }
          for (int c = 0; c < CALLS; c++) {
            try {
              e.execute(get, args, ResponseType.json(), null);
              ok.incrementAndGet();
            } catch (RuntimeException ex) {
              if (failures.incrementAndGet() <= 3) {
                synchronized (firstFailures) {
                  firstFailures.add(ex);
                }
              }
            }
          }
        }, "load-" + i);
        workers.add(t);
        t.start();
      }
      start = System.nanoTime();
      go.countDown();
      for (Thread t : workers) {
        t.join(Duration.ofMinutes(2).toMillis());
        assertThat(t.isAlive()).as("bounded run").isFalse();
      }
      elapsedNanos = System.nanoTime() - start;
    }
    double elapsedSeconds = elapsedNanos / 1e9;
    int connections = server.accepted();
    int stillOpen = server.awaitNoOpenConnection(5_000);
    List<String> leaked = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && t.getName().startsWith("sasekit-")) {
        t.join(5_000);
        if (t.isAlive()) {
          leaked.add(t.getName());
        }
      }
    }
    String table = "| threads | calls | failures | elapsed | calls/s | token requests | bound (elapsed/lifetime + 1) | 401 refreshes | TCP connections | open after close | SDK threads after close |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|\n"
        + String.format("| %d | %d | %d | %.1f s | %.0f | %d | %.1f | %d | %d | %d | %d |%n", THREADS,
            (long) THREADS * CALLS, failures.get(), elapsedSeconds, ok.get() / elapsedSeconds,
            tokenRequests.get(), elapsedSeconds / LIFETIME_SECONDS + 1, refused.get(), connections,
            stillOpen, leaked.size());
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    Files.writeString(out.resolve("load.md"), table);
    System.out.println(table);

    assertThat(failures.get()).as("failures, first: %s", firstFailures).isZero();
    assertThat(ok.get()).isEqualTo((long) THREADS * CALLS);
    assertThat((double) tokenRequests.get()).isLessThanOrEqualTo(elapsedSeconds / LIFETIME_SECONDS + 1);
    assertThat(connections).as("connections are reused, not churned").isLessThanOrEqualTo(THREADS + 2);
    assertThat(stillOpen).as("connections open after close()").isZero();
    assertThat(leaked).as("SDK threads alive after close()").isEmpty();
  }
}
