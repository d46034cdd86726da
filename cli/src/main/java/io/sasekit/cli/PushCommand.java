package io.sasekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Job;
import io.sasekit.prismaaccess.models.JobSubmission;
import io.sasekit.core.jobs.WaitOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code sasekit push --folders "Remote Networks,Shared" [--description D] [--wait [--timeout 30m]]}. */
@Command(name = "push", description = {
    "Push the candidate configuration of folders to Prisma Access; with --wait, wait for the push job.",
    "POST /sse/config/v1/config-versions/candidate:push, then GET /sse/config/v1/jobs/{id} until it finishes"})
final class PushCommand implements Builtin {
  @Option(names = "--folders", split = ",", required = true, paramLabel = "<folder>",
      description = "folders to push, comma-separated or repeated, e.g. \"Remote Networks,Shared\"")
  List<String> folders;

  @Option(names = "--description", paramLabel = "<text>", description = "shown in the push history")
  String description;

  @Option(names = "--wait", description = "wait until the push job finishes; exit 1 when it fails or times out")
  boolean waitForJob;

  @Option(names = "--timeout", paramLabel = "<duration>", defaultValue = "30m", converter = DurationConverter.class,
      description = "how long --wait waits: 90s, 30m, 1h or ISO-8601 (default ${DEFAULT-VALUE})")
  Duration timeout;

  @Override
  public int run(Supplier<Connection> connection, Output.Format format, PrintStream out) {
    Connection c = connection.get();
    PrismaAccessClient client = c.prismaAccess();
    JsonNode result;
    if (waitForJob) {
      Duration first = c.simulatorInstance().isPresent() ? Duration.ofMillis(100) : Duration.ofSeconds(2);
      Job job = client.pushAndWait(folders, description,
          WaitOptions.builder().timeout(timeout).initialInterval(first).build());
      result = JsonMapper.shared().valueToTree(job);
    } else {
      JobSubmission submission = client.configVersions().push(folders, description);
      result = JsonMapper.shared().valueToTree(submission);
    }
    Output.print(result, format, out);
    return Sasekit.OK;
  }

  /** Reads {@code 90s}, {@code 30m}, {@code 1h} or an ISO-8601 duration ({@code PT30M}). */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      try {
        Duration d;
        if (v.matches("\\d+[smh]")) {
          long n = Long.parseLong(v.substring(0, v.length() - 1));
          char unit = v.charAt(v.length() - 1);
          d = unit == 's' ? Duration.ofSeconds(n) : unit == 'm' ? Duration.ofMinutes(n) : Duration.ofHours(n);
        } else {
          d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        }
        if (d.isNegative() || d.isZero()) {
          throw new TypeConversionException("'" + value + "' must be longer than zero");
        }
        return d;
      } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a duration such as 90s, 30m, 1h or PT30M");
      }
    }
  }
}
