package io.sasekit.examples;

import io.sasekit.core.errors.BadRequestException;
import io.sasekit.core.errors.ConflictException;
import io.sasekit.core.errors.UnprocessableEntityException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.pagination.Page;
import io.sasekit.prismaaccess.Folder;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.AddressGroup;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.Position;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.prismaaccess.models.Tag;
import io.sasekit.prismaaccess.params.AddressGroupListParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Workflow pattern 4, bulk IOC import: read a CSV of indicators (hundreds of them), create an
 * address object per row with a progress bar (a row that fails is reported and the rest go on;
 * rows already present are skipped), make sure a dynamic address group of everything tagged
 * {@code --tag} is denied both ways by rules at the top of {@code pre}, then push ONCE and wait.
 *
 * <p>Without a file it imports the bundled sample: 300 indicators from the documentation ranges
 * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and reserved domains.
 *
 * <pre>{@code
 * ./run-example.sh bulk-ioc-import
 * ./run-example.sh bulk-ioc-import feeds/iocs-2026-05-05.csv --tag threat-feed-a
 * }</pre>
 *
 * <p>Exit code 1 when any row failed, even though the rest were imported and pushed.
 */
public final class BulkIocImport {
  /** The example's name. */
  public static final String NAME = "bulk-ioc-import";
  /** Class path resource of the bundled sample, next to this class. */
  public static final String SAMPLE = "sample-iocs.csv";
  /** The tag every imported address gets, unless {@code --tag} says otherwise. */
  public static final String DEFAULT_TAG = "sasekit-ioc-bulk";
  /** How many failed rows the summary lists one by one. */
  static final int LISTED_FAILURES = 20;

  static final String USAGE = NAME + " [file.csv] [options]\n"
      + "  file.csv           rows: indicator[,type[,description]] with an optional header line; type is\n"
      + "                     ip, ipv4, ipv6, cidr, range, fqdn, domain or empty (detected); # starts a comment.\n"
      + "                     Default: the bundled sample of 300 documentation-range indicators\n"
      + "  --folder NAME      folder of the addresses, the group and the rules (default Shared)\n"
      + "  --tag NAME         tag put on every address; the blocklist group holds everything tagged so\n"
      + "                     (default " + DEFAULT_TAG + ")\n"
      + "  --no-block         only import the addresses, without the blocklist group and rules\n"
      + String.format(PushOptions.USAGE, "\"Mobile Users,Remote Networks\"");

  /** The launcher's entry for this example. */
  public static final Example EXAMPLE = new Example(NAME, "Prisma Access",
      "import an IOC CSV (300-row sample bundled) with a progress bar, blocklist group + rules, ONE push",
      USAGE, args -> {
        Options options = Options.parse(args);
        return (target, out) -> {
          boolean terminal = out == System.out && System.console() != null;
          Result r = new BulkIocImport(options.withDefaultPollInterval(target), terminal).run(target.prismaAccess(), out);
          return r.failures().isEmpty() ? Main.OK : Main.FAILED;
        };
      });

  /**
   * What to import and how.
   *
   * @param csv the CSV file, or {@code null} for the bundled sample
   * @param folder where the objects live
   * @param tag tag put on every address
   * @param block whether to ensure the blocklist group and rules
   * @param push how to deploy
   */
  public record Options(Path csv, String folder, String tag, boolean block, PushOptions push) {
    /** Parses the command line; a file that cannot be read is a usage error. */
    public static Options parse(List<String> argv) {
      Args a = Args.parse(argv, IocBlocking.union(Set.of("folder", "tag"), PushOptions.VALUE_OPTIONS),
          IocBlocking.union(Set.of("no-block"), PushOptions.FLAGS));
      a.expectPositionals(0, 1, "file.csv");
      Path csv = null;
      if (!a.positionals().isEmpty()) {
        csv = Path.of(a.positionals().get(0));
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
          throw new UsageException("cannot read " + csv.toAbsolutePath());
        }
      }
      String tag = a.option("tag").orElse(DEFAULT_TAG);
      if (!tag.matches("[0-9A-Za-z._ -]{1,127}")) {
        throw new UsageException("--tag must be 1-127 letters, digits, spaces or . _ -");
      }
      return new Options(csv, a.option("folder").orElse(Folder.SHARED), tag, !a.flag("no-block"),
          PushOptions.parse(a, PushOptions.USERS_AND_BRANCHES));
    }

