package io.sasekit.codegen.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule every class name the plan stage decides must keep: at most {@link #MAX_LENGTH}
 * characters and no word written twice in a row ({@code ServiceService}). The plan refuses a name
 * that breaks it, naming the customization key that fixes it.
 */
final class ClassNameCheck {
  /** The longest simple name of a generated class. */
  static final int MAX_LENGTH = 40;

  private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+");

  private ClassNameCheck() {}

  /** Why {@code name} breaks the rule, or null when it keeps it. */
  static String problem(String name) {
    if (name.length() > MAX_LENGTH) {
      return name + " has " + name.length() + " characters (at most " + MAX_LENGTH + ")";
    }
    Matcher m = WORD.matcher(name);
    String previous = null;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (word.equals(previous)) {
        return name + " repeats the word " + m.group();
      }
      previous = word;
    }
    return null;
  }
}
