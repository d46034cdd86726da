package io.sasekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.prismaaccess.PrismaAccessClient;
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

class RemoteNetworkProvisioningTest {
  @RegisterExtension
  static SimulatorExtension sim = SimulatorExtension.create(b -> b.jobPace(1));

  @TempDir
  Path dir;

  private RemoteNetworkProvisioning example(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("branch-berlin", "198.51.100.10", "10.20.0.0/16,10.21.0.0/24",
        "--out", dir.toString(), "--poll-interval", "20ms"));
    args.addAll(List.of(extra));
    return new RemoteNetworkProvisioning(RemoteNetworkProvisioning.Options.parse(args, Map.of("BRANCH_PSK", "s3cret-Psk-value")));
  }

  /**
   * The five objects of site {@code branch-berlin} (peer 198.51.100.10, subnets 10.20.0.0/16 and
   * 10.21.0.0/24) in the running configuration of {@code Remote Networks}, linked by name, whichever
   * API made them; returns the remote network.
   */
  static JsonNode assertBranchBerlinStored(SimulatorExtension sim, String region) {
    String folder = RemoteNetworkProvisioning.FOLDER;
    assertThat(Sims.names(sim.config().running("ikeCryptoProfile", folder))).containsExactly("branch-berlin-ike");
    assertThat(Sims.names(sim.config().running("ipsecCryptoProfile", folder))).containsExactly("branch-berlin-ipsec");
    JsonNode gateway = Sims.named(sim.config().running("ikeGateway", folder), "branch-berlin-gw").orElseThrow();
    assertThat(gateway.path("peer_address").path("ip").asText()).isEqualTo("198.51.100.10");
    assertThat(gateway.path("protocol").path("version").asText()).isEqualTo("ikev2");
    assertThat(gateway.path("protocol").path("ikev2").path("ike_crypto_profile").asText()).isEqualTo("branch-berlin-ike");
    JsonNode tunnel = Sims.named(sim.config().running("ipsecTunnel", folder), "branch-berlin-tunnel").orElseThrow();
    assertThat(tunnel.path("auto_key").path("ike_gateway").get(0).path("name").asText()).isEqualTo("branch-berlin-gw");
    assertThat(tunnel.path("auto_key").path("ipsec_crypto_profile").asText()).isEqualTo("branch-berlin-ipsec");
    JsonNode network = Sims.named(sim.config().running("remoteNetwork", folder), "branch-berlin").orElseThrow();
    assertThat(network.path("ipsec_tunnel").asText()).isEqualTo("branch-berlin-tunnel");
    assertThat(network.path("region").asText()).isEqualTo(region);
    assertThat(network.path("license_type").asText()).isEqualTo(RemoteNetworkProvisioning.LICENSE_TYPE);
    assertThat(Sims.texts(network.path("subnets"))).containsExactly("10.20.0.0/16", "10.21.0.0/24");
    return network;
  }

  @Test
  void provisionsTheFiveObjectsPushesAndWritesTheRecord(PrismaAccessSimulator simulator) throws IOException {
    Capture out = new Capture();
    RemoteNetworkProvisioning.Result r;
    try (PrismaAccessClient client = Sims.prismaAccess(simulator)) {
      r = example("--psk-env", "BRANCH_PSK", "--region", "europe-west3").run(client, out.stream);
    }

    JsonNode network = assertBranchBerlinStored(sim, "europe-west3");
    JsonNode gateway = Sims.named(sim.config().running("ikeGateway", RemoteNetworkProvisioning.FOLDER), "branch-berlin-gw")
        .orElseThrow();
    assertThat(sim.jobs().last().orElseThrow().folders()).containsExactly("Remote Networks");

    assertThat(r.record()).isEqualTo(dir.resolve("branch-berlin-provisioning.md"));
    String record = Files.readString(r.record());
    assertThat(record)
        .contains("# Provisioning record: remote network branch-berlin")
        .contains("| remote network | branch-berlin | " + network.path("id").asText() + " |")
        .contains("| IKE gateway | branch-berlin-gw | " + gateway.path("id").asText() + " |")
        .contains("status FIN, result OK", "198.51.100.10", "10.20.0.0/16, 10.21.0.0/24")
        .contains(RemoteNetworkProvisioning.fingerprint("s3cret-Psk-value"))
        .doesNotContain("s3cret-Psk-value");
    assertThat(out.text()).doesNotContain("s3cret-Psk-value").contains("[9/9] Writing the provisioning record");
  }

  @Test
  void anExistingSiteStopsBeforeAnyChange(PrismaAccessSimulator simulator) {
    simulator.config().preload("remoteNetwork", "Remote Networks",
        "{\"name\":\"branch-berlin\",\"region\":\"us-east-1\",\"license_type\":\"FWAAS-AGGREGATE\"}");
    Capture out = new Capture();
    Capture err = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"remote-network", "branch-berlin", "198.51.100.10", "10.20.0.0/16",
          "--out", dir.toString()}, target, out.stream, err.stream);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.text()).startsWith("error: remote network 'branch-berlin' already exists in Remote Networks");
    assertThat(sim.config().candidate("ikeCryptoProfile", null)).isEmpty();
    assertThat(sim.jobs().list()).isEmpty();
  }

  @Test
  void aFailureMidwayNamesWhatWasCreated(PrismaAccessSimulator simulator) {
    sim.faults().on("POST", "/sse/config/v1/ike-gateways*").nextCalls(1).status(400)
        .body("{\"_errors\":[{\"code\":\"E003\",\"message\":\"Invalid Object\",\"details\":{}}],\"_request_id\":\"r-1\"}");
    Capture out = new Capture();
    Capture err = new Capture();
    int code;
    try (Target target = Target.simulator(simulator)) {
      code = Main.run(new String[] {"remote-network", "branch-berlin", "198.51.100.10", "10.20.0.0/16",
          "--out", dir.toString()}, target, out.stream, err.stream);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.text()).startsWith("error: API error [400] POST /sse/config/v1/ike-gateways").contains("hint:");
    assertThat(out.text()).contains("Created before the failure (in the candidate configuration): "
        + "IKE crypto profile branch-berlin-ike, IPsec crypto profile branch-berlin-ipsec");
  }

  @Test
  void badArgumentsAreUsageErrors() {
    for (String[] args : List.of(
        new String[] {"remote-network", "branch-berlin", "198.51.100.10"},
        new String[] {"remote-network", "1branch", "198.51.100.10", "10.0.0.0/8"},
        new String[] {"remote-network", "branch", "branch.example", "10.0.0.0/8"},
        new String[] {"remote-network", "branch", "198.51.100.0/24", "10.0.0.0/8"},
        new String[] {"remote-network", "branch", "198.51.100.10", "lan"},
        new String[] {"remote-network", "branch", "198.51.100.10", "10.0.0.0/8", "--psk-env", "SASEKIT_TEST_UNSET_VAR"})) {
      Capture err = new Capture();
      assertThat(Main.run(args, Map.of(), new Capture().stream, err.stream)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.text()).contains("usage: remote-network <site>");
    }
  }
}
