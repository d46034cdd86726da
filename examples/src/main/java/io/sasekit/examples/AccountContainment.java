package io.sasekit.examples;

import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.DynamicUserGroup;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.prismaaccess.models.Tag;
import io.sasekit.prismaaccess.params.DynamicUserGroupListParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow pattern 3, compromised-account containment: the identity provider flags an account;
 * make sure a dynamic user group of quarantined users (members: users tagged
 * {@value #QUARANTINE_TAG}) exists, and a rule at the top of {@code pre} denies all traffic of that
 * group and of the named user (listed directly, so containment does not wait for the tag), then
 * push and wait. Running it for another user adds that user to the same rule.
 *
 * <pre>{@code
 * ./run-example.sh account-containment 'acme\jdoe' --ticket SEC-4711
 * }</pre>
 */
public final class AccountContainment {
  /** The example's name. */
  public static final String NAME = "account-containment";
  /** The tag whose users the dynamic user group holds. */
  public static final String QUARANTINE_TAG = "sasekit-quarantine";
  /** The dynamic user group's name. */
  public static final String GROUP = "sasekit-quarantined-users";
  /** The containment rule's name. */
  public static final String RULE = "contain-quarantined-users";

  static final String USAGE = NAME + " <user> [options]\n"
      + "  <user>             the compromised account as User-ID sees it, e.g. acme\\jdoe or jdoe@acme.example\n"
      + "  --folder NAME      folder of the group and the rule (default Shared)\n"
      + "  --ticket ID        ticket or incident id, recorded in descriptions\n"
      + String.format(PushOptions.USAGE, "\"Mobile Users,Remote Networks\"");

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma Access",
      "contain a compromised account: dynamic user group + deny rule for the user, push, wait",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          new AccountContainment(options.withDefaultPollInterval(target)).run(target.prismaAccess(), out);
          return Main.OK;
        };
      });

  /**
   * Whom to contain and how.
   *
   * @param user the account
   * @param folder where the group and the rule live
   * @param ticket ticket id, or {@code null}
   * @param push how to deploy
   */
  public record Options(String user, String folder, String ticket, PushOptions push) {
    /** Parses the command line. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv, IocBlocking.union(Set.of("folder", "ticket"), PushOptions.VALUE_OPTIONS),
          PushOptions.FLAGS);
      a.expectPositionals(1, 1, "<user>: the account to contain");
      String user = a.positionals().get(0).strip();
      if (user.isEmpty() || user.length() > 255 || user.chars().anyMatch(c -> Character.isWhitespace(c) || c < 32)) {
        throw new UsageException("<user> must be an account name without spaces, e.g. acme\\jdoe");
      }
      return new Options(user, a.option("folder").orElse(Folder.SHARED), a.option("ticket").orElse(null),
          PushOptions.parse(a, PushOptions.USERS_AND_BRANCHES));
    }

    Options withDefaultPollInterval(Target target) {
      return new Options(user, folder, ticket, push.withDefaultPollInterval(target.pollInterval()));
    }
  }

  /**
   * What the run did.
   *
   * @param group the dynamic user group
   * @param rule the containment rule after the run
   * @param userAdded whether this run added the user to the rule
   * @param job the finished push job; empty with {@code --no-push}
   */
  public record Result(DynamicUserGroup group, SecurityRule rule, boolean userAdded, Optional<Job> job) {}

  private final Options options;

  /** A containment run with these options. */
  public AccountContainment(Options options) {
    this.options = options;
  }

  /**
   * Runs the workflow.
   *
   * @param client the Prisma Access client
   * @param out where the steps and the summary go
   * @return what was done
   */
  public Result run(PrismaAccessClient client, PrintStream out) {
    String folder = options.folder();
    String context = options.ticket() == null ? "" : " (" + options.ticket() + ")";
    Steps steps = new Steps(out, options.push().enabled() ? 4 : 2);
    out.println("Containing account " + options.user() + context);

    steps.step("Ensuring tag " + QUARANTINE_TAG + " and dynamic user group " + GROUP + " in " + folder);
    steps.detail("tag " + QUARANTINE_TAG + ": " + ConfigObjects.ensureTag(client, folder, QUARANTINE_TAG,
        Tag.Color.MAROON, "Users tagged with it are denied all traffic (sasekit account containment)").verb());
    Optional<DynamicUserGroup> existingGroup = ConfigObjects.named(
        client.dynamicUserGroups().list(folder, DynamicUserGroupListParams.builder().name(GROUP).build()),
        DynamicUserGroup::name, GROUP);
    DynamicUserGroup group = existingGroup.orElseGet(() -> client.dynamicUserGroups().create(folder,
        DynamicUserGroup.builder()
            .name(GROUP)
            .filter("'" + QUARANTINE_TAG + "'")
            .description("Users tagged " + QUARANTINE_TAG + " by the identity provider or SOC tooling")
            .tag(List.of(QUARANTINE_TAG))
            .build()));
    steps.detail("dynamic user group " + GROUP + " (filter " + group.filter() + "): "
        + (existingGroup.isPresent() ? "exists, reused" : "created"));

    steps.step("Denying all traffic of " + GROUP + " and " + options.user() + " with rule " + RULE + " (pre, top)");
    Optional<SecurityRule> existingRule = ConfigObjects.findRule(client, folder, Position.PRE, RULE);
    SecurityRule rule;
    boolean added;
    if (existingRule.isEmpty()) {
      rule = client.securityRules().create(folder, Position.PRE,
          ConfigObjects.denyRule(RULE, "deny", QUARANTINE_TAG, "Containment of compromised accounts (sasekit)")
              .sourceUser(List.of(GROUP, options.user()))
              .build());
      added = true;
      steps.detail("rule " + RULE + " created: source users " + String.join(", ", rule.sourceUser()));
    } else if (existingRule.get().sourceUser().contains(options.user())) {
      rule = existingRule.get();
      added = false;
      steps.detail("rule " + RULE + " exists and already contains " + options.user());
    } else {
      List<String> users = new ArrayList<>(existingRule.get().sourceUser());
      users.remove("any");
      if (!users.contains(GROUP)) {
        users.add(0, GROUP);
      }
      users.add(options.user());
      String id = existingRule.get().id().orElseThrow(() -> new IllegalStateException("rule " + RULE + " has no id"));
      rule = client.securityRules().update(id, existingRule.get().toBuilder().sourceUser(users).build());
      added = true;
      steps.detail("rule " + RULE + " exists: added " + options.user() + ", now " + users.size() + " source users");
    }
    ConfigObjects.moveToTop(client, folder, rule);
    steps.detail("moved to the top of pre");

    Optional<Job> job = Optional.empty();
    if (options.push().enabled()) {
      job = Optional.of(Deployment.pushAndWait(client, options.push(), "Contain account " + options.user() + context,
          steps));
    }

    Map<String, String> rows = Steps.rows();
    rows.put("account", options.user() + context);
    rows.put("dynamic user group", GROUP + " (members: users tagged '" + QUARANTINE_TAG + "')");
    rows.put("rule", RULE + " in " + folder + " (pre, top, deny): " + String.join(", ", rule.sourceUser()));
    rows.put("push", job.map(j -> "job " + j.id().orElse("?") + ": " + Deployment.statusOf(j)).orElse("skipped (--no-push)"));
    rows.put("result", options.user() + (job.isPresent() ? " is contained." : " will be contained once the candidate is pushed."));
    steps.summary("Summary", rows);
    out.println();
    out.println("Next steps: disable the account and revoke its sessions in the identity provider; tag it '"
        + QUARANTINE_TAG + "' so every device it signs in from stays contained; record the action in the ticket.");
    return new Result(group, rule, added, job);
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
