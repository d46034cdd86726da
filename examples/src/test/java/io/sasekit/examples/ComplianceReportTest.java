package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.RecordedRequest;
import io.sasekit.testkit.SimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ComplianceReportTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create();

  @TempDir
  Path dir;

  @Test
  void auditsEveryPageAndWritesMarkdownAndCsv(PrismaAccessSimulator simulator) throws IOException {
    int seeded = DemoData.seedIfEmpty(simulator);
    assertThat(seeded).isEqualTo(218);
    Capture out = new Capture();
    ComplianceReport.Result r;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      r = new ComplianceReport(ComplianceReport.Options.parse(List.of("--out", dir.toString(), "--name", "audit")))
          .run(client, out.stream);
    }

    assertThat(r.folders()).contains("Shared", "Mobile Users", "Remote Networks");
    assertThat(r.rules()).hasSize(214);
    assertThat(r.categories()).hasSize(4);
    assertThat(r.counts()).containsEntry(ComplianceReport.Finding.ALLOW_ANY, 2)
        .containsEntry(ComplianceReport.Finding.NO_PROFILE, 2)
        .containsEntry(ComplianceReport.Finding.DISABLED, 1)
        .containsEntry(ComplianceReport.Finding.EMPTY_URL_LIST, 1)
        .containsEntry(ComplianceReport.Finding.NO_DESCRIPTION, 7);

    // auto-pagination: the 210 rules of Mobile Users took a second page
    List<RecordedRequest> pages = sim.requests().matching("GET", "/sse/config/v1/security-rules").stream()
        .filter(q -> q.status() == 200 && q.queryParam("folder").orElse("").equals("Mobile Users")
            && q.queryParam("position").orElse("").equals("pre"))
        .toList();
    assertThat(pages).extracting(q -> q.queryParam("offset").orElse("0")).containsExactly("0", "200");
    assertThat(out.text()).contains("Mobile Users (pre)", "210 rules (2 pages)");

    String md = Files.readString(dir.resolve("audit.md"));
    assertThat(md).contains("# Prisma Access compliance report", "| ALLOW_ANY | high | 2 |")
        .contains("| legacy-allow-all | Shared | pre | allow | ALLOW_ANY (high), NO_PROFILE (medium), NO_DESCRIPTION (low) |")
        .contains("| branch-any-any | Remote Networks | post | allow | ALLOW_ANY (high), NO_PROFILE (medium) |")
        .contains("| temp-vendor-access | Shared | pre | allow | DISABLED (low) |")
        .contains("| tbd-list | Shared | 0 | EMPTY_URL_LIST (low), NO_DESCRIPTION (low) |")
        .doesNotContain("| allow-web-browsing | Shared | pre | allow | ");
    List<String> csv = Files.readAllLines(dir.resolve("audit.csv"));
    assertThat(csv).hasSize(1 + 214 + 4);
    assertThat(csv.get(0)).startsWith("object_type,folder,rulebase,name,action,disabled");
    assertThat(csv).contains(
        "security-rule,Shared,pre,temp-vendor-access,allow,true,vendor-net,any,any,ssh,application-default,,"
            + "\"Vendor maintenance window, INC-1042\",DISABLED",
        "url-category,Shared,,tbd-list,,,,,,,,0,,EMPTY_URL_LIST NO_DESCRIPTION");
  }

  @Test
  void explicitFoldersAndAnEmptyTenant(PrismaAccessSimulator simulator) throws IOException {
    Capture out = new Capture();
    ComplianceReport.Result r;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      r = new ComplianceReport(ComplianceReport.Options.parse(List.of("--folders", "Shared,Mobile Users",
          "--out", dir.toString()))).run(client, out.stream);
    }
    assertThat(r.folders()).containsExactly("Shared", "Mobile Users");
    assertThat(r.rules()).isEmpty();
    assertThat(Files.readString(r.markdown())).contains("## Flagged security rules\n\nNone.");
    assertThat(Files.readAllLines(r.csv())).hasSize(1);
  }

  @Test
  void theOfflineRunSeedsDemoDataOnlyIntoAnEmptySimulator(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"compliance-report", "--out", dir.toString()}, target, out.stream,
          new Capture().stream);
    }
    assertThat(code).isZero();
    assertThat(out.text()).contains("Offline demo: the simulator was seeded with 218", "security rules  214 (7 flagged)");
    assertThat(DemoData.seedIfEmpty(simulator)).isZero();
  }

  @Test
  void folderDiscoveryFallsBackToTheSystemFolders(PrismaAccessSimulator simulator) {
    simulator.addFolder("Branch-Offices");
    Capture out = new Capture();
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      assertThat(new ComplianceReport(ComplianceReport.Options.parse(List.of("--out", dir.toString())))
          .run(client, out.stream).folders()).contains("Branch-Offices");
      simulator.denyFolderListing();
      assertThat(new ComplianceReport(ComplianceReport.Options.parse(List.of("--out", dir.toString())))
          .run(client, new Capture().stream).folders()).hasSize(6).doesNotContain("Branch-Offices");
    }
  }
}
