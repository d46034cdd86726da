package io.sasekit.examples;

import io.sasekit.scm.Container;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.models.CryptoProfileLifetime;
import io.sasekit.scm.models.IkeCryptoProfile;
import io.sasekit.scm.models.IkeGateway;
import io.sasekit.scm.models.IpsecCryptoProfile;
import io.sasekit.scm.models.IpsecTunnel;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.models.RemoteNetwork;
import io.sasekit.scm.params.IkeCryptoProfileListParams;
import io.sasekit.scm.params.IkeGatewayListParams;
import io.sasekit.scm.params.IpsecCryptoProfileListParams;
import io.sasekit.scm.params.IpsecTunnelListParams;
import io.sasekit.scm.params.RemoteNetworkListParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow pattern 5, remote network provisioning, on the unified Strata Cloud Manager API
 * ({@link ScmClient}): an IKE crypto profile and an IPsec crypto profile (reused when the site's
 * exist), an IKE gateway (IKEv2, pre-shared key), an IPsec tunnel and the remote network, all in
 * the {@code Remote Networks} folder; then a push and {@link ScmClient#pushAndWait}. Same arguments
 * as {@link RemoteNetworkProvisioning} except {@code --out}: this port writes no provisioning record.
 *
 * <pre>{@code
 * ./run-example.sh scm-remote-network branch-berlin 198.51.100.10 10.20.0.0/16,10.21.0.0/24
 * }</pre>
 */
public final class ScmRemoteNetwork {
  /** The example's name. */
  public static final String NAME = "scm-remote-network";
  /** Where the objects live. */
  public static final String FOLDER = RemoteNetworkProvisioning.FOLDER;

  static final String USAGE = NAME + RemoteNetworkProvisioning.USAGE.substring(RemoteNetworkProvisioning.NAME.length())
      .replaceAll("  --out DIR [^\n]*\n", "");

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, Target.SCM_API,
      "remote-network on ScmClient: IKE/IPsec crypto, IKE gateway, IPsec tunnel, remote network, push, wait",
      USAGE, args -> {
        if (args.stream().anyMatch(a -> a.equals("--out") || a.startsWith("--out="))) {
          throw new UsageException("unknown option --out (" + NAME + " writes no provisioning record)");
        }
        RemoteNetworkProvisioning.Options options = RemoteNetworkProvisioning.Options.parse(args, System.getenv());
        return (target, out) -> {
          new ScmRemoteNetwork(options.withDefaultPollInterval(target)).run(target.scm(), out);
          return Main.OK;
        };
      });

  /**
   * What the run did.
   *
   * @param ikeCryptoProfile the IKE crypto profile
   * @param ipsecCryptoProfile the IPsec crypto profile
   * @param ikeGateway the IKE gateway
   * @param ipsecTunnel the IPsec tunnel
   * @param remoteNetwork the remote network
   * @param job the finished push job; empty with {@code --no-push}
   */
  public record Result(IkeCryptoProfile ikeCryptoProfile, IpsecCryptoProfile ipsecCryptoProfile, IkeGateway ikeGateway,
      IpsecTunnel ipsecTunnel, RemoteNetwork remoteNetwork, Optional<Job> job) {}

  private final RemoteNetworkProvisioning.Options options;

  /** A provisioning run with these options (parsed as {@link RemoteNetworkProvisioning}'s). */
  public ScmRemoteNetwork(RemoteNetworkProvisioning.Options options) {
    this.options = options;
  }

  /**
   * Runs the workflow.
   *
   * @param client the Strata Cloud Manager client
   * @param out where the steps and the summary go
   * @return the objects and the job
   * @throws WorkflowException when the site's gateway, tunnel or remote network exists already
   */
  public Result run(ScmClient client, PrintStream out) {
    Container folder = Container.folder(FOLDER);
    String site = options.site();
    String ikeName = site + "-ike";
    String ipsecName = site + "-ipsec";
    String gatewayName = site + "-gw";
    String tunnelName = site + "-tunnel";
    Steps steps = new Steps(out, 6 + (options.push().enabled() ? 1 : 0));
    List<String> created = new ArrayList<>();
    out.println("Provisioning remote network " + site + " (branch " + options.peerIp() + ", subnets "
        + String.join(", ", options.subnets()) + ", region " + options.region() + ") in folder " + FOLDER
        + " (Strata Cloud Manager API)");

    steps.step("Checking that " + site + " is not provisioned yet");
    RemoteNetworkProvisioning.refuseExisting(ConfigObjects.named(client.remoteNetworks().list(FOLDER,
        RemoteNetworkListParams.builder().name(site).build()), RemoteNetwork::name, site), "remote network", site);
    RemoteNetworkProvisioning.refuseExisting(ConfigObjects.named(client.ipsecTunnels().list(folder,
        IpsecTunnelListParams.builder().name(tunnelName).build()), IpsecTunnel::name, tunnelName),
        "IPsec tunnel", tunnelName);
    RemoteNetworkProvisioning.refuseExisting(ConfigObjects.named(client.ikeGateways().list(folder,
        IkeGatewayListParams.builder().name(gatewayName).build()), IkeGateway::name, gatewayName),
        "IKE gateway", gatewayName);
    steps.detail("not provisioned yet; SPN: " + (options.spn() == null ? "left for the service to assign" : options.spn()));

    try {
      steps.step("IKE crypto profile " + ikeName + " (AES-256-CBC, SHA-256, DH group 14, 8 h)");
      Optional<IkeCryptoProfile> ike0 = ConfigObjects.named(client.ikeCryptoProfiles().list(folder,
          IkeCryptoProfileListParams.builder().name(ikeName).build()), IkeCryptoProfile::name, ikeName);
      IkeCryptoProfile ike = ike0.orElseGet(() -> client.ikeCryptoProfiles().create(folder, IkeCryptoProfile.builder()
          .name(ikeName)
          .encryption(List.of(IkeCryptoProfile.Encryption.AES_256_CBC))
          .hash(List.of(IkeCryptoProfile.Hash.SHA256))
          .dhGroup(List.of(IkeCryptoProfile.DhGroup.GROUP14))
          .lifetime(CryptoProfileLifetime.builder().hours(8).build())
          .build()));
      RemoteNetworkProvisioning.note(steps, created, "IKE crypto profile", ike.name(), ike.id(), ike0.isEmpty());

      steps.step("IPsec crypto profile " + ipsecName + " (ESP AES-256-CBC, SHA-256, PFS group 14, 1 h)");
      Optional<IpsecCryptoProfile> ipsec0 = ConfigObjects.named(client.ipsecCryptoProfiles().list(folder,
          IpsecCryptoProfileListParams.builder().name(ipsecName).build()), IpsecCryptoProfile::name, ipsecName);
      IpsecCryptoProfile ipsec = ipsec0.orElseGet(() -> client.ipsecCryptoProfiles().create(folder,
          IpsecCryptoProfile.builder()
              .name(ipsecName)
              .esp(IpsecCryptoProfile.Esp.builder()
                  .encryption(List.of(IpsecCryptoProfile.Esp.Encryption.AES_256_CBC))
                  .authentication(List.of("sha256"))
                  .build())
              .dhGroup(IpsecCryptoProfile.DhGroup.GROUP14)
              .lifetime(CryptoProfileLifetime.builder().hours(1).build())
              .build()));
      RemoteNetworkProvisioning.note(steps, created, "IPsec crypto profile", ipsec.name(), ipsec.id(), ipsec0.isEmpty());

      steps.step("IKE gateway " + gatewayName + " (IKEv2, peer " + options.peerIp() + ", pre-shared key)");
      IkeGateway gateway = client.ikeGateways().create(folder, IkeGateway.builder()
          .name(gatewayName)
          .peerAddress(IkeGateway.PeerAddress.builder().ip(options.peerIp()).build())
          .authentication(IkeGateway.Authentication.builder()
              .preSharedKey(IkeGateway.Authentication.PreSharedKey.builder().key(options.preSharedKey()).build())
              .build())
          .protocol(IkeGateway.Protocol.builder()
              .version(IkeGateway.Protocol.Version.IKEV2)
              .ikev2(IkeGateway.Protocol.Ikev2.builder()
                  .ikeCryptoProfile(ikeName)
                  .dpd(IkeGateway.Protocol.Dpd.builder().enable(true).build())
                  .build())
              .build())
          .build());
      RemoteNetworkProvisioning.note(steps, created, "IKE gateway", gateway.name(), gateway.id(), true);

      steps.step("IPsec tunnel " + tunnelName + " (auto key: " + gatewayName + ", " + ipsecName + ")");
      IpsecTunnel tunnel = client.ipsecTunnels().create(folder, IpsecTunnel.builder()
          .name(tunnelName)
          .antiReplay(true)
          .autoKey(IpsecTunnel.AutoKey.builder()
              .ikeGateway(List.of(IpsecTunnel.AutoKey.IkeGateway.builder().name(gatewayName).build()))
              .ipsecCryptoProfile(ipsecName)
              .build())
          .build());
      RemoteNetworkProvisioning.note(steps, created, "IPsec tunnel", tunnel.name(), tunnel.id(), true);

      steps.step("Remote network " + site + " (" + options.region() + ", " + RemoteNetworkProvisioning.LICENSE_TYPE + ")");
      RemoteNetwork.Builder rn = RemoteNetwork.builder()
          .name(site)
          .folder(FOLDER)
          .region(options.region())
          .licenseType(RemoteNetworkProvisioning.LICENSE_TYPE)
          .ipsecTunnel(tunnelName)
          .subnets(options.subnets());
      if (options.spn() != null) {
        rn.spnName(options.spn());
      }
      RemoteNetwork network = client.remoteNetworks().create(rn.build());
      RemoteNetworkProvisioning.note(steps, created, "remote network", network.name(), network.id(), true);

      Optional<Job> job = Optional.empty();
      if (options.push().enabled()) {
        job = Optional.of(Deployment.pushAndWait(client, options.push(), "Provision remote network " + site, steps));
      }

      Map<String, String> rows = Steps.rows();
      rows.put("remote network", site + " in " + FOLDER + " (" + options.region()
          + (options.spn() == null ? "" : ", " + options.spn()) + ")");
      rows.put("objects", String.join(", ", List.of(ikeName, ipsecName, gatewayName, tunnelName, site)));
      rows.put("push", job.map(j -> "job " + j.id() + ": " + Deployment.statusOf(j)).orElse("skipped (--no-push)"));
      rows.put("pre-shared key", options.pskGenerated()
          ? options.preSharedKey() + "  (generated: store it now, it is shown only once)"
          : "supplied through --psk-env (fingerprint " + RemoteNetworkProvisioning.fingerprint(options.preSharedKey()) + ")");
      steps.summary("Summary", rows);
      return new Result(ike, ipsec, gateway, tunnel, network, job);
    } catch (RuntimeException e) {
      if (!created.isEmpty()) {
        out.println();
        out.println("Created before the failure (in the candidate configuration): " + String.join(", ", created));
      }
      throw e;
    }
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
