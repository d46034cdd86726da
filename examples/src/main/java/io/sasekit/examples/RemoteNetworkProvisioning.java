package io.sasekit.examples;

import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.BandwidthAllocation;
import io.sasekit.prismaaccess.models.IkeCryptoProfile;
import io.sasekit.prismaaccess.models.IkeCryptoProfileDhGroup;
import io.sasekit.prismaaccess.models.IkeCryptoProfileEncryption;
import io.sasekit.prismaaccess.models.IkeCryptoProfileHash;
import io.sasekit.prismaaccess.models.IkeCryptoProfileLifetime;
import io.sasekit.prismaaccess.models.IkeGateway;
import io.sasekit.prismaaccess.models.IkeGatewayAuthentication;
import io.sasekit.prismaaccess.models.IkeGatewayAuthenticationPreSharedKey;
import io.sasekit.prismaaccess.models.IkeGatewayPeerAddress;
import io.sasekit.prismaaccess.models.IkeGatewayProtocol;
import io.sasekit.prismaaccess.models.IkeGatewayProtocolIkev2;
import io.sasekit.prismaaccess.models.IkeGatewayProtocolIkev2Dpd;
import io.sasekit.prismaaccess.models.IkeGatewayProtocolVersion;
import io.sasekit.prismaaccess.models.IpsecCryptoProfile;
import io.sasekit.prismaaccess.models.IpsecCryptoProfileDhGroup;
import io.sasekit.prismaaccess.models.IpsecCryptoProfileEsp;
import io.sasekit.prismaaccess.models.IpsecCryptoProfileEspEncryption;
import io.sasekit.prismaaccess.models.IpsecCryptoProfileLifetime;
import io.sasekit.prismaaccess.models.IpsecTunnel;
import io.sasekit.prismaaccess.models.IpsecTunnelAutoKey;
import io.sasekit.prismaaccess.models.IpsecTunnelAutoKeyIkeGateway;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.RemoteNetwork;
import io.sasekit.prismaaccess.services.IkeCryptoProfileService;
import io.sasekit.prismaaccess.services.IkeGatewayService;
import io.sasekit.prismaaccess.services.IpsecCryptoProfileService;
import io.sasekit.prismaaccess.services.IpsecTunnelService;
import io.sasekit.prismaaccess.services.RemoteNetworkService;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow pattern 5, remote network provisioning: a new branch gets an IKE crypto profile, an
 * IPsec crypto profile, an IKE gateway (IKEv2, pre-shared key), an IPsec tunnel and the remote
 * network itself, all in the {@code Remote Networks} folder; then push, wait, and write a
 * provisioning record (Markdown) with every object, the branch-side settings and the job.
 *
 * <p>The pre-shared key comes from the environment variable named by {@code --psk-env}, or is
 * generated; it is printed once on the console, never written to the record (only a fingerprint).
 *
 * <pre>{@code
 * ./run-example.sh remote-network branch-berlin 198.51.100.10 10.20.0.0/16,10.21.0.0/24
 * }</pre>
 */
public final class RemoteNetworkProvisioning {
  /** The example's name. */
  public static final String NAME = "remote-network";
  /** Where the objects live. */
  public static final String FOLDER = Folder.REMOTE_NETWORKS;
  /** The licence type of new remote networks ("new customers are on aggregate bandwidth licensing"). */
  public static final String LICENSE_TYPE = "FWAAS-AGGREGATE";

