package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.BadRequestException;
import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.testkit.PrismaAccessSimulator;
import io.sasekit.testkit.SimulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples as a CI gate and a spreadsheet user rely on them: exit codes that report incomplete work,
 * CSV cells that cannot run as formulas, input checks, hints that apply and name the configured hosts,
 * and no write before a step that is bound to fail.
 */
class ExampleFixesTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create();

  @TempDir
  Path dir;

  // ---------------------------------------------------------------- exit codes

  @Test
  void aComplianceReportWithASkippedListingExits1(PrismaAccessSimulator simulator) {
    Capture out = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"compliance-report", "--folders", "Shared,Shraed", "--out", dir.toString()},
          target, out.stream, new Capture().stream);
    }
    assertThat(code).isEqualTo(Main.FAILED);
    assertThat(out.text()).contains("Shraed", "INCOMPLETE");
  }

  @Test
  void aCompleteComplianceReportStillExits0(PrismaAccessSimulator simulator) {
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"compliance-report", "--folders", "Shared", "--out", dir.toString()},
          target, new Capture().stream, new Capture().stream);
    }
    assertThat(code).isZero();
  }

  // ---------------------------------------------------------------- CSV

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
    for (String formula : List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1:A2)",
        "\tx", "\rx")) {
      assertThat(SafeCsv.neutralise(formula)).as(formula).isEqualTo("'" + formula);
    }
    assertThat(SafeCsv.neutralise("allow")).isEqualTo("allow");
    assertThat(SafeCsv.neutralise("")).isEqualTo("");
    assertThat(SafeCsv.neutralise("a=b")).isEqualTo("a=b");
  }

  @Test
  void theComplianceCsvIsWrittenByTheCsvLibraryWithFormulasNeutralised(PrismaAccessSimulator simulator)
      throws IOException {
    simulator.config().preload("securityRule", "Shared", "pre", "{\"name\":\"r-formula\",\"action\":\"allow\","
        + "\"from\":[\"any\"],\"to\":[\"any\"],\"source\":[\"any\"],\"destination\":[\"any\"],"
        + "\"source_user\":[\"any\"],\"application\":[\"any\"],\"service\":[\"any\"],\"category\":[\"any\"],"
        + "\"description\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\"}");
    simulator.config().preload("urlCategory", "Shared", "{\"name\":\"c-formula\",\"type\":\"URL List\","
        + "\"list\":[\"a.example\"],\"description\":\"@SUM(1+1)\\nsecond line, \\\"quoted\\\"\"}");
    ComplianceReport.Result r;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      r = new ComplianceReport(ComplianceReport.Options.parse(List.of("--folders", "Shared", "--out", dir.toString())))
          .run(client, new Capture().stream);
    }
    String csv = Files.readString(r.csv());
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
        .contains("\"'@SUM(1+1)\nsecond line, \"\"quoted\"\"\"")
        .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK", ",@SUM", ",\"@SUM");
  }

  // ---------------------------------------------------------------- input checks

  @Test
  void aReversedAddressRangeIsRejected() {
    assertThatThrownBy(() -> Indicator.parse("192.0.2.9-192.0.2.1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
    assertThat(Indicator.parse("192.0.2.1-192.0.2.9").value()).isEqualTo("192.0.2.1-192.0.2.9");
    assertThat(Indicator.parse("192.0.2.1-192.0.2.1").kind()).isEqualTo(Indicator.Kind.RANGE);
  }

  @Test
  void aPrivateOrReservedAddressIsNotAcceptedAsTheBranchsPublicIp() {
    for (String ip : List.of("10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1", "127.0.0.1", "169.254.1.1",
        "100.64.0.1", "0.1.2.3", "224.0.0.5", "240.0.0.1", "255.255.255.255")) {
      assertThatThrownBy(() -> RemoteNetworkProvisioning.Options.parse(List.of("branch-a", ip, "10.20.0.0/16"), Map.of()))
          .as(ip).isInstanceOf(UsageException.class).hasMessageContaining("<branch-public-ip>").hasMessageContaining(ip);
    }
    assertThat(RemoteNetworkProvisioning.Options.parse(List.of("branch-a", "198.51.100.10", "10.20.0.0/16"), Map.of())
        .peerIp()).isEqualTo("198.51.100.10");
    assertThat(RemoteNetworkProvisioning.Options.parse(List.of("branch-a", "172.32.0.1", "10.20.0.0/16"), Map.of())
        .peerIp()).isEqualTo("172.32.0.1");
  }

  // ---------------------------------------------------------------- hints

  private static RuntimeException thrown(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected the call to fail");
  }

  @Test
  void theNameLengthHintOnlyForANameError(PrismaAccessSimulator simulator) {
    ErrorReport.Hosts hosts = ErrorReport.Hosts.fromEnv(Map.of());
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      RuntimeException longName = thrown(() -> client.addresses().create(Folder.SHARED,
          Address.builder().name("x".repeat(64)).ipNetmask("203.0.113.1/32").build()));
      RuntimeException twoMembers = thrown(() -> client.addresses().create(Folder.SHARED,
          Address.builder().name("ok").ipNetmask("203.0.113.1/32").fqdn("evil.example").build()));
      simulator.faults().on("POST", "/sse/config/v1/addresses").nextCalls(1).status(400).body(
          "{\"_errors\":[{\"code\":\"E003\",\"message\":\"Invalid Object\",\"details\":"
              + "{\"errors\":[{\"msg\":\"'ip_netmask' is not a valid address\"}]}}],\"_request_id\":\"r-1\"}");
      RuntimeException serverSide = thrown(() -> client.addresses().create(Folder.SHARED,
          Address.builder().name("ok").ipNetmask("203.0.113.1/32").build()));

      assertThat(ErrorReport.hint(longName, hosts)).hasValueSatisfying(h -> assertThat(h).contains("63 characters"));
      assertThat(ErrorReport.hint(twoMembers, hosts)).hasValueSatisfying(h -> assertThat(h).doesNotContain("63"));
      assertThat(serverSide).isInstanceOf(BadRequestException.class);
      assertThat(ErrorReport.hint(serverSide, hosts)).hasValueSatisfying(h -> assertThat(h).doesNotContain("63"));
    }
  }

  @Test
  void theNetworkHintNamesTheConfiguredTokenHost() {
    Capture err = new Capture();
    // nothing listens on loopback port 9: the token request fails to connect
    int code = Main.run(new String[] {"ioc-blocking", "203.0.113.42", "--no-push"}, Map.of(
        "PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "not-a-real-secret", "PANW_TSG_ID", "1234567890",
        "PANW_TOKEN_BASE_URL", "http://127.0.0.1:9", "PANW_BASE_URL", "http://127.0.0.1:9"),
        new Capture().stream, err.stream);
    assertThat(code).isEqualTo(Main.FAILED);
    assertThat(err.text()).contains("hint: ").contains("127.0.0.1:9").doesNotContain("auth.apps.paloaltonetworks.com")
        .doesNotContain("not-a-real-secret");
  }

  @Test
  void withoutOverridesTheHintsNameTheDefaultHosts() {
    ErrorReport.Hosts hosts = ErrorReport.Hosts.fromEnv(Map.of());
    assertThat(hosts.tokenUrl()).contains("auth.apps.paloaltonetworks.com");
    assertThat(hosts.apiBaseUrl()).startsWith("https://");
    ErrorReport.Hosts overridden = ErrorReport.Hosts.fromEnv(Map.of("PANW_TOKEN_BASE_URL", "https://idp.corp.example",
        "PANW_BASE_URL", "https://sase-proxy.corp.example"));
    assertThat(overridden.tokenUrl()).contains("idp.corp.example");
    assertThat(overridden.apiBaseUrl()).isEqualTo("https://sase-proxy.corp.example");
  }

  // ---------------------------------------------------------------- no half-done work

  @Test
  void aWrongAuthCodeFailsBeforeTheAiProfileIsCreated(PrismaAccessSimulator simulator) {
    Capture err = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"airs-api-key", "app-x", "--auth-code", "AIRS-AUTH-TYPO-9999"}, target,
          new Capture().stream, err.stream);
    }
    assertThat(code).isEqualTo(Main.FAILED);
    assertThat(err.text()).contains("auth code").contains("deployment profile");
    assertThat(sim.airs().profiles()).isEmpty();
    assertThat(sim.airs().apiKeys()).isEmpty();
  }

  @Test
  void aTakenKeyNameFailsBeforeTheAiProfileIsCreated(PrismaAccessSimulator simulator) {
    try (Target target = Target.simulator(simulator)) {
      assertThat(Main.run(new String[] {"airs-api-key", "app-a", "--profile-name", "first"}, target,
          new Capture().stream, new Capture().stream)).isZero();
      assertThat(Main.run(new String[] {"airs-api-key", "app-a", "--profile-name", "second"}, target,
          new Capture().stream, new Capture().stream)).isEqualTo(Main.FAILED);
    }
    assertThat(sim.airs().profiles()).extracting(p -> p.path("profile_name").asText()).containsExactly("first");
  }
}
