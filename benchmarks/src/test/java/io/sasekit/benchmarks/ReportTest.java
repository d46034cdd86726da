package io.sasekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report keeps the hand-written prose and reads what the run wrote. */
class ReportTest {

  @Test
  void spliceReplacesOnlyTheGeneratedPart() {
    String doc = "# Title\nprose\n" + Report.BEGIN + "\nold table\n" + Report.END + "\nafter\n";
    String out = Report.splice(doc, "new table\n");
    assertThat(out).isEqualTo("# Title\nprose\n" + Report.BEGIN + "\nnew table\n" + Report.END + "\nafter\n");
    assertThatThrownBy(() -> Report.splice("no markers", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Report.BEGIN);
  }

  @Test
  void rendersRatiosFromJmhAndRunResults(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("percall.json"), "[" + jmh("get", "FLOOR", 100, 10_000) + "," + jmh("get", "SASEKIT", 105, 12_500)
        + "," + jmh("get", "OPENAPI_GENERATOR", 210, 50_000) + "]");
    Files.writeString(dir.resolve("autopage.json"),
        "{\"run\":\"autopage\",\"contender\":\"FLOOR\",\"objects\":1000000,\"objectsPerSecond\":200000,\"peakHeapMb\":40,\"peakAfterGcMb\":5}\n"
            + "{\"run\":\"autopage\",\"contender\":\"SASEKIT\",\"objects\":1000000,\"objectsPerSecond\":160000,\"peakHeapMb\":50,\"peakAfterGcMb\":6}\n");
    Files.writeString(dir.resolve("coldtoken.json"), "{\"run\":\"coldtoken\",\"threads\":64,\"tokenRequests\":1,\"calls\":64,\"millis\":80}\n");
    Report r = new Report(dir);
    String md = r.render("benchmarks/run");
    assertThat(md).contains("| `get` | 100 ± 1 | 105 ± 1 | 210 ± 1 | 1.05 | 0.50 | 9.8 KB | 12.2 KB | 48.8 KB | 1.25 | 0.25 |");
    assertThat(md).contains("| sasekit | 1000000 | 160,000 | 1.00 |");
    assertThat(md).contains("| floor (OkHttp + Jackson) | 1000000 | 200,000 | 0.80 |");
    assertThat(md).contains("1 token request(s) for 64 calls");
    assertThat(r.chart()).startsWith("<svg").contains(">105.0<").endsWith("</svg>\n");
  }

  private static String jmh(String call, String contender, double score, double alloc) {
    return "{\"benchmark\":\"io.sasekit.benchmarks.PerCallBenchmark." + call + "\",\"params\":{\"contender\":\"" + contender
        + "\"},\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1,\"scoreUnit\":\"us/op\"},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + alloc + "}}}";
  }
}
