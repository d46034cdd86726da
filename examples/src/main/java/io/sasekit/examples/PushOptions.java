package io.sasekit.examples;

import io.sasekit.core.jobs.WaitOptions;
import io.sasekit.prismaaccess.Folder;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How an example deploys its change: which folders to push, how long to wait for the job, how
 * often to poll, or not to push at all. Parsed from {@code --push-folders}, {@code --timeout},
 * {@code --poll-interval} and {@code --no-push}.
 *
 * @param folders the folders to push (never {@code Shared}: push the folders that inherit it)
 * @param timeout how long to wait for the push job
 * @param pollInterval the first polling interval ({@code null}: the target's default)
 * @param enabled false to leave the change in the candidate configuration
 */
public record PushOptions(List<String> folders, Duration timeout, Duration pollInterval, boolean enabled) {
  /** The options {@link #parse} knows that take a value. */
  public static final Set<String> VALUE_OPTIONS = Set.of("push-folders", "timeout", "poll-interval");
  /** The flags {@link #parse} knows. */
  public static final Set<String> FLAGS = Set.of("no-push");
  /** Usage lines for these options. */
  public static final String USAGE =
      "  --push-folders L   folders to push, comma-separated (default: %s)\n"
    + "  --timeout D        how long to wait for the push job (default 10m; e.g. 90s, 30m, 1h)\n"
    + "  --poll-interval D  first job polling interval, doubling up to 30s (default 2s; 250ms offline)\n"
    + "  --no-push          leave the change in the candidate configuration, do not push\n";

  /** Folders that inherit {@code Shared}: where objects created in {@code Shared} get deployed. */
  public static final List<String> USERS_AND_BRANCHES = List.of(Folder.MOBILE_USERS, Folder.REMOTE_NETWORKS);

  /** Canonical constructor: copies the list. */
  public PushOptions {
    folders = List.copyOf(folders);
  }

  /** Reads the push options from parsed arguments. */
  public static PushOptions parse(Args args, List<String> defaultFolders) {
    List<String> folders = args.list("push-folders", defaultFolders);
    for (String f : folders) {
      if (f.equals(Folder.SHARED)) {
        throw new UsageException("Shared cannot be pushed by itself: push the folders that inherit it, e.g. \""
            + String.join(",", USERS_AND_BRANCHES) + "\"");
      }
    }
    Duration poll = args.option("poll-interval").isPresent() ? args.duration("poll-interval", null) : null;
    return new PushOptions(folders, args.duration("timeout", Duration.ofMinutes(10)), poll, !args.flag("no-push"));
  }

  /** These options with {@code interval} as the polling interval, unless one was given. */
  public PushOptions withDefaultPollInterval(Duration interval) {
    return pollInterval != null ? this : new PushOptions(folders, timeout, interval, enabled);
  }

  /** The SDK's wait options: the timeout, and polling that starts at the interval and doubles. */
  public WaitOptions waitOptions() {
    Duration first = pollInterval != null ? pollInterval : Duration.ofSeconds(2);
    Duration cap = first.compareTo(Duration.ofSeconds(2)) >= 0 ? Duration.ofSeconds(30) : first.multipliedBy(4);
    if (cap.compareTo(first) < 0) {
      cap = first;
    }
    return WaitOptions.builder().timeout(timeout).initialInterval(first).maxInterval(cap).build();
  }

  /** The folders, for messages: {@code Mobile Users, Remote Networks}. */
  public String foldersText() {
    return String.join(", ", folders);
  }
}
