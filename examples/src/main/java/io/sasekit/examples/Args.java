package io.sasekit.examples;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small command-line parser: positional arguments, {@code --name value} or {@code --name=value}
 * options, {@code --flag} switches and {@code --} to end the options. Unknown options, missing
 * values and malformed durations raise {@link UsageException}.
 */
public final class Args {
  private final List<String> positionals;
  private final Map<String, String> options;
  private final Set<String> flags;

  private Args(List<String> positionals, Map<String, String> options, Set<String> flags) {
    this.positionals = List.copyOf(positionals);
    this.options = Map.copyOf(options);
    this.flags = Set.copyOf(flags);
  }

  /**
   * Parses {@code args}.
   *
   * @param args the arguments after the example's name
   * @param valueOptions option names (without {@code --}) that take a value
   * @param flagOptions option names (without {@code --}) that take none
   * @return the parsed arguments
   * @throws UsageException for an unknown option or an option without its value
   */
  public static Args parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
    List<String> positionals = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    java.util.HashSet<String> flags = new java.util.HashSet<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (optionsEnded || !a.startsWith("--") || a.equals("-")) {
        positionals.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flagOptions.contains(name)) {
        if (value != null) {
          throw new UsageException("--" + name + " takes no value");
        }
        flags.add(name);
      } else if (valueOptions.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("--" + name + " needs a value");
          }
          value = args.get(++i);
        }
        options.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Args(positionals, options, flags);
  }

  /** The positional arguments, in order. */
  public List<String> positionals() {
    return positionals;
  }

  /** The value of an option, if given. */
  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** Whether a flag was given. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** Fails unless there are between {@code min} and {@code max} positional arguments. */
  public Args expectPositionals(int min, int max, String what) {
    if (positionals.size() < min) {
      throw new UsageException("missing " + what);
    }
    if (positionals.size() > max) {
      throw new UsageException("unexpected argument '" + positionals.get(max) + "'");
    }
    return this;
  }

  /** A comma-separated option as a list (blank items dropped), or {@code defaults}. */
  public List<String> list(String name, List<String> defaults) {
    Optional<String> raw = option(name);
    if (raw.isEmpty()) {
      return defaults;
    }
    List<String> items = new ArrayList<>();
    for (String s : raw.get().split(",")) {
      if (!s.isBlank()) {
        items.add(s.strip());
      }
    }
    if (items.isEmpty()) {
      throw new UsageException("--" + name + " needs at least one value");
    }
    return List.copyOf(items);
  }

  /** A duration option ({@code 90s}, {@code 10m}, {@code 1h}, {@code 500ms} or ISO-8601), or {@code defaultValue}. */
  public Duration duration(String name, Duration defaultValue) {
    Optional<String> raw = option(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    Duration d = parseDuration(raw.get());
    if (d == null || d.isNegative() || d.isZero()) {
      throw new UsageException("--" + name + " must be a positive duration such as 90s, 10m or 1h, not '" + raw.get() + "'");
    }
    return d;
  }

  static Duration parseDuration(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("p")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
      }
      long n = Long.parseLong(s.substring(0, s.length() - 1));
      switch (s.charAt(s.length() - 1)) {
        case 's':
          return Duration.ofSeconds(n);
        case 'm':
          return Duration.ofMinutes(n);
        case 'h':
          return Duration.ofHours(n);
        case 'd':
          return Duration.ofDays(n);
        default:
          return null;
      }
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      return null;
    }
  }
}
