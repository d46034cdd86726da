package io.sasekit.benchmarks;

import io.sasekit.benchmarks.contenders.Contender;
import io.sasekit.benchmarks.contenders.Kind;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start: a fresh JVM per sample, from process launch to the first completed GET, split into
 * stages. {@code ColdStart REPS} launches {@code REPS} children per contender (same classpath) and
 * prints one JSON line per contender with the median of each stage in milliseconds.
 *
 * <p>Stages: {@code jvm} (launch to main), then for sasekit {@code options} (ClientOptions built),
 * {@code registry} (the operation registry loaded), {@code client} (client and executor built),
 * for the others {@code client}; then {@code firstCall}. {@code total} is measured by the parent
 * from launch to the child's exit.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("child")) {
      child(Kind.valueOf(args[1]), args[2]);
      return;
    }
    int reps = Integer.parseInt(args[0]);
    try (BenchServer.Handle server = BenchServer.open(200)) {
      Map<Kind, List<Map<String, Double>>> samples = new LinkedHashMap<>();
      for (int r = 0; r < reps; r++) {
        for (Kind kind : Kind.values()) { // alternate contenders so load drifts hit all alike
          samples.computeIfAbsent(kind, k -> new ArrayList<>()).add(launch(kind, server.baseUrl()));
        }
      }
      samples.forEach((kind, runs) -> System.out.println(json(kind, runs)));
    }
  }

  private static Map<String, Double> launch(Kind kind, String baseUrl) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), "child", kind.name(), baseUrl).redirectErrorStream(true);
    long start = System.nanoTime();
    Process p = pb.start();
    Map<String, Double> stages = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        all.append(line).append('\n');
        if (line.startsWith("stage ")) {
          String[] parts = line.split(" ");
          stages.put(parts[1], Double.parseDouble(parts[2]));
        }
      }
    }
    int exit = p.waitFor();
    double total = (System.nanoTime() - start) / 1e6;
    if (exit != 0 || !stages.containsKey("firstCall")) {
      throw new IllegalStateException("cold start child " + kind + " failed:\n" + all);
    }
    stages.put("total", total);
    return stages;
  }

  private static String json(Kind kind, List<Map<String, Double>> runs) {
    StringBuilder sb = new StringBuilder("{\"run\":\"coldstart\",\"contender\":\"" + kind + "\",\"samples\":" + runs.size());
    for (String stage : runs.get(0).keySet()) {
      double[] values = runs.stream().mapToDouble(m -> m.getOrDefault(stage, 0.0)).sorted().toArray();
      sb.append(String.format(Locale.ROOT, ",\"%s\":%.1f", stage, values[values.length / 2]));
    }
    return sb.append('}').toString();
  }

  /** Milliseconds since the JVM started. */
  private static double now() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private static void child(Kind kind, String baseUrl) {
    double mark = now();
    System.out.println("stage jvm " + mark);
    Object first;
    if (kind == Kind.SASEKIT) {
      double t = now();
      ClientOptions options = ClientOptions.builder().baseUrl(baseUrl).tsgId("1234567890")
          .tokenProvider(TokenProvider.ofStatic("bench-token")).maxRetries(0).build();
      System.out.println("stage options " + (now() - t));
      t = now();
      PrismaAccessOperations.registry();
      System.out.println("stage registry " + (now() - t));
      t = now();
      PrismaAccessClient client = PrismaAccessClient.builder().options(options).build();
      System.out.println("stage client " + (now() - t));
      t = now();
      first = client.addresses().get("00000000-0000-4000-8000-000000000007").name();
      System.out.println("stage firstCall " + (now() - t));
      client.close();
    } else {
      double t = now();
      Contender c = kind.open(Kind.Setup.staticToken(baseUrl));
      System.out.println("stage client " + (now() - t));
      t = now();
      first = c.name(c.get("00000000-0000-4000-8000-000000000007"));
      System.out.println("stage firstCall " + (now() - t));
      c.close();
    }
    if (first == null) {
      throw new IllegalStateException("no name in the first answer");
    }
    System.exit(0);
  }
}
