package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BulkIocImportTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(1));

  @TempDir
  Path dir;

  private static BulkIocImport example(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--poll-interval", "20ms"));
    return new BulkIocImport(BulkIocImport.Options.parse(all), false);
  }

  @Test
  void importsTheBundledSampleWithOnePush(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    BulkIocImport.Result r;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      r = example().run(client, out.stream);
    }

    assertThat(r.rows()).isEqualTo(300);
    assertThat(r.created()).isEqualTo(300);
    assertThat(r.failures()).isEmpty();
    List<JsonNode> addresses = sim.config().running("address", "Shared");
    assertThat(addresses).hasSize(300)
        .allSatisfy(a -> assertThat(Sims.texts(a.path("tag"))).containsExactly(BulkIocImport.DEFAULT_TAG));
    assertThat(addresses.stream().filter(a -> a.has("fqdn")).count()).isEqualTo(140);
    assertThat(addresses.stream().filter(a -> a.has("ip_range")).count()).isEqualTo(5);
    assertThat(Sims.named(sim.config().running("addressGroup", "Shared"), "blocklist-sasekit-ioc-bulk").orElseThrow()
        .path("dynamic").path("filter").asText()).isEqualTo("'sasekit-ioc-bulk'");
    assertThat(Sims.names(sim.config().running("securityRule", "Shared")))
        .containsExactly("block-src-blocklist-sasekit-ioc-bulk", "block-dst-blocklist-sasekit-ioc-bulk");

    assertThat(sim.jobs().list()).hasSize(1);
    assertThat(sim.requests().matching("POST", "/sse/config/v1/config-versions/candidate:push").stream()
        .filter(q -> q.status() < 300)).hasSize(1);
    assertThat(sim.jobs().last().orElseThrow().result()).isEqualTo("OK");
    assertThat(out.text())
        .contains("300 data rows", "[##############################]  300/300  100%", "created          300")
        .contains("failed           0");
  }

  @Test
  void aBadRowIsReportedAndTheRestGoOn(PrismaAccessSimulator simulator) throws IOException {
    simulator.config().preload("address", "Shared", "{\"name\":\"ioc-192.0.2.10\",\"ip_netmask\":\"192.0.2.10/32\"}");
    Path csv = dir.resolve("iocs.csv");
    Files.writeString(csv, String.join("\n",
        "indicator,type,description",
        "# a comment",
        "192.0.2.10,ip,already on the tenant",
        "192.0.2.11,ip,\"C2, seen twice\"",
        "192.0.2.11,ip,duplicate row",
        "999.1.2.3,ip,not an address",
        "trailing-dash.example-,fqdn,the service's pattern rejects it",
        "evil.example,ipv4,declared type does not match",
        "",
        "2001:db8::1,,type detected",
        "phish.example,fqdn,") + "\n");

    Capture out = new Capture();
    BulkIocImport.Result r;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      r = example(csv.toString(), "--tag", "feed-a").run(client, out.stream);
    }

    assertThat(r.rows()).isEqualTo(8);
    assertThat(r.created()).isEqualTo(3);
    assertThat(r.existing()).isEqualTo(1);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.failures()).extracting(BulkIocImport.RowFailure::line).containsExactly(6, 7, 8);
    assertThat(r.failures().get(0).reason()).contains("invalid IPv4 address");
    assertThat(r.failures().get(1).reason()).contains("fqdn");
    assertThat(r.failures().get(2).reason()).contains("declared ipv4 but it is FQDN");
    assertThat(Sims.names(sim.config().running("address", "Shared")))
        .containsExactlyInAnyOrder("ioc-192.0.2.10", "ioc-192.0.2.11", "ioc-2001_db8__1", "ioc-phish.example");
    assertThat(Sims.named(sim.config().running("address", "Shared"), "ioc-192.0.2.11").orElseThrow()
        .path("description").asText()).startsWith("C2, seen twice");
    assertThat(sim.jobs().list()).hasSize(1);
    assertThat(out.text())
        .contains("line 6 '999.1.2.3' failed", "3 created, 1 already present, 1 duplicate rows, 3 failed")
        .contains("Failed rows:", "line 7 'trailing-dash.example-'");
  }

  @Test
  void failedRowsMakeTheLauncherExit1AfterPushing(PrismaAccessSimulator simulator) throws IOException {
    Path csv = dir.resolve("one-bad.csv");
    Files.writeString(csv, "203.0.113.5\nnot-an-indicator\n");
    Capture out = new Capture();
    Capture err = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"bulk-ioc-import", csv.toString(), "--no-block"}, target, out.stream, err.stream);
    }
    assertThat(code).isEqualTo(1);
    assertThat(out.text()).contains("failed           1", "status FIN, result OK");
    assertThat(Sims.names(sim.config().running("address", "Shared"))).containsExactly("ioc-203.0.113.5");
    assertThat(sim.config().running("securityRule", "Shared")).isEmpty();
  }

  @Test
  void aMissingFileIsAUsageError() {
    Capture err = new Capture();
    int code = Main.run(new String[] {"bulk-ioc-import", dir.resolve("nope.csv").toString()}, Map.of(),
        new Capture().stream, err.stream);
    assertThat(code).isEqualTo(2);
    assertThat(err.text()).contains("cannot read", "nope.csv", "usage: bulk-ioc-import");
  }

  @Test
  void theProgressBarRedrawsInPlaceOnATerminal() {
    Capture out = new Capture();
    ProgressBar bar = new ProgressBar(out.stream, 4, true);
    bar.update(0);
    bar.step();
    bar.message("line 2 failed");
    bar.step();
    bar.finish();
    assertThat(out.text())
        .startsWith("\r      [------------------------------]  0/4    0%\r      [#######-----------------------]  1/4   25%")
        .contains("line 2 failed\n")
        .endsWith("[###############---------------]  2/4   50%\n");
  }
}
