import io.sasekit.benchmarks.contenders.Contender;
import io.sasekit.benchmarks.contenders.Kind;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Per-call cost of one call kind for several contenders in ONE JVM, in alternating blocks, so that
 * every contender meets the same machine load. Prints, per contender, the median over the blocks of:
 * wall microseconds per call, process CPU microseconds per call (every thread of this JVM),
 * bytes allocated by the calling thread per call (the blocking calls run on it) and
 * context switches per call (voluntary + involuntary, summed over this JVM's threads; a thread hop
 * or a park shows here whatever the load).
 *
 * <pre>
 *   java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     benchmarks/src/profile/CallCost.java URL get FLOOR,SASEKIT 20 2000
 * </pre>
 * (server URL from {@code CannedServer 200 5000 32} in a JVM of its own; call: get, list200 or
 * create; blocks per contender; calls per block.) Besides the {@link Kind} names, {@code
 * SASEKIT_NO_VALIDATION} is the sasekit client with request validation off.
 */
public final class CallCost {
  private static final String NO_VALIDATION = "SASEKIT_NO_VALIDATION";

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String call = args[1];
    String[] names = args[2].split(",");
    int blocks = Integer.parseInt(args[3]);
    int perBlock = Integer.parseInt(args[4]);
    Function<Contender, Object> op = switch (call) {
      case "get" -> c -> c.get("00000000-0000-4000-8000-000000000007");
      case "list200" -> Contender::list200;
      case "create" -> Contender::create;
      default -> throw new IllegalArgumentException("call: get, list200 or create");
    };
    List<Contender> contenders = new ArrayList<>();
    for (String n : names) {
      Kind.Setup setup = Kind.Setup.staticToken(url);
      contenders.add(n.equals(NO_VALIDATION) ? Kind.sasekitWithoutValidation(setup) : Kind.valueOf(n).open(setup));
    }
    for (Contender c : contenders) { // warm-up
      for (int i = 0; i < 20_000; i++) {
        op.apply(c);
      }
    }
    double[][][] samples = new double[names.length][4][blocks];
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long me = Thread.currentThread().getId();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int b = 0; b < blocks; b++) {
      for (int j = 0; j < names.length; j++) {
        int k = b % 2 == 0 ? j : names.length - 1 - j; // the order flips every block
        Contender c = contenders.get(k);
        long alloc0 = threads.getThreadAllocatedBytes(me);
        long cpu0 = os.getProcessCpuTime();
        long sw0 = switches();
        long t0 = System.nanoTime();
        for (int i = 0; i < perBlock; i++) {
          op.apply(c);
        }
        long t1 = System.nanoTime();
        long sw1 = switches();
        long cpu1 = os.getProcessCpuTime();
        long alloc1 = threads.getThreadAllocatedBytes(me);
        samples[k][0][b] = (t1 - t0) / 1e3 / perBlock;
        samples[k][1][b] = (cpu1 - cpu0) / 1e3 / perBlock;
        samples[k][2][b] = (double) (sw1 - sw0) / perBlock;
        samples[k][3][b] = (double) (alloc1 - alloc0) / perBlock;
      }
    }
    for (int k = 0; k < names.length; k++) {
      System.out.printf("%-18s %s: wall %.1f us/call, cpu %.1f us/call, context switches %.2f/call, calling thread allocated %.0f bytes/call (medians of %d blocks of %d)%n",
          names[k], call, median(samples[k][0]), median(samples[k][1]), median(samples[k][2]), median(samples[k][3]), blocks, perBlock);
    }
    contenders.forEach(Contender::close);
    System.exit(0);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s[s.length / 2];
  }

  /** Voluntary + involuntary context switches of every live thread of this JVM. */
  private static long switches() throws Exception {
    long sum = 0;
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        try {
          for (String line : Files.readAllLines(t.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches") || line.startsWith("nonvoluntary_ctxt_switches")) {
              sum += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
            }
          }
        } catch (java.io.IOException gone) {
          // the thread ended meanwhile
        }
      }
    }
    return sum;
  }
}
