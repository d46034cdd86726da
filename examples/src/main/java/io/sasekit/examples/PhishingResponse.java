package io.sasekit.examples;

import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.prismaaccess.models.Tag;
import io.sasekit.prismaaccess.models.UrlCategory;
import io.sasekit.prismaaccess.params.UrlCategoryListParams;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Workflow pattern 2, phishing domain response: email analysis extracted phishing domains; put
 * them in a custom URL category of type {@code URL List} (created, or extended when it exists),
 * make sure a rule at the top of {@code pre} denies that category, push, wait, and print a note
 * for the SOC.
 *
 * <pre>{@code
 * ./run-example.sh phishing-response login-micros0ft.example 'hxxps://paypa1-secure[.]example/verify'
 * }</pre>
 */
public final class PhishingResponse {
  /** The example's name. */
  public static final String NAME = "phishing-response";
  /** Tag put on the rule this example creates. */
  public static final String TAG = "sasekit-phishing";

  private static final Pattern DOMAIN = Pattern.compile("(\\*\\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)+");

  static final String USAGE = NAME + " <domain-or-url>... [options]\n"
      + "  <domain-or-url>    phishing domains (a *. prefix covers subdomains) or URLs; defanged forms accepted\n"
      + "  --category NAME    URL category to create or extend (default phishing-domains-<yyyy-MM>)\n"
      + "  --folder NAME      folder of the category and the rule (default Shared)\n"
      + "  --no-rule          only maintain the category (use it in your own rules or URL access profiles)\n"
      + "  --incident ID      incident or ticket id, recorded in descriptions\n"
      + String.format(PushOptions.USAGE, "\"Mobile Users,Remote Networks\"");

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma Access",
      "block phishing domains: URL category (URL List) + deny rule, push, wait, note for the SOC",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          new PhishingResponse(options.withDefaultPollInterval(target)).run(target.prismaAccess(), out);
          return Main.OK;
        };
      });

  /**
   * What to block and how.
   *
   * @param domains the normalised domains
   * @param category the URL category's name
   * @param folder where the category and the rule live
   * @param rule whether to ensure the deny rule
   * @param incident incident id, or {@code null}
   * @param push how to deploy
   */
  public record Options(List<String> domains, String category, String folder, boolean rule, String incident,
      PushOptions push) {
    /** Canonical constructor: copies the list. */
    public Options {
      domains = List.copyOf(domains);
    }

    /** Parses the command line. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv, IocBlocking.union(Set.of("category", "folder", "incident"), PushOptions.VALUE_OPTIONS),
          IocBlocking.union(Set.of("no-rule"), PushOptions.FLAGS));
      a.expectPositionals(1, Integer.MAX_VALUE, "<domain-or-url>: at least one phishing domain");
      Set<String> domains = new LinkedHashSet<>();
      for (String raw : a.positionals()) {
        domains.add(normalize(raw));
      }
      String category = a.option("category")
          .orElse("phishing-domains-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM")));
      if (!category.matches("[0-9A-Za-z._ -]{1,31}")) {
        throw new UsageException("--category must be 1-31 letters, digits, spaces or . _ -");
      }
      return new Options(new ArrayList<>(domains), category, a.option("folder").orElse(Folder.SHARED),
          !a.flag("no-rule"), a.option("incident").orElse(null), PushOptions.parse(a, PushOptions.USERS_AND_BRANCHES));
    }

    Options withDefaultPollInterval(Target target) {
      return new Options(domains, category, folder, rule, incident, push.withDefaultPollInterval(target.pollInterval()));
    }
  }

  /**
   * What the run did.
   *
   * @param category the URL category after the run
   * @param categoryCreated whether this run created it
   * @param added the domains this run added to it
   * @param rule the deny rule, if ensured
   * @param job the finished push job; empty with {@code --no-push}
   */
  public record Result(UrlCategory category, boolean categoryCreated, List<String> added, Optional<SecurityRule> rule,
      Optional<Job> job) {}

  private final Options options;

  /** A phishing-response run with these options. */
  public PhishingResponse(Options options) {
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
    String context = options.incident() == null ? "" : " (" + options.incident() + ")";
    int total = 1 + (options.rule() ? 1 : 0) + (options.push().enabled() ? 2 : 0);
    Steps steps = new Steps(out, total);
    out.println("Responding to " + options.domains().size() + " phishing domain(s)" + context + ": "
        + String.join(", ", options.domains()));

    steps.step("Adding the domains to URL category " + options.category() + " (type URL List) in " + folder);
    Optional<UrlCategory> existing = ConfigObjects.named(
        client.urlCategories().list(folder, UrlCategoryListParams.builder().name(options.category()).build()),
        UrlCategory::name, options.category());
    UrlCategory category;
    List<String> added = new ArrayList<>();
    boolean created = existing.isEmpty();
    if (existing.isPresent()) {
      Set<String> list = new LinkedHashSet<>(existing.get().list());
      for (String d : options.domains()) {
        if (list.add(d)) {
          added.add(d);
        }
      }
      String id = String.valueOf(existing.get().additionalProperties().getOrDefault("id", ""));
      if (id.isBlank()) {
        throw new WorkflowException("URL category " + options.category() + " was listed without an id: cannot update it");
      }
      if (added.isEmpty()) {
        category = existing.get();
        steps.detail("category exists and already lists every domain; unchanged");
      } else {
        category = client.urlCategories().update(id, existing.get().toBuilder().list(new ArrayList<>(list)).build());
        steps.detail("category exists: added " + added.size() + " domain(s), now " + category.list().size() + " entries");
      }
    } else {
      added.addAll(options.domains());
      category = client.urlCategories().create(folder, UrlCategory.builder()
          .name(options.category())
          .type(UrlCategory.TypeValue.URL_LIST)
          .list(options.domains())
          .description(IocBlocking.truncate("Phishing domains identified by inbound email analysis (sasekit)" + context, 1023))
          .build());
      steps.detail("category created with " + category.list().size() + " domain(s)");
    }

    Optional<SecurityRule> rule = Optional.empty();
    if (options.rule()) {
      String ruleName = Names.of("block-", options.category());
      steps.step("Ensuring rule " + ruleName + " denies the category, at the top of pre");
      steps.detail("tag " + TAG + ": " + ConfigObjects.ensureTag(client, folder, TAG, Tag.Color.ORANGE,
          "Objects created by sasekit phishing response").verb());
      ConfigObjects.Ensured<SecurityRule> r = ConfigObjects.ensureRule(client, folder, Position.PRE,
          ConfigObjects.denyRule(ruleName, "deny", TAG, "Block phishing URL category " + options.category() + context)
              .category(List.of(options.category()))
              .build());
      ConfigObjects.moveToTop(client, folder, r.object());
      steps.detail("rule " + ruleName + ": " + r.verb() + ", moved to the top");
      rule = Optional.of(r.object());
    }

    Optional<Job> job = Optional.empty();
    if (options.push().enabled()) {
      job = Optional.of(Deployment.pushAndWait(client, options.push(),
          "Block phishing domains in " + options.category() + context, steps));
    }

    Map<String, String> rows = Steps.rows();
    rows.put("URL category", options.category() + " in " + folder + " (" + (created ? "created" : "extended") + ", "
        + category.list().size() + " entries)");
    rows.put("domains added", added.isEmpty() ? "none (all listed already)" : String.join(", ", added));
    rows.put("deny rule", rule.map(r -> r.name() + " (pre, top)").orElse("not managed (--no-rule)"));
    rows.put("push", job.map(j -> "job " + j.id().orElse("?") + ": " + Deployment.statusOf(j)).orElse("skipped (--no-push)"));
    steps.summary("Summary", rows);

    out.println();
    out.println("Note for the SOC (paste into the ticket or channel):");
    out.println("  Phishing response" + context + ": " + options.domains().size() + " domain(s) "
        + (job.isPresent() ? "blocked" : "staged for blocking") + " in Prisma Access via URL category "
        + options.category() + ": " + String.join(", ", options.domains()) + ".");
    return new Result(category, created, List.copyOf(added), rule, job);
  }

  /**
   * A domain as a URL list holds it: refanged, without scheme, path or port, lower case; a
   * {@code *.} prefix is kept.
   *
   * @throws UsageException when it is not a domain
   */
  static String normalize(String raw) {
    String s = Indicator.refang(raw.strip()).toLowerCase(Locale.ROOT);
    if (s.contains("://")) {
      s = s.substring(s.indexOf("://") + 3);
    }
    for (char stop : new char[] {'/', '?', '#'}) {
      if (s.indexOf(stop) >= 0) {
        s = s.substring(0, s.indexOf(stop));
      }
    }
    if (s.indexOf('@') >= 0) {
      s = s.substring(s.lastIndexOf('@') + 1);
    }
    if (s.matches(".*:\\d+")) {
      s = s.substring(0, s.lastIndexOf(':'));
    }
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (!DOMAIN.matcher(s).matches() || s.length() > 255) {
      throw new UsageException("not a domain: '" + raw + "'");
    }
    return s;
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