  static final String USAGE = NAME + " <site> <branch-public-ip> <subnet>[,<subnet>...] [options]\n"
      + "  <site>             site name: a letter, then up to 24 letters, digits or . _ -\n"
      + "  <branch-public-ip> the branch firewall's public IPv4 address (IKE peer)\n"
      + "  <subnet>           the branch's private networks, comma-separated CIDRs\n"
      + "  --region R         Prisma Access region (default us-east-1)\n"
      + "  --spn NAME         security processing node; default: the region's first from bandwidth allocations\n"
      + "  --psk-env VAR      read the pre-shared key from environment variable VAR (default: generate one)\n"
      + "  --out DIR          where to write <site>-provisioning.md (default sasekit-output)\n"
      + String.format(PushOptions.USAGE, "\"Remote Networks\"");

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma Access",
      "provision a branch: IKE/IPsec crypto, IKE gateway, IPsec tunnel, remote network, push, record",
      USAGE, args -> {
        Options options = Options.parse(args, System.getenv());
        return (target, out) -> {
          new RemoteNetworkProvisioning(options.withDefaultPollInterval(target)).run(target.prismaAccess(), out);
          return Main.OK;
        };
      });

  /**
   * The branch to provision.
   *
   * @param site the site name (prefix of every object's name)
   * @param peerIp the branch firewall's public IP
   * @param subnets the branch's networks
   * @param region the Prisma Access region
   * @param spn the security processing node, or {@code null} to look it up
   * @param preSharedKey the IKE pre-shared key
   * @param pskGenerated whether the key was generated by this run
   * @param outDir where the record goes
   * @param push how to deploy
   */
  public record Options(String site, String peerIp, List<String> subnets, String region, String spn,
      String preSharedKey, boolean pskGenerated, Path outDir, PushOptions push) {
    /** Canonical constructor: copies the list. */
    public Options {
      subnets = List.copyOf(subnets);
    }

    /** Parses the command line; {@code env} supplies the {@code --psk-env} variable. */
    public static Options parse(List<String> argv, Map<String, String> env) {
      Args a = Args.parse(argv, IocBlocking.union(Set.of("region", "spn", "psk-env", "out"), PushOptions.VALUE_OPTIONS),
          PushOptions.FLAGS);
      a.expectPositionals(3, 3, "arguments: <site> <branch-public-ip> <subnet>[,<subnet>...]");
      String site = a.positionals().get(0);
      if (!site.matches("[A-Za-z][0-9A-Za-z._-]{0,24}")) {
        throw new UsageException("<site> must be a letter followed by up to 24 letters, digits or . _ - (got '"
            + site + "')");
      }
      Indicator peer = parseOrUsage(a.positionals().get(1), "<branch-public-ip>");
      if (peer.kind() != Indicator.Kind.IPV4 || !peer.value().endsWith("/32")) {
        throw new UsageException("<branch-public-ip> must be one IPv4 address, got '" + a.positionals().get(1) + "'");
      }
      Indicator.notPublic(peer.display()).ifPresent(why -> {
        throw new UsageException("<branch-public-ip> must be a public address (the IKE peer Prisma Access"
            + " connects to), but " + peer.display() + " is " + why);
      });
      List<String> subnets = new ArrayList<>();
      for (String s : a.positionals().get(2).split(",")) {
        Indicator n = parseOrUsage(s, "<subnet>");
        if (n.kind() != Indicator.Kind.IPV4 && n.kind() != Indicator.Kind.IPV6) {
          throw new UsageException("<subnet> must be CIDR networks such as 10.20.0.0/16, got '" + s + "'");
        }
        subnets.add(n.value());
      }
      String psk;
      boolean generated;
      if (a.option("psk-env").isPresent()) {
        psk = env.get(a.option("psk-env").get());
        if (psk == null || psk.isBlank()) {
          throw new UsageException("environment variable " + a.option("psk-env").get() + " is not set");
        }
        generated = false;
      } else {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        psk = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        generated = true;
      }
      return new Options(site, peer.display(), subnets, a.option("region").orElse("us-east-1"),
          a.option("spn").orElse(null), psk, generated, Path.of(a.option("out").orElse("sasekit-output")),
          PushOptions.parse(a, List.of(Folder.REMOTE_NETWORKS)));
    }

    Options withDefaultPollInterval(Target target) {
      return new Options(site, peerIp, subnets, region, spn, preSharedKey, pskGenerated, outDir,
          push.withDefaultPollInterval(target.pollInterval()));
    }

    @Override
    public String toString() {
      return "Options[site=" + site + ", peerIp=" + peerIp + ", subnets=" + subnets + ", region=" + region
          + ", spn=" + spn + ", preSharedKey=(redacted), outDir=" + outDir + ", push=" + push + "]";
    }
  }

  /**
   * What the run did.
   *
   * @param ikeCryptoProfile the IKE crypto profile
   * @param ipsecCryptoProfile the IPsec crypto profile
   * @param ikeGateway the IKE gateway
   * @param ipsecTunnel the IPsec tunnel
   * @param remoteNetwork the remote network
   * @param job the finished push job; empty with {@code --no-push}
   * @param record the provisioning record written
   */
  public record Result(IkeCryptoProfile ikeCryptoProfile, IpsecCryptoProfile ipsecCryptoProfile, IkeGateway ikeGateway,
      IpsecTunnel ipsecTunnel, RemoteNetwork remoteNetwork, Optional<Job> job, Path record) {}

  private final Options options;

  /** A provisioning run with these options. */
  public RemoteNetworkProvisioning(Options options) {
    this.options = options;
  }

  /**
   * Runs the workflow.
   *
   * @param client the Prisma Access client
   * @param out where the steps and the summary go
   * @return the objects, the job and the record's path
   * @throws WorkflowException when the site's gateway, tunnel or remote network exists already
   */
  public Result run(PrismaAccessClient client, PrintStream out) {
    String site = options.site();
    String ikeName = site + "-ike";
    String ipsecName = site + "-ipsec";
    String gatewayName = site + "-gw";
    String tunnelName = site + "-tunnel";
    Steps steps = new Steps(out, 7 + (options.push().enabled() ? 2 : 0));
    List<String> created = new ArrayList<>();
    out.println("Provisioning remote network " + site + " (branch " + options.peerIp() + ", subnets "
        + String.join(", ", options.subnets()) + ", region " + options.region() + ") in folder " + FOLDER);

    steps.step("Checking that " + site + " is not provisioned yet and finding its SPN");
    refuseExisting(ConfigObjects.named(client.remoteNetworks().list(FOLDER,
        RemoteNetworkService.ListParams.builder().name(site).build()), RemoteNetwork::name, site), "remote network", site);
    refuseExisting(ConfigObjects.named(client.ipsecTunnels().list(FOLDER,
        IpsecTunnelService.ListParams.builder().name(tunnelName).build()), IpsecTunnel::name, tunnelName),
        "IPsec tunnel", tunnelName);
    refuseExisting(ConfigObjects.named(client.ikeGateways().list(FOLDER,
        IkeGatewayService.ListParams.builder().name(gatewayName).build()), IkeGateway::name, gatewayName),
        "IKE gateway", gatewayName);
    String spn = options.spn() != null ? options.spn() : findSpn(client, options.region());
    steps.detail("not provisioned yet; SPN: " + (spn == null ? "none listed for " + options.region()
        + " (left for the service to assign)" : spn));

    try {
      steps.step("IKE crypto profile " + ikeName + " (AES-256-CBC, SHA-256, DH group 14, 8 h)");
      Optional<IkeCryptoProfile> ike0 = ConfigObjects.named(client.ikeCryptoProfiles().list(FOLDER,
          IkeCryptoProfileService.ListParams.builder().name(ikeName).build()), IkeCryptoProfile::name, ikeName);
      IkeCryptoProfile ike = ike0.orElseGet(() -> client.ikeCryptoProfiles().create(FOLDER, IkeCryptoProfile.builder()
          .name(ikeName)
          .encryption(List.of(IkeCryptoProfileEncryption.AES_256_CBC))
          .hash(List.of(IkeCryptoProfileHash.SHA256))
          .dhGroup(List.of(IkeCryptoProfileDhGroup.GROUP14))
          .lifetime(IkeCryptoProfileLifetime.builder().hours(8).build())
          .build()));
      note(steps, created, "IKE crypto profile", ike.name(), ike.id(), ike0.isEmpty());

      steps.step("IPsec crypto profile " + ipsecName + " (ESP AES-256-CBC, SHA-256, PFS group 14, 1 h)");
      Optional<IpsecCryptoProfile> ipsec0 = ConfigObjects.named(client.ipsecCryptoProfiles().list(FOLDER,
          IpsecCryptoProfileService.ListParams.builder().name(ipsecName).build()), IpsecCryptoProfile::name, ipsecName);
      IpsecCryptoProfile ipsec = ipsec0.orElseGet(() -> client.ipsecCryptoProfiles().create(FOLDER,
          IpsecCryptoProfile.builder()
              .name(ipsecName)
              .esp(IpsecCryptoProfileEsp.builder()
                  .encryption(List.of(IpsecCryptoProfileEspEncryption.AES_256_CBC))
                  .authentication(List.of("sha256"))
                  .build())
              .dhGroup(IpsecCryptoProfileDhGroup.GROUP14)
              .lifetime(IpsecCryptoProfileLifetime.builder().hours(1).build())
              .build()));
      note(steps, created, "IPsec crypto profile", ipsec.name(), ipsec.id(), ipsec0.isEmpty());

      steps.step("IKE gateway " + gatewayName + " (IKEv2, peer " + options.peerIp() + ", pre-shared key)");
      IkeGateway gateway = client.ikeGateways().create(FOLDER, IkeGateway.builder()
          .name(gatewayName)
          .peerAddress(IkeGatewayPeerAddress.builder().ip(options.peerIp()).build())
          .authentication(IkeGatewayAuthentication.builder()
              .preSharedKey(IkeGatewayAuthenticationPreSharedKey.builder().key(options.preSharedKey()).build())
              .build())
          .protocol(IkeGatewayProtocol.builder()
              .version(IkeGatewayProtocolVersion.IKEV2)
              .ikev2(IkeGatewayProtocolIkev2.builder()
                  .ikeCryptoProfile(ikeName)
                  .dpd(IkeGatewayProtocolIkev2Dpd.builder().enable(true).build())
                  .build())
              .build())
          .build());
      note(steps, created, "IKE gateway", gateway.name(), gateway.id(), true);

      steps.step("IPsec tunnel " + tunnelName + " (auto key: " + gatewayName + ", " + ipsecName + ")");
      IpsecTunnel tunnel = client.ipsecTunnels().create(FOLDER, IpsecTunnel.builder()
          .name(tunnelName)
          .antiReplay(true)
          .autoKey(IpsecTunnelAutoKey.builder()
              .ikeGateway(List.of(IpsecTunnelAutoKeyIkeGateway.builder().name(gatewayName).build()))
              .ipsecCryptoProfile(ipsecName)
              .build())
          .build());
      note(steps, created, "IPsec tunnel", tunnel.name(), tunnel.id(), true);

      steps.step("Remote network " + site + " (" + options.region() + ", " + LICENSE_TYPE + ")");
      RemoteNetwork.Builder rn = RemoteNetwork.builder()
          .name(site)
          .region(options.region())
          .licenseType(LICENSE_TYPE)
          .ipsecTunnel(tunnelName)
          .subnets(options.subnets());
      if (spn != null) {
        rn.spnName(spn);
      }
      RemoteNetwork network = client.remoteNetworks().create(FOLDER, rn.build());
      note(steps, created, "remote network", network.name(), network.id(), true);

      Optional<Job> job = Optional.empty();
      if (options.push().enabled()) {
        job = Optional.of(Deployment.pushAndWait(client, options.push(), "Provision remote network " + site, steps));
      }

      steps.step("Writing the provisioning record");
      Path record = writeRecord(client, ike, ipsec, gateway, tunnel, network, spn, job);
      steps.detail(record.toAbsolutePath().toString());

      Map<String, String> rows = Steps.rows();
      rows.put("remote network", site + " in " + FOLDER + " (" + options.region() + (spn == null ? "" : ", " + spn) + ")");
      rows.put("objects", String.join(", ", List.of(ikeName, ipsecName, gatewayName, tunnelName, site)));
      rows.put("push", job.map(j -> "job " + j.id().orElse("?") + ": " + Deployment.statusOf(j)).orElse("skipped (--no-push)"));
      rows.put("record", record.toString());
      rows.put("pre-shared key", options.pskGenerated()
          ? options.preSharedKey() + "  (generated: store it now, it is not written to the record)"
          : "supplied through --psk-env (fingerprint " + fingerprint(options.preSharedKey()) + ")");
      steps.summary("Summary", rows);
      return new Result(ike, ipsec, gateway, tunnel, network, job, record);
    } catch (RuntimeException e) {
      if (!created.isEmpty()) {
        out.println();
        out.println("Created before the failure (in the candidate configuration): " + String.join(", ", created));
      }
      throw e;
    }
  }

  static void refuseExisting(Optional<?> existing, String kind, String name) {
    if (existing.isPresent()) {
      throw new WorkflowException(kind + " '" + name + "' already exists in " + FOLDER
          + ": choose another site name, or delete the site's objects first");
    }
  }

  static void note(Steps steps, List<String> created, String kind, String name, Optional<String> id,
      boolean isNew) {
    if (isNew) {
      created.add(kind + " " + name);
    }
    steps.detail(kind + " " + name + " " + (isNew ? "created" : "exists, reused") + " (id " + id.orElse("?") + ")");
  }

  /** The first SPN the tenant's bandwidth allocation lists for {@code region}, or {@code null}. */
  static String findSpn(PrismaAccessClient client, String region) {
    for (BandwidthAllocation b : client.bandwidthAllocations().listAll()) {
      if (b.name().equals(region) && !b.spnNameList().isEmpty()) {
        return b.spnNameList().get(0);
      }
    }
    return null;
  }

  private Path writeRecord(PrismaAccessClient client, IkeCryptoProfile ike, IpsecCryptoProfile ipsec,
      IkeGateway gateway, IpsecTunnel tunnel, RemoteNetwork network, String spn, Optional<Job> job) {
    StringBuilder md = new StringBuilder();
    md.append("# Provisioning record: remote network ").append(options.site()).append("\n\n");
    md.append("- date: ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
    md.append("- tenant: ").append(client.options().baseUrl()).append(", TSG ")
        .append(client.options().tsgId().orElse("-")).append('\n');
    md.append("- folder: ").append(FOLDER).append('\n');
    md.append("- push: ").append(job.map(j -> "job " + j.id().orElse("?") + ", " + Deployment.statusOf(j))
        .orElse("not pushed (--no-push): the objects are in the candidate configuration")).append("\n\n");
    md.append("## Prisma Access objects\n\n| object | name | id |\n|---|---|---|\n");
    row(md, "IKE crypto profile", ike.name(), ike.id());
    row(md, "IPsec crypto profile", ipsec.name(), ipsec.id());
    row(md, "IKE gateway", gateway.name(), gateway.id());
    row(md, "IPsec tunnel", tunnel.name(), tunnel.id());
    row(md, "remote network", network.name(), network.id());
    md.append("\n## Branch side\n\n| setting | value |\n|---|---|\n");
    md.append("| branch public IP (IKE peer) | ").append(options.peerIp()).append(" |\n");
    md.append("| branch subnets | ").append(String.join(", ", options.subnets())).append(" |\n");
    md.append("| region / SPN | ").append(options.region()).append(" / ").append(spn == null ? "assigned by the service" : spn)
        .append(" |\n");
    md.append("| IKE | IKEv2, AES-256-CBC, SHA-256, DH group 14, lifetime 8 h, dead peer detection on |\n");
    md.append("| IPsec | ESP AES-256-CBC, SHA-256, PFS DH group 14, lifetime 1 h, anti-replay on |\n");
    md.append("| pre-shared key | ").append(options.pskGenerated() ? "generated by the run" : "supplied")
        .append(", fingerprint ").append(fingerprint(options.preSharedKey()))
        .append(" (the key itself is not recorded) |\n");
    md.append("\n## Next steps\n\n");
    md.append("1. Hand the branch settings above and the pre-shared key (through your secret store) to the branch.\n");
    md.append("2. Look up the Prisma Access service IP of ").append(options.site())
        .append(" in Strata Cloud Manager (Remote Networks) and configure it as the branch firewall's IKE peer.\n");
    md.append("3. Check the tunnel status once both sides are up; route the branch subnets through the tunnel.\n");
    try {
      Files.createDirectories(options.outDir());
      Path file = options.outDir().resolve(options.site() + "-provisioning.md");
      Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the provisioning record to " + options.outDir(), e);
    }
  }

  private static void row(StringBuilder md, String kind, String name, Optional<String> id) {
    md.append("| ").append(kind).append(" | ").append(name).append(" | ").append(id.orElse("-")).append(" |\n");
  }

  /** {@code sha256:} and the first 12 hex digits of the key's SHA-256. */
  static String fingerprint(String secret) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(d).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Indicator parseOrUsage(String raw, String what) {
    try {
      return Indicator.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new UsageException(what + ": " + e.getMessage());
    }
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