    Options withDefaultPollInterval(Target target) {
      return new Options(csv, folder, tag, block, push.withDefaultPollInterval(target.pollInterval()));
    }
  }

  /**
   * A row that was not imported.
   *
   * @param line its line in the file
   * @param indicator the indicator as written
   * @param reason why (the SDK's message for API errors)
   */
  public record RowFailure(int line, String indicator, String reason) {}

  /**
   * What the import did.
   *
   * @param rows data rows read
   * @param created addresses created
   * @param existing rows whose address already existed
   * @param duplicates rows repeating an earlier row of the file
   * @param failures rows not imported
   * @param job the finished push job; empty with {@code --no-push}
   */
  public record Result(int rows, int created, int existing, int duplicates, List<RowFailure> failures,
      Optional<Job> job) {}

  private final Options options;
  private final boolean terminal;

  /**
   * An import with these options.
   *
   * @param options what to import
   * @param terminal whether the output is a terminal (redraw the progress bar in place)
   */
  public BulkIocImport(Options options, boolean terminal) {
    this.options = options;
    this.terminal = terminal;
  }

  /**
   * Runs the import.
   *
   * @param client the Prisma Access client
   * @param out where the steps, the progress bar and the summary go
   * @return the counts; failed rows do not throw
   * @throws io.sasekit.core.errors.SasekitException when the tenant cannot be reached, the
   *     credentials fail, or the push fails (rows imported so far stay in the candidate)
   */
  public Result run(PrismaAccessClient client, PrintStream out) {
    String folder = options.folder();
    String when = LocalDate.now(ZoneOffset.UTC).toString();
    Steps steps = new Steps(out, 4 + (options.block() ? 1 : 0) + (options.push().enabled() ? 1 : 0));

    String source = options.csv() == null ? "the bundled sample " + SAMPLE : options.csv().toString();
    steps.step("Reading " + source);
    List<IocCsv.Row> rows = readRows();
    steps.detail(rows.size() + " data rows");

    steps.step("Listing the addresses already in " + folder + " (auto-pagination)");
    Map<String, Address> existingByName = new HashMap<>();
    int pages = 0;
    for (Page<Address> page : client.addresses().listAll(folder).pages()) {
      pages++;
      for (Address a : page) {
        existingByName.put(a.name(), a);
      }
    }
    steps.detail(existingByName.size() + " addresses" + (pages > 1 ? " in " + pages + " pages" : ""));

    steps.step("Ensuring tag " + options.tag());
    steps.detail("tag " + options.tag() + ": " + ConfigObjects.ensureTag(client, folder, options.tag(), Tag.Color.RED,
        "IOCs imported in bulk by sasekit").verb());

    steps.step("Creating " + rows.size() + " address objects");
    ProgressBar bar = new ProgressBar(out, rows.size(), terminal);
    bar.update(0);
    List<RowFailure> failures = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int created = 0;
    int existing = 0;
    int duplicates = 0;
    for (IocCsv.Row row : rows) {
      try {
        Indicator ioc = parse(row);
        String name = Names.of("ioc-", ioc.display());
        if (!seen.add(name)) {
          duplicates++;
        } else if (existingByName.containsKey(name)) {
          existing++;
        } else {
          String description = row.description().isEmpty() ? "IOC imported by sasekit on " + when
              : row.description() + " (imported by sasekit on " + when + ")";
          client.addresses().create(folder, ioc.applyTo(Address.builder())
              .name(name)
              .tag(List.of(options.tag()))
              .description(IocBlocking.truncate(description, 1023))
              .build());
          created++;
        }
      } catch (IllegalArgumentException e) {
        fail(bar, failures, new RowFailure(row.line(), row.indicator(), e.getMessage()));
      } catch (ConflictException e) {
        existing++; // created meanwhile by someone else
      } catch (ValidationException | BadRequestException | UnprocessableEntityException e) {
        fail(bar, failures, new RowFailure(row.line(), row.indicator(), e.getMessage()));
      } catch (RuntimeException e) {
        bar.finish();
        steps.detail("import stopped at line " + row.line() + " after " + created + " new addresses;"
            + " they are in the candidate configuration (run again to continue: existing ones are skipped)");
        throw e;
      }
      bar.step();
    }
    bar.finish();
    steps.detail(created + " created, " + existing + " already present, " + duplicates + " duplicate rows, "
        + failures.size() + " failed");

    if (options.block()) {
      String group = Names.of("blocklist-", options.tag());
      steps.step("Ensuring dynamic address group " + group + " (everything tagged '" + options.tag()
          + "') and deny rules at the top of pre");
      Optional<AddressGroup> g = ConfigObjects.named(
          client.addressGroups().list(folder, AddressGroupListParams.builder().name(group).build()),
          AddressGroup::name, group);
      if (g.isEmpty()) {
        client.addressGroups().create(folder, AddressGroup.builder()
            .name(group)
            .dynamic(AddressGroup.Dynamic.builder().filter("'" + options.tag() + "'").build())
            .description("Every address tagged " + options.tag() + " (sasekit bulk IOC import)")
            .build());
      }
      steps.detail("address group " + group + ": " + (g.isPresent() ? "exists, reused" : "created"));
      List<SecurityRule> rules = new ArrayList<>();
      for (String direction : List.of("src", "dst")) {
        SecurityRule.Builder rule = ConfigObjects.denyRule(Names.of("block-" + direction + "-", group), "deny",
            options.tag(), "Block every IOC tagged " + options.tag() + " (sasekit bulk import)");
        if (direction.equals("src")) {
          rule.source(List.of(group));
        } else {
          rule.destination(List.of(group));
        }
        ConfigObjects.Ensured<SecurityRule> r = ConfigObjects.ensureRule(client, folder, Position.PRE, rule.build());
        steps.detail("rule " + r.object().name() + ": " + r.verb());
        rules.add(r.object());
      }
      for (int i = rules.size() - 1; i >= 0; i--) {
        ConfigObjects.moveToTop(client, folder, rules.get(i));
      }
    }

    Optional<Job> job = Optional.empty();
    if (options.push().enabled()) {
      steps.step("Pushing once to " + options.push().foldersText() + " and waiting for the job (timeout "
          + Deployment.human(options.push().timeout()) + ")");
      try {
        Job finished = client.pushAndWait(options.push().folders(),
            "Bulk IOC import: " + created + " new addresses tagged " + options.tag(), options.push().waitOptions());
        steps.detail("job " + finished.id().orElse("?") + " finished: " + Deployment.statusOf(finished));
        job = Optional.of(finished);
      } catch (io.sasekit.prismaaccess.workflow.JobFailedException e) {
        steps.detail("job " + e.jobId() + " FAILED: " + Deployment.statusOf(e.job()));
        summary(steps, rows.size(), created, existing, duplicates, failures, "FAILED: " + e.getMessage());
        throw e;
      }
    }
    summary(steps, rows.size(), created, existing, duplicates, failures,
        job.map(j -> "job " + j.id().orElse("?") + ": " + Deployment.statusOf(j)).orElse("skipped (--no-push)"));
    return new Result(rows.size(), created, existing, duplicates, List.copyOf(failures), job);
  }

  private void summary(Steps steps, int rows, int created, int existing, int duplicates, List<RowFailure> failures,
      String push) {
    Map<String, String> r = Steps.rows();
    r.put("rows read", String.valueOf(rows));
    r.put("created", String.valueOf(created));
    r.put("already present", String.valueOf(existing));
    r.put("duplicate rows", String.valueOf(duplicates));
    r.put("failed", String.valueOf(failures.size()));
    r.put("push", push);
    steps.summary("Summary", r);
    if (!failures.isEmpty()) {
      steps.out().println();
      steps.out().println("Failed rows:");
      failures.stream().limit(LISTED_FAILURES).forEach(f ->
          steps.out().println("  line " + f.line() + " '" + f.indicator() + "': " + f.reason()));
      if (failures.size() > LISTED_FAILURES) {
        steps.out().println("  ... and " + (failures.size() - LISTED_FAILURES) + " more");
      }
    }
  }

  private static void fail(ProgressBar bar, List<RowFailure> failures, RowFailure f) {
    failures.add(f);
    bar.message("      line " + f.line() + " '" + f.indicator() + "' failed: " + f.reason());
  }

  private List<IocCsv.Row> readRows() {
    try (Reader reader = open()) {
      return IocCsv.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (options.csv() == null ? SAMPLE : options.csv()), e);
    }
  }

  private Reader open() throws IOException {
    if (options.csv() != null) {
      return Files.newBufferedReader(options.csv(), StandardCharsets.UTF_8);
    }
    InputStream in = BulkIocImport.class.getResourceAsStream(SAMPLE);
    if (in == null) {
      throw new IOException("the bundled sample " + SAMPLE + " is missing from the class path");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Parses a row's indicator and checks it against the declared type. */
  static Indicator parse(IocCsv.Row row) {
    Indicator ioc = Indicator.parse(row.indicator());
    String type = row.type().toLowerCase(Locale.ROOT);
    boolean ok;
    switch (type) {
      case "":
      case "auto":
        ok = true;
        break;
      case "ip":
      case "cidr":
      case "network":
        ok = ioc.kind() == Indicator.Kind.IPV4 || ioc.kind() == Indicator.Kind.IPV6;
        break;
      case "ipv4":
        ok = ioc.kind() == Indicator.Kind.IPV4;
        break;
      case "ipv6":
        ok = ioc.kind() == Indicator.Kind.IPV6;
        break;
      case "range":
        ok = ioc.kind() == Indicator.Kind.RANGE;
        break;
      case "fqdn":
      case "domain":
      case "host":
      case "url":
        ok = ioc.kind() == Indicator.Kind.FQDN;
        break;
      default:
        throw new IllegalArgumentException("unknown type '" + row.type() + "'");
    }
    if (!ok) {
      throw new IllegalArgumentException("declared " + row.type() + " but it is " + ioc.kind().label());
    }
    return ioc;
  }

  /** Runs this example alone. */
  public static void main(String[] args) {
    Main.main(NAME, args);
  }
}
