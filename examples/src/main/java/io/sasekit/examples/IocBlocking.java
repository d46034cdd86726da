package io.sasekit.examples;

import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.prismaaccess.models.Tag;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow pattern 1, automated IOC blocking: threat intel names an IP or a domain; create an
 * address object for it, two security rules at the top of the {@code pre} rulebase that deny
 * traffic from it and to it, push, and wait for the push job.
 *
 * <pre>{@code
 * ./run-example.sh ioc-blocking 203.0.113.42
 * ./run-example.sh ioc-blocking 'hxxp://malware-c2[.]example/beacon' --incident INC-2026-001
 * }</pre>
 */
public final class IocBlocking {
  /** The example's name. */
  public static final String NAME = "ioc-blocking";
  /** Tag put on every object this example creates. */
  public static final String TAG = "sasekit-ioc";
  /** Rule actions accepted by {@code --action}. */
  public static final Set<String> ACTIONS = Set.of("deny", "drop", "reset-client", "reset-server", "reset-both");

  static final String USAGE = NAME + " <indicator> [options]\n"
      + "  <indicator>        IPv4/IPv6 address or network, range a-b, or FQDN; defanged forms such as\n"
      + "                     203.0.113[.]42 or hxxp://evil[.]example/x are accepted\n"
      + "  --folder NAME      folder of the address and the rules (default Shared)\n"
      + "  --action A         rule action: deny, drop, reset-client, reset-server, reset-both (default deny)\n"
      + "  --incident ID      incident or ticket id, recorded in descriptions and the push description\n"
      + String.format(PushOptions.USAGE, "\"Mobile Users,Remote Networks\"");

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma Access",
      "block an IP/FQDN: address + deny rules (from and to it) at the top of pre, push, wait for the job",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          new IocBlocking(options.withDefaultPollInterval(target)).run(target.prismaAccess(), out);
          return Main.OK;
        };
      });

  /**
   * What to block and how.
   *
   * @param indicator the parsed indicator
   * @param folder where the address and rules live
   * @param action the rules' action
   * @param incident incident id, or {@code null}
   * @param push how to deploy
   */
  public record Options(Indicator indicator, String folder, String action, String incident, PushOptions push) {
    /** Parses the command line. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv, union(Set.of("folder", "action", "incident"), PushOptions.VALUE_OPTIONS),
          PushOptions.FLAGS);
      a.expectPositionals(1, 1, "<indicator>: the IP address, network or FQDN to block");
      Indicator indicator;
      try {
        indicator = Indicator.parse(a.positionals().get(0));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      String action = a.option("action").orElse("deny");
      if (!ACTIONS.contains(action)) {
        throw new UsageException("--action must be one of " + String.join(", ", new java.util.TreeSet<>(ACTIONS)));
      }
      return new Options(indicator, a.option("folder").orElse(Folder.SHARED), action,
          a.option("incident").orElse(null), PushOptions.parse(a, PushOptions.USERS_AND_BRANCHES));
    }

    /** Options for blocking {@code indicator} with every default. */
    public static Options of(String indicator) {
      return parse(List.of(indicator));
    }

    Options withDefaultPollInterval(Target target) {
      return new Options(indicator, folder, action, incident, push.withDefaultPollInterval(target.pollInterval()));
    }
  }

  /**
   * What the run did.
   *
   * @param indicator the indicator blocked
   * @param address the address object
   * @param addressCreated whether this run created it
   * @param rules the two rules (from, to)
   * @param job the finished push job; empty with {@code --no-push}
   */
  public record Result(Indicator indicator, Address address, boolean addressCreated, List<SecurityRule> rules,
      Optional<Job> job) {}

  private final Options options;

  /** An IOC-blocking run with these options. */
  public IocBlocking(Options options) {
    this.options = options;
  }

  /**
   * Runs the workflow.
   *
   * @param client the Prisma Access client
   * @param out where the steps and the summary go
   * @return what was done
   * @throws io.sasekit.core.errors.SasekitException when a call fails; a failed push job is
   *     {@link io.sasekit.prismaaccess.workflow.JobFailedException}, printed before it is thrown
   */
  public Result run(PrismaAccessClient client, PrintStream out) {
    Indicator ioc = options.indicator();
    String folder = options.folder();
    String when = LocalDate.now(ZoneOffset.UTC).toString();
    String context = options.incident() == null ? "" : " (" + options.incident() + ")";
    Steps steps = new Steps(out, options.push().enabled() ? 6 : 4);
    out.println("Blocking " + ioc.kind().label() + " indicator " + ioc.display() + " in folder " + folder + context);

    steps.step("Ensuring tag " + TAG + " in " + folder);
    steps.detail("tag " + TAG + ": " + ConfigObjects.ensureTag(client, folder, TAG, Tag.Color.RED,
        "Objects created by sasekit IOC blocking").verb());

    String addressName = Names.of("ioc-", ioc.display());
    steps.step("Creating address object " + addressName + " (" + ioc.value() + ")");
    Optional<Address> existing = ConfigObjects.findAddress(client, folder, addressName);
    Address address;
    boolean created;
    if (existing.isPresent()) {
      address = existing.get();
      created = false;
      steps.detail("address " + addressName + " exists (id " + address.id().orElse("?") + "), reused");
      if (!ioc.matches(address)) {
        steps.detail("note: it holds a different value than " + ioc.value() + "; left unchanged");
      }
    } else {
      address = client.addresses().create(folder, ioc.applyTo(Address.builder())
          .name(addressName)
          .tag(List.of(TAG))
          .description(truncate("IOC " + ioc.display() + " blocked by sasekit on " + when + context, 1023))
          .build());
      created = true;
      steps.detail("address " + addressName + " created (id " + address.id().orElse("?") + ")");
    }

    steps.step("Creating security rules in the pre rulebase that " + options.action() + " traffic from and to it");
    String description = "Block IOC " + ioc.display() + " (sasekit, " + when + ")" + context;
    List<SecurityRule> rules = new ArrayList<>();
    for (String direction : List.of("src", "dst")) {
      SecurityRule.Builder rule = ConfigObjects.denyRule(Names.of("block-ioc-" + direction + "-", ioc.display()),
          options.action(), TAG, description);
      if (direction.equals("src")) {
        rule.source(List.of(addressName));
      } else {
        rule.destination(List.of(addressName));
      }
      ConfigObjects.Ensured<SecurityRule> r = ConfigObjects.ensureRule(client, folder, Position.PRE, rule.build());
      steps.detail("rule " + r.object().name() + " (" + (direction.equals("src") ? "from" : "to") + " "
          + addressName + "): " + r.verb());
      rules.add(r.object());
    }

    steps.step("Moving both rules to the top of the pre rulebase");
    for (int i = rules.size() - 1; i >= 0; i--) {
      ConfigObjects.moveToTop(client, folder, rules.get(i));
    }
    steps.detail("evaluated before every other rule, including service-managed ones");

    Optional<Job> job = Optional.empty();
    if (options.push().enabled()) {
      try {
        job = Optional.of(Deployment.pushAndWait(client, options.push(),
            "Block IOC " + ioc.display() + context, steps));
      } catch (RuntimeException e) {
        summary(steps, ioc, addressName, rules, "FAILED: " + e.getMessage(),
            "NOT deployed: the objects are in the candidate configuration only.");
        throw e;
      }
    }
    summary(steps, ioc, addressName, rules,
        job.map(j -> "job " + j.id().orElse("?") + ": " + Deployment.statusOf(j) + " on " + options.push().foldersText())
            .orElse("skipped (--no-push): the change is in the candidate configuration"),
        job.isPresent() ? ioc.display() + " is blocked." : ioc.display() + " will be blocked once the candidate is pushed.");
    return new Result(ioc, address, created, List.copyOf(rules), job);
  }

  private void summary(Steps steps, Indicator ioc, String addressName, List<SecurityRule> rules, String push,
      String result) {
    Map<String, String> rows = Steps.rows();
    rows.put("indicator", ioc.display() + " (" + ioc.kind().label() + ")");
    rows.put("address", addressName + " in " + options.folder());
    rows.put("rules (pre, top)", rules.stream().map(SecurityRule::name).reduce((x, y) -> x + ", " + y).orElse("-")
        + " [" + options.action() + "]");
    rows.put("push", push);
    rows.put("result", result);
    steps.summary("Summary", rows);
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Runs this example alone: {@code IocBlocking <indicator> [options]}. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
