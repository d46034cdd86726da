package io.sasekit.examples;

import io.sasekit.core.errors.BadRequestException;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.pagination.AutoPager;
import io.sasekit.core.pagination.Page;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.folders.FolderInfo;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.prismaaccess.models.UrlCategory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Workflow pattern 6, compliance reporting: list every security rule (both rulebases) and URL
 * category of the tenant's folders with auto-pagination, flag rules that allow everything, lack a
 * security profile group, are disabled or have no description (and empty or undescribed URL
 * categories), and write a Markdown report and a CSV inventory.
 *
 * <pre>{@code
 * ./run-example.sh compliance-report --out reports
 * }</pre>
 *
 * <p>Exit code 1 when any listing could not be read (e.g. a misspelt folder): the reports are still
 * written, with a "Not audited" section, but an audit gate must not pass on them.
 */
public final class ComplianceReport {
  /** The example's name. */
  public static final String NAME = "compliance-report";

  static final String USAGE = NAME + " [options]\n"
      + "  --folders L        folders to audit, comma-separated (default: every folder the SCM Setup API\n"
      + "                     lists, or the six system folders when the account may not list them)\n"
      + "  --out DIR          where to write the reports (default sasekit-output)\n"
      + "  --name BASE        file name without extension (default compliance-report)";

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma Access",
      "audit security rules and URL categories (auto-pagination), write Markdown + CSV reports",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          target.simulatorInstance().ifPresent(sim -> {
            int seeded = DemoData.seedIfEmpty(sim);
            if (seeded > 0) {
              out.println("Offline demo: the simulator was seeded with " + seeded
                  + " security rules and URL categories to audit.");
              out.println();
            }
          });
          Result result = new ComplianceReport(options).run(target.prismaAccess(), out);
          if (!result.skipped().isEmpty()) {
            // an audit gate must not pass on a report that does not cover what was asked
            out.println();
            out.println("INCOMPLETE: " + result.skipped().size() + " listing(s) could not be read ("
                + String.join("; ", result.skipped()) + "); the report does not cover them: exit code 1");
            return Main.FAILED;
          }
          return Main.OK;
        };
      });

  /** What the report flags, most severe first. */
  public enum Finding {
    /** An allow rule whose source, destination, user, application and service are all {@code any}. */
    ALLOW_ANY("high", "allows any source, destination, user, application and service"),
    /** An allow rule without a security profile group: traffic is allowed uninspected. */
    NO_PROFILE("medium", "allow rule without a security profile group"),
    /** A disabled rule: dead configuration, or a control someone switched off. */
    DISABLED("low", "rule is disabled"),
    /** A URL category of type URL List with no entries. */
    EMPTY_URL_LIST("low", "URL List category without entries"),
    /** No description: nobody can tell why the object exists. */
    NO_DESCRIPTION("low", "no description");

    private final String severity;
    private final String text;

    Finding(String severity, String text) {
      this.severity = severity;
      this.text = text;
    }

    /** {@code high}, {@code medium} or {@code low}. */
    public String severity() {
      return severity;
    }

    /** What it means, for the report. */
    public String text() {
      return text;
    }
  }

  /**
   * What to audit and where to write.
   *
   * @param folders the folders, or empty to discover them
   * @param outDir the report directory
   * @param baseName the file name without extension
   */
  public record Options(List<String> folders, Path outDir, String baseName) {
    /** Canonical constructor: copies the list. */
    public Options {
      folders = List.copyOf(folders);
    }

    /** Parses the command line. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv, Set.of("folders", "out", "name"), Set.of());
      a.expectPositionals(0, 0, "");
      String name = a.option("name").orElse("compliance-report");
      if (!name.matches("[0-9A-Za-z._-]+")) {
        throw new UsageException("--name must be letters, digits or . _ -");
      }
      return new Options(a.list("folders", List.of()), Path.of(a.option("out").orElse("sasekit-output")), name);
    }
  }

  /**
   * One audited rule.
   *
   * @param folder the folder it lives in
   * @param position {@code pre} or {@code post}
   * @param rule the rule
   * @param findings what is wrong with it
   */
  public record RuleEntry(String folder, String position, SecurityRule rule, List<Finding> findings) {}

  /**
   * One audited URL category.
   *
   * @param folder the folder it lives in
   * @param category the category
   * @param findings what is wrong with it
   */
  public record CategoryEntry(String folder, UrlCategory category, List<Finding> findings) {}

  /**
   * The audit.
   *
   * @param folders the folders audited
   * @param rules every rule
   * @param categories every URL category
   * @param counts how many objects have each finding
   * @param skipped folders or rulebases that could not be listed, with the reason
   * @param markdown the Markdown report
   * @param csv the CSV inventory
   */
  public record Result(List<String> folders, List<RuleEntry> rules, List<CategoryEntry> categories,
      Map<Finding, Integer> counts, List<String> skipped, Path markdown, Path csv) {}

  private final Options options;

  /** A report with these options. */
  public ComplianceReport(Options options) {
    this.options = options;
  }

  /**
   * Audits the tenant and writes the reports.
   *
   * @param client the Prisma Access client
   * @param out where the steps and the summary go
   * @return the audit
   */
  public Result run(PrismaAccessClient client, PrintStream out) {
    Steps steps = new Steps(out, 5);
    steps.step("Choosing the folders to audit");
    List<String> folders = options.folders();
    if (folders.isEmpty()) {
      List<String> found = new ArrayList<>();
      for (FolderInfo f : client.folders().list()) {
        if (f.kind() == FolderInfo.Kind.FOLDER) {
          found.add(f.name());
        }
      }
      folders = found;
      steps.detail(folders.size() + " folders from folder discovery: " + String.join(", ", folders));
    } else {
      steps.detail(String.join(", ", folders) + " (--folders)");
    }

    steps.step("Listing security rules (pre and post rulebases, every page)");
    List<RuleEntry> rules = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String folder : folders) {
      for (Position position : List.of(Position.PRE, Position.POST)) {
        try {
          int[] pages = {0};
          int before = rules.size();
          collect(client.securityRules().listAll(folder, position), pages, rule -> {
            String home = String.valueOf(rule.additionalProperties().getOrDefault("folder", folder));
            if (seen.add(rule.id().orElse(home + "/" + position.value() + "/" + rule.name()))) {
              rules.add(new RuleEntry(home, position.value(), rule, audit(rule)));
            }
          });
          steps.detail(Steps.pad(folder + " (" + position.value() + ")", 36) + count(rules.size() - before, "rule", pages[0]));
        } catch (NotFoundException | BadRequestException e) {
          skipped.add(folder + " (" + position.value() + "): " + e.getMessage());
          steps.detail(folder + " (" + position.value() + "): skipped, " + e.getMessage());
        }
      }
    }

    steps.step("Listing URL categories (every page)");
    List<CategoryEntry> categories = new ArrayList<>();
    Set<String> seenCategories = new LinkedHashSet<>();
    for (String folder : folders) {
      try {
        int[] pages = {0};
        int before = categories.size();
        collect(client.urlCategories().listAll(folder), pages, c -> {
          String home = String.valueOf(c.additionalProperties().getOrDefault("folder", folder));
          String id = String.valueOf(c.additionalProperties().getOrDefault("id", home + "/" + c.name()));
          if (seenCategories.add(id)) {
            categories.add(new CategoryEntry(home, c, audit(c)));
          }
        });
        steps.detail(Steps.pad(folder, 36) + count(categories.size() - before, "URL category", pages[0]));
      } catch (NotFoundException | BadRequestException e) {
        skipped.add(folder + " (URL categories): " + e.getMessage());
        steps.detail(folder + " (URL categories): skipped, " + e.getMessage());
      }
    }

    steps.step("Checking " + rules.size() + " rules and " + categories.size() + " URL categories");
    Map<Finding, Integer> counts = new EnumMap<>(Finding.class);
    for (Finding f : Finding.values()) {
      counts.put(f, 0);
    }
    rules.forEach(r -> r.findings().forEach(f -> counts.merge(f, 1, Integer::sum)));
    categories.forEach(c -> c.findings().forEach(f -> counts.merge(f, 1, Integer::sum)));
    for (Finding f : Finding.values()) {
      steps.detail(Steps.pad(f.name(), 15) + Steps.pad(f.severity(), 7) + counts.get(f) + "  " + f.text());
    }

    steps.step("Writing the reports");
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Path md = options.outDir().resolve(options.baseName() + ".md");
    Path csv = options.outDir().resolve(options.baseName() + ".csv");
    try {
      Files.createDirectories(options.outDir());
      Files.writeString(md, markdown(client, now, folders, rules, categories, counts, skipped), StandardCharsets.UTF_8);
      Files.writeString(csv, csv(rules, categories), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reports to " + options.outDir(), e);
    }
    steps.detail(md.toAbsolutePath().toString());
    steps.detail(csv.toAbsolutePath().toString());

    long flaggedRules = rules.stream().filter(r -> !r.findings().isEmpty()).count();
    Map<String, String> rows = Steps.rows();
    rows.put("folders", String.valueOf(folders.size()));
    rows.put("security rules", rules.size() + " (" + flaggedRules + " flagged)");
    rows.put("URL categories", categories.size() + " (" + categories.stream().filter(c -> !c.findings().isEmpty()).count()
        + " flagged)");
    rows.put("high", counts.get(Finding.ALLOW_ANY) + " allow-any rules");
    rows.put("medium", counts.get(Finding.NO_PROFILE) + " allow rules without a profile group");
    rows.put("low", counts.get(Finding.DISABLED) + " disabled, " + counts.get(Finding.NO_DESCRIPTION)
        + " without description, " + counts.get(Finding.EMPTY_URL_LIST) + " empty URL lists");
    if (!skipped.isEmpty()) {
      rows.put("skipped", skipped.size() + " listings (see the report)");
    }
    rows.put("reports", md + ", " + csv);
    steps.summary("Summary", rows);
    return new Result(List.copyOf(folders), List.copyOf(rules), List.copyOf(categories), Map.copyOf(counts),
        List.copyOf(skipped), md, csv);
  }

  private static String count(int n, String noun, int pages) {
    String plural = n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + plural + (pages > 1 ? " (" + pages + " pages)" : "");
  }

  private static <T> void collect(AutoPager<T> pager, int[] pages, java.util.function.Consumer<T> each) {
    for (Page<T> page : pager.pages()) {
      pages[0]++;
      page.forEach(each);
    }
  }

  /** The findings of a rule. */
  public static List<Finding> audit(SecurityRule rule) {
    List<Finding> f = new ArrayList<>();
    boolean allow = rule.action().equalsIgnoreCase("allow");
    if (allow && isAny(rule.source()) && isAny(rule.destination()) && isAny(rule.sourceUser())
        && isAny(rule.application()) && isAny(rule.service())
        && !rule.negateSource().orElse(false) && !rule.negateDestination().orElse(false)) {
      f.add(Finding.ALLOW_ANY);
    }
    if (allow && rule.profileSetting().map(p -> p.group().isEmpty()).orElse(true)) {
      f.add(Finding.NO_PROFILE);
    }
    if (rule.disabled().orElse(false)) {
      f.add(Finding.DISABLED);
    }
    if (rule.description().map(String::isBlank).orElse(true)) {
      f.add(Finding.NO_DESCRIPTION);
    }
    return List.copyOf(f);
  }

  /** The findings of a URL category. */
  public static List<Finding> audit(UrlCategory category) {
    List<Finding> f = new ArrayList<>();
    boolean urlList = category.type().map(t -> t.value().equals("URL List")).orElse(true);
    if (urlList && category.list().isEmpty()) {
      f.add(Finding.EMPTY_URL_LIST);
    }
    if (category.description().map(String::isBlank).orElse(true)) {
      f.add(Finding.NO_DESCRIPTION);
    }
    return List.copyOf(f);
  }

  private static boolean isAny(List<String> values) {
    return values.isEmpty() || values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals("any"));
  }

  private String markdown(PrismaAccessClient client, Instant now, List<String> folders, List<RuleEntry> rules,
      List<CategoryEntry> categories, Map<Finding, Integer> counts, List<String> skipped) {
    StringBuilder md = new StringBuilder();
    md.append("# Prisma Access compliance report\n\n");
    md.append("- generated: ").append(now).append('\n');
    md.append("- tenant: ").append(client.options().baseUrl()).append(", TSG ")
        .append(client.options().tsgId().orElse("-")).append('\n');
    md.append("- folders: ").append(String.join(", ", folders)).append('\n');
    md.append("- security rules: ").append(rules.size()).append(", URL categories: ").append(categories.size())
        .append("\n\n");
    md.append("## Findings\n\n| finding | severity | count | meaning |\n|---|---|---|---|\n");
    for (Finding f : Finding.values()) {
      md.append("| ").append(f.name()).append(" | ").append(f.severity()).append(" | ").append(counts.get(f))
          .append(" | ").append(f.text()).append(" |\n");
    }
    md.append("\n## Flagged security rules\n\n");
    List<RuleEntry> flagged = rules.stream().filter(r -> !r.findings().isEmpty())
        .sorted(java.util.Comparator.comparing((RuleEntry r) -> r.findings().get(0)).thenComparing(r -> r.rule().name()))
        .toList();
    if (flagged.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| rule | folder | rulebase | action | findings |\n|---|---|---|---|---|\n");
      for (RuleEntry r : flagged) {
        md.append("| ").append(cell(r.rule().name())).append(" | ").append(cell(r.folder())).append(" | ")
            .append(r.position()).append(" | ").append(cell(r.rule().action())).append(" | ")
            .append(findings(r.findings())).append(" |\n");
      }
    }
    md.append("\n## Flagged URL categories\n\n");
    List<CategoryEntry> flaggedCategories = categories.stream().filter(c -> !c.findings().isEmpty()).toList();
    if (flaggedCategories.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| category | folder | entries | findings |\n|---|---|---|---|\n");
      for (CategoryEntry c : flaggedCategories) {
        md.append("| ").append(cell(c.category().name())).append(" | ").append(cell(c.folder())).append(" | ")
            .append(c.category().list().size()).append(" | ").append(findings(c.findings())).append(" |\n");
      }
    }
    md.append("\n## Security rule inventory\n\n");
    md.append("| folder | rulebase | rule | action | enabled | source | destination | user | application | service |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (RuleEntry r : rules) {
      SecurityRule s = r.rule();
      md.append("| ").append(cell(r.folder())).append(" | ").append(r.position()).append(" | ").append(cell(s.name()))
          .append(" | ").append(cell(s.action())).append(" | ").append(s.disabled().orElse(false) ? "no" : "yes")
          .append(" | ").append(cell(join(s.source()))).append(" | ").append(cell(join(s.destination())))
          .append(" | ").append(cell(join(s.sourceUser()))).append(" | ").append(cell(join(s.application())))
          .append(" | ").append(cell(join(s.service()))).append(" |\n");
    }
    md.append("\n## URL category inventory\n\n| folder | category | type | entries |\n|---|---|---|---|\n");
    for (CategoryEntry c : categories) {
      md.append("| ").append(cell(c.folder())).append(" | ").append(cell(c.category().name())).append(" | ")
          .append(c.category().type().map(t -> t.value()).orElse("URL List")).append(" | ")
          .append(c.category().list().size()).append(" |\n");
    }
    if (!skipped.isEmpty()) {
      md.append("\n## Not audited\n\n");
      skipped.forEach(s -> md.append("- ").append(cell(s)).append('\n'));
    }
    return md.toString();
  }

  private static String csv(List<RuleEntry> rules, List<CategoryEntry> categories) {
    List<List<String>> rows = new ArrayList<>();
    for (RuleEntry r : rules) {
      SecurityRule s = r.rule();
      rows.add(List.of("security-rule", r.folder(), r.position(), s.name(), s.action(),
          String.valueOf(s.disabled().orElse(false)), join(s.source()), join(s.destination()), join(s.sourceUser()),
          join(s.application()), join(s.service()), "", s.description().orElse(""), names(r.findings())));
    }
    for (CategoryEntry c : categories) {
      UrlCategory u = c.category();
      rows.add(List.of("url-category", c.folder(), "", u.name(), "", "", "", "", "", "", "",
          String.valueOf(u.list().size()), u.description().orElse(""), names(c.findings())));
    }
    return SafeCsv.write(List.of("object_type", "folder", "rulebase", "name", "action", "disabled", "source",
        "destination", "source_user", "application", "service", "url_entries", "description", "findings"), rows);
  }

  private static String names(List<Finding> findings) {
    return String.join(" ", findings.stream().map(Finding::name).toList());
  }

  private static String findings(List<Finding> findings) {
    return String.join(", ", findings.stream().map(f -> f.name() + " (" + f.severity() + ")").toList());
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? "any" : String.join(" ", values);
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
