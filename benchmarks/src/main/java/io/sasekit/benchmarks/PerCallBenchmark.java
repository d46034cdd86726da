package io.sasekit.benchmarks;

import io.sasekit.benchmarks.contenders.Contender;
import io.sasekit.benchmarks.contenders.Kind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-call cost of {@code addresses().get}, {@code list} (200 items) and {@code create} for each
 * contender, one client shared by the measuring threads (run with {@code -t 1/8/64} for the
 * throughput table, {@code -prof gc} for allocation per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  /** The contender measured in this fork. */
  @Param({"FLOOR", "SASEKIT", "OPENAPI_GENERATOR"})
  public String contender;

  private BenchServer.Handle server;
  private Contender client;

  /** Starts (or finds) the server and opens the contender. */
  @Setup(Level.Trial)
  public void open() {
    server = BenchServer.open(200);
    client = Kind.valueOf(contender).open(Kind.Setup.staticToken(server.baseUrl()));
  }

  /** Closes the contender and a server started here. */
  @TearDown(Level.Trial)
  public void close() {
    client.close();
    server.close();
  }

  /** One GET by id. */
  @Benchmark
  public Object get() {
    return client.get("00000000-0000-4000-8000-000000000007");
  }

  /** One list of 200 items. */
  @Benchmark
  public List<?> list200() {
    return client.list200();
  }

  /** One create. */
  @Benchmark
  public Object create() {
    return client.create();
  }

  /** The contender, for the correctness test. */
  Contender contender() {
    return client;
  }
}
