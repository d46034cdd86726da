package io.sasekit.benchmarks;

import io.sasekit.benchmarks.contenders.Contender;
import io.sasekit.benchmarks.contenders.Kind;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks that need a JVM of their own (a small {@code -Xmx}) or a fresh token cache; each
 * prints one JSON line that benchmarks/run collects.
 *
 * <pre>
 * autopage KIND PAGE_SIZE     iterate every address the server reports (its total; 1,000,000 for a
 *                             server started here), PAGE_SIZE per request
 * hugepage KIND ITEMS         read one page of ITEMS addresses (the server's total and page cap must allow it)
 * coldtoken THREADS           THREADS sasekit calls on one client with an empty token cache
 * </pre>
 */
public final class ScaleRuns {
  private ScaleRuns() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws Exception {
    String json = switch (args[0]) {
      case "autopage" -> autoPage(Kind.valueOf(args[1]), Integer.parseInt(args[2]), 1_000_000);
      case "hugepage" -> hugePage(Kind.valueOf(args[1]), Integer.parseInt(args[2]));
      case "coldtoken" -> coldToken(Integer.parseInt(args[1])).json();
      default -> throw new IllegalArgumentException("unknown run " + args[0]);
    };
    System.out.println(json);
  }

  static String autoPage(Kind kind, int pageSize, int total) {
    try (BenchServer.Handle server = BenchServer.open(total);
        Contender c = kind.open(Kind.Setup.staticToken(server.baseUrl()));
        HeapWatch heap = new HeapWatch()) {
      AtomicLong names = new AtomicLong();
      long start = System.nanoTime();
      long seen = c.iterateAll(pageSize, a -> names.addAndGet(c.name(a).length()));
      double seconds = (System.nanoTime() - start) / 1e9;
      return String.format(Locale.ROOT,
          "{\"run\":\"autopage\",\"contender\":\"%s\",\"objects\":%d,\"seconds\":%.3f,\"objectsPerSecond\":%.0f,\"peakHeapMb\":%.1f,\"peakAfterGcMb\":%.1f,\"maxHeapMb\":%.0f}",
          kind, seen, seconds, seen / seconds, heap.peakMb(), heap.peakAfterGcMb(), Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  static String hugePage(Kind kind, int items) {
    try (BenchServer.Handle server = BenchServer.open(items, 0);
        Contender c = kind.open(Kind.Setup.staticToken(server.baseUrl()));
        HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      String outcome;
      long seen = 0;
      try {
        seen = c.readOnePage(items, a -> {});
        outcome = seen == items ? "ok" : "short:" + seen;
      } catch (OutOfMemoryError e) {
        outcome = "OutOfMemoryError";
      } catch (RuntimeException e) {
        outcome = e.getClass().getSimpleName() + (e.getCause() instanceof OutOfMemoryError ? "(OutOfMemoryError)" : "");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return String.format(Locale.ROOT,
          "{\"run\":\"hugepage\",\"contender\":\"%s\",\"outcome\":\"%s\",\"objects\":%d,\"seconds\":%.3f,\"peakHeapMb\":%.1f,\"peakAfterGcMb\":%.1f,\"maxHeapMb\":%.0f}",
          kind, outcome, seen, seconds, heap.peakMb(), heap.peakAfterGcMb(), Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  /** The outcome of {@link #coldToken}. */
  record ColdToken(int threads, int tokenRequests, int calls, double millis) {
    String json() {
      return String.format(Locale.ROOT, "{\"run\":\"coldtoken\",\"threads\":%d,\"tokenRequests\":%d,\"calls\":%d,\"millis\":%.1f}",
          threads, tokenRequests, calls, millis);
    }
  }

  /** {@code threads} threads start together on one client whose token cache is empty. */
  static ColdToken coldToken(int threads) throws Exception {
    try (CannedServer server = CannedServer.start(Math.max(4, threads));
        PrismaAccessClient client = PrismaAccessClient.builder().baseUrl(server.baseUrl())
            .options(o -> o.tsgId("1234567890").clientId("bench@1234567890.iam.panserviceaccount.com")
                .clientSecret("bench-secret").tokenUrl(server.baseUrl() + CannedServer.TOKEN_PATH).maxRetries(0))
            .build()) {
      CyclicBarrier barrier = new CyclicBarrier(threads);
      AtomicLong ok = new AtomicLong();
      List<Thread> all = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      long start = System.nanoTime();
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(() -> {
          try {
            barrier.await();
            Address a = client.addresses().get("00000000-0000-4000-8000-000000000007");
            if (a.name() != null) {
              ok.incrementAndGet();
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        });
        t.start();
        all.add(t);
      }
      for (Thread t : all) {
        t.join();
      }
      double millis = (System.nanoTime() - start) / 1e6;
      if (!failures.isEmpty()) {
        throw new IllegalStateException(failures.size() + " calls failed", failures.get(0));
      }
      return new ColdToken(threads, server.tokenRequests(), (int) ok.get(), millis);
    }
  }

  /** Samples the used heap every few milliseconds on a daemon thread; {@link #peakMb()} is the largest sample. */
  static final class HeapWatch implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;

    HeapWatch() {
      System.gc();
      sampler = new Thread(() -> {
        while (running) {
          sample();
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      sampler.setDaemon(true);
      sampler.start();
    }

    private void sample() {
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used > peak) {
        peak = used;
      }
      long afterGc = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
          afterGc += pool.getCollectionUsage().getUsed();
        }
      }
      if (afterGc > peakAfterGc) {
        peakAfterGc = afterGc;
      }
    }

    /** The largest heap left in use right after a collection (the live set, roughly). */
    double peakAfterGcMb() {
      sample();
      return peakAfterGc / 1048576.0;
    }

    double peakMb() {
      sample();
      return peak / 1048576.0;
    }

    @Override
    public void close() {
      running = false;
      sampler.interrupt();
    }
  }
}
