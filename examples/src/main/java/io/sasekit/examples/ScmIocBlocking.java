package io.sasekit.examples;

import io.sasekit.scm.Container;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.models.Address;
import io.sasekit.scm.models.Job;
import io.sasekit.scm.models.Position;
import io.sasekit.scm.models.SecurityRule;
import io.sasekit.scm.models.SecurityRuleAction;
import io.sasekit.scm.params.AddressListParams;
import io.sasekit.scm.params.SecurityRuleListParams;
import io.sasekit.scm.workflow.PushRequest;
import io.sasekit.scm.workflow.RuleMove;
import io.sasekit.scm.workflow.RuleType;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workflow pattern 1, automated IOC blocking, on the unified Strata Cloud Manager API
 * ({@link ScmClient}): an address object for the indicator in a folder, two security rules in the
 * {@code pre} rulebase that deny traffic from it and to it (moved to the top), a push by
 * {@link PushRequest} and {@link ScmClient#pushAndWait}, and the job's result. Same options as
 * {@link IocBlocking}.
 *
 * <pre>{@code
 * ./run-example.sh scm-ioc-blocking 203.0.113.42
 * ./run-example.sh scm-ioc-blocking 'hxxp://malware-c2[.]example/beacon' --folder Shared --incident INC-2026-001
 * }</pre>
 */
public final class ScmIocBlocking {
  /** The example's name. */
  public static final String NAME = "scm-ioc-blocking";

  static final String USAGE = NAME + IocBlocking.USAGE.substring(IocBlocking.NAME.length());

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, Target.SCM_API,
      "ioc-blocking on ScmClient: address + deny rules (from and to it) at the top of pre, PushRequest, pushAndWait",
      USAGE, args -> {
        IocBlocking.Options options = IocBlocking.Options.parse(args);
        return (target, out) -> {
          new ScmIocBlocking(options.withDefaultPollInterval(target)).run(target.scm(), out);
          return Main.OK;
        };
      });

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

  private final IocBlocking.Options options;

  /** An IOC-blocking run with these options (parsed as {@link IocBlocking}'s). */
  public ScmIocBlocking(IocBlocking.Options options) {
    this.options = options;
  }

  /**
   * Runs the workflow.
   *
   * @param client the Strata Cloud Manager client
   * @param out where the steps and the summary go
   * @return what was done
   * @throws io.sasekit.core.errors.SasekitException when a call fails; a failed push job is
   *     {@link io.sasekit.core.jobs.JobFailedException}, printed before it is thrown
   */
  public Result run(ScmClient client, PrintStream out) {
    Indicator ioc = options.indicator();
    Container folder = Container.folder(options.folder());
    String when = LocalDate.now(ZoneOffset.UTC).toString();
    String context = options.incident() == null ? "" : " (" + options.incident() + ")";
    Steps steps = new Steps(out, options.push().enabled() ? 3 : 2);
    out.println("Blocking " + ioc.kind().label() + " indicator " + ioc.display() + " in folder " + folder.name()
        + context + " (Strata Cloud Manager API)");

    String addressName = Names.of("ioc-", ioc.display());
    steps.step("Creating address object " + addressName + " (" + ioc.value() + ")");
    Optional<Address> existing = ConfigObjects.named(client.addresses().list(folder,
        AddressListParams.builder().name(addressName).build()), Address::name, addressName);
    Address address;
    if (existing.isPresent()) {
      address = existing.get();
      steps.detail("address " + addressName + " exists (id " + address.id().orElse("?") + "), reused");
      if (!ioc.matches(address.ipNetmask(), address.ipRange(), address.fqdn())) {
        steps.detail("note: it holds a different value than " + ioc.value() + "; left unchanged");
      }
    } else {
      address = client.addresses().create(folder, ioc.applyTo(Address.builder(),
              Address.Builder::ipNetmask, Address.Builder::ipRange, Address.Builder::fqdn)
          .name(addressName)
          .description(IocBlocking.truncate("IOC " + ioc.display() + " blocked by sasekit on " + when + context, 1023))
          .build());
      steps.detail("address " + addressName + " created (id " + address.id().orElse("?") + ")");
    }

    steps.step("Security rules at the top of the pre rulebase that " + options.action() + " traffic from and to it");
    String description = "Block IOC " + ioc.display() + " (sasekit, " + when + ")" + context;
    List<SecurityRule> rules = new ArrayList<>();
    for (String direction : List.of("src", "dst")) {
      String name = Names.of("block-ioc-" + direction + "-", ioc.display());
      List<String> source = direction.equals("src") ? List.of(addressName) : ConfigObjects.ANY;
      List<String> destination = direction.equals("dst") ? List.of(addressName) : ConfigObjects.ANY;
      Optional<SecurityRule> found = ConfigObjects.named(client.securityRules().list(folder, Position.PRE,
          SecurityRuleListParams.builder().name(name).build()).data(), ScmIocBlocking::nameOf, name);
      SecurityRule rule = found.orElseGet(() -> client.securityRules().create(folder, Position.PRE,
          SecurityRule.builder()
              .name(name)
              .action(SecurityRuleAction.of(options.action()))
              .from(ConfigObjects.ANY).to(ConfigObjects.ANY)
              .source(source).destination(destination)
              .sourceUser(ConfigObjects.ANY)
              .application(ConfigObjects.ANY).service(ConfigObjects.ANY).category(ConfigObjects.ANY)
              .description(description)
              .build()));
      steps.detail("rule " + name + " (" + (direction.equals("src") ? "from" : "to") + " " + addressName
          + "): " + (found.isPresent() ? "exists, reused" : "created"));
      rules.add(rule);
    }
    for (int i = rules.size() - 1; i >= 0; i--) {
      SecurityRule rule = rules.get(i);
      client.moveRule(RuleType.SECURITY, rule.id().orElseThrow(
          () -> new IllegalStateException("rule " + nameOf(rule) + " has no id")), RuleMove.top(RuleMove.Rulebase.PRE));
    }
    steps.detail("both moved to the top: evaluated before every other rule");

    Optional<Job> job = Optional.empty();
    if (options.push().enabled()) {
      try {
        job = Optional.of(Deployment.pushAndWait(client, options.push(), "Block IOC " + ioc.display() + context, steps));
      } catch (RuntimeException e) {
        summary(steps, ioc, addressName, rules, "FAILED: " + e.getMessage(),
            "NOT deployed: the objects are in the candidate configuration only.");
        throw e;
      }
    }
    summary(steps, ioc, addressName, rules,
        job.map(j -> "job " + j.id() + ": " + Deployment.statusOf(j) + " on " + options.push().foldersText())
            .orElse("skipped (--no-push): the change is in the candidate configuration"),
        job.isPresent() ? ioc.display() + " is blocked." : ioc.display() + " will be blocked once the candidate is pushed.");
    return new Result(ioc, address, existing.isEmpty(), List.copyOf(rules), job);
  }

  private void summary(Steps steps, Indicator ioc, String addressName, List<SecurityRule> rules, String push,
      String result) {
    Map<String, String> rows = Steps.rows();
    rows.put("indicator", ioc.display() + " (" + ioc.kind().label() + ")");
    rows.put("address", addressName + " in " + options.folder());
    rows.put("rules (pre, top)", String.join(", ", rules.stream().map(ScmIocBlocking::nameOf).toList())
        + " [" + options.action() + "]");
    rows.put("push", push);
    rows.put("result", result);
    steps.summary("Summary", rows);
  }

  private static String nameOf(SecurityRule rule) {
    return rule.name().orElse("");
  }

  /** Runs this example alone: {@code ScmIocBlocking <indicator> [options]}. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
