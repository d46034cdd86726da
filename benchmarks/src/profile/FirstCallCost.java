import io.sasekit.benchmarks.contenders.Contender;
import io.sasekit.benchmarks.contenders.Kind;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import java.lang.management.ManagementFactory;

/**
 * The cold-start stages of {@code ColdStart}'s child, in this fresh JVM, measured by what the load
 * of the machine does not change much: the main thread's CPU milliseconds, its allocated bytes and
 * the classes loaded per stage, beside the stage's wall time and the CPU of all of the JVM's threads
 * (JIT compilers and GC included).
 *
 * <pre>
 *   java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *     benchmarks/src/profile/FirstCallCost.java SASEKIT URL
 * </pre>
 */
public final class FirstCallCost {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static long cpu;
  private static long alloc;
  private static long classes;
  private static long wall;
  private static long processCpu;
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public static void main(String[] args) {
    Kind kind = Kind.valueOf(args[0]);
    String url = args[1];
    String id = "00000000-0000-4000-8000-000000000007";
    mark();
    if (kind == Kind.SASEKIT) {
      ClientOptions options = ClientOptions.builder().baseUrl(url).tsgId("1234567890")
          .tokenProvider(TokenProvider.ofStatic("bench-token")).maxRetries(0).build();
      print(kind, "options");
      PrismaAccessOperations.registry();
      print(kind, "registry");
      PrismaAccessClient client = PrismaAccessClient.builder().options(options).build();
      print(kind, "client");
      client.addresses().get(id).name();
      print(kind, "firstCall");
      client.addresses().get(id).name();
      print(kind, "secondCall");
      client.close();
    } else {
      Contender c = kind.open(Kind.Setup.staticToken(url));
      print(kind, "client");
      c.name(c.get(id));
      print(kind, "firstCall");
      c.name(c.get(id));
      print(kind, "secondCall");
      c.close();
    }
    System.exit(0);
  }

  private static void mark() {
    cpu = THREADS.getCurrentThreadCpuTime();
    alloc = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    processCpu = OS.getProcessCpuTime();
    wall = System.nanoTime();
  }

  private static void print(Kind kind, String stage) {
    long c = THREADS.getCurrentThreadCpuTime();
    long a = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    long k = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    long pc = OS.getProcessCpuTime();
    long w = System.nanoTime();
    System.out.printf("%s %-10s wall %6.1f ms  cpu %6.1f ms (all threads %6.1f ms)  allocated %7.1f MB  classes %5d%n",
        kind, stage, (w - wall) / 1e6, (c - cpu) / 1e6, (pc - processCpu) / 1e6, (a - alloc) / 1e6, k - classes);
    mark();
  }
}
