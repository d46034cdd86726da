package io.sasekit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.benchmarks.contenders.Contender;
import io.sasekit.benchmarks.contenders.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each benchmark method once per contender against an in-process server: the benchmarks measure
 * work that really happened (right answers, right request count), never a timing.
 */
class BenchmarksWorkTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void perCallMethodsReturnTheServersAnswers(Kind kind) {
    PerCallBenchmark bench = new PerCallBenchmark();
    bench.contender = kind.name();
    bench.open();
    try {
      Contender c = bench.contender();
      assertThat(c.name(bench.get())).isEqualTo(CannedBodies.name(7));
      List<?> items = bench.list200();
      assertThat(items).hasSize(200);
      assertThat(c.name(items.get(0))).isEqualTo(CannedBodies.name(0));
      assertThat(c.name(items.get(199))).isEqualTo(CannedBodies.name(199));
      Object created = bench.create();
      if (kind == Kind.OPENAPI_GENERATOR) {
        // the spec declares no body for 201, so the generated client hands back the status only
        assertThat(created).extracting("statusCode").isEqualTo(201);
      } else {
        assertThat(c.name(created)).isEqualTo(CannedBodies.name(4242));
      }
    } finally {
      bench.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void iterateAllSeesEveryItemOnceInOrder(Kind kind) {
    int total = 12_345;
    try (CannedServer server = CannedServer.start(4).listTotal(total);
        Contender c = kind.open(Kind.Setup.staticToken(server.baseUrl()))) {
      List<String> names = new ArrayList<>();
      long seen = c.iterateAll(5000, a -> names.add(c.name(a)));
      assertThat(seen).isEqualTo(total);
      assertThat(names).hasSize(total);
      assertThat(names.get(0)).isEqualTo(CannedBodies.name(0));
      assertThat(names.get(total - 1)).isEqualTo(CannedBodies.name(total - 1));
      assertThat(names).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readOnePageAsksOnceForEverything(Kind kind) {
    try (CannedServer server = CannedServer.start(4).listTotal(20_000).pageCap(0);
        Contender c = kind.open(Kind.Setup.staticToken(server.baseUrl()))) {
      List<String> names = new ArrayList<>();
      assertThat(c.readOnePage(20_000, a -> names.add(c.name(a)))).isEqualTo(20_000);
      assertThat(names.get(19_999)).isEqualTo(CannedBodies.name(19_999));
      assertThat(server.listRequests()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void scaleRunsReportWhatTheyIterated(Kind kind) {
    assertThat(ScaleRuns.autoPage(kind, 5000, 10_001))
        .contains("\"contender\":\"" + kind + "\"")
        .contains("\"objects\":10001,");
    assertThat(ScaleRuns.hugePage(kind, 20_000))
        .contains("\"outcome\":\"ok\"")
        .contains("\"objects\":20000,");
  }

  @Test
  void sixtyFourColdThreadsShareOneTokenRequest() throws Exception {
    ScaleRuns.ColdToken cold = ScaleRuns.coldToken(64);
    assertThat(cold.calls()).isEqualTo(64);
    assertThat(cold.tokenRequests()).isEqualTo(1);
  }

  @Test
  void tokenBenchmarkUsesTheCachedToken() {
    TokenBenchmark bench = new TokenBenchmark();
    bench.open();
    try {
      assertThat(bench.cachedToken().value()).isEqualTo("bench-token");
      assertThat(bench.getClientCredentialsCached().name()).isEqualTo(CannedBodies.name(7));
      assertThat(bench.getStaticToken().name()).isEqualTo(CannedBodies.name(7));
      // one: the client finds the token the first provider fetched (the cache is per token URL + client id)
      assertThat(bench.tokenRequests()).isEqualTo(1);
    } finally {
      bench.close();
    }
  }

  @Test
  void queryIntReadsWholeAndDecimalNumbers() {
    assertThat(CannedServer.queryInt("folder=Shared&limit=200&offset=400", "offset", 0)).isEqualTo(400);
    assertThat(CannedServer.queryInt("limit=200.0", "limit", 0)).isEqualTo(200);
    assertThat(CannedServer.queryInt(null, "limit", 7)).isEqualTo(7);
  }
}
