package io.sasekit.testkit.internal;

import java.util.Optional;

/**
 * A short string that a regular expression (a spec's {@code pattern}) matches, built from the
 * pattern itself: literals and escapes as written, a character class by one of its members ({@code
 * a}, else {@code 1}, else its first), {@code .} as {@code a}, each quantified atom repeated its
 * least number of times (at least once for {@code +}), the first alternative of each {@code |},
 * anchors as nothing. {@code ^\$[a-zA-Z\d\-_\. ]+$} gives {@code $a}; a date-range pattern gives a
 * date range. Constructs it does not know (look-arounds, back references, Unicode classes) give
 * none. The caller checks the result against the pattern (the first alternative or the least
 * repetition may not be what the rest of the pattern needs).
 */
public final class PatternExample {
  private final String p;
  private int i;

  private PatternExample(String pattern) {
    this.p = pattern;
  }

  /** An example of {@code pattern}, or empty when the pattern uses a construct this does not know. */
  public static Optional<String> of(String pattern) {
    try {
      PatternExample x = new PatternExample(pattern);
      String out = x.alternatives();
      return x.i == pattern.length() ? Optional.of(out) : Optional.empty();
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** {@code a|b|c} up to a closing parenthesis or the end: the first alternative's example. */
  private String alternatives() {
    String first = sequence();
    while (i < p.length() && p.charAt(i) == '|') {
      i++;
      sequence();
    }
    return first;
  }

  private String sequence() {
    StringBuilder out = new StringBuilder();
    while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
      String atom = atom();
      int times = quantifier();
      out.append(atom.repeat(times));
    }
    return out.toString();
  }

  private String atom() {
    char c = p.charAt(i++);
    switch (c) {
      case '^':
      case '$':
        return "";
      case '.':
        return "a";
      case '\\':
        return escape(p.charAt(i++));
      case '[':
        return characterClass();
      case '(':
        if (p.startsWith("?:", i)) {
          i += 2;
        } else if (p.charAt(i) == '?') {
          throw new IllegalArgumentException("look-around");
        }
        String inner = alternatives();
        if (p.charAt(i++) != ')') {
          throw new IllegalArgumentException("unclosed group");
        }
        return inner;
      case '*':
      case '+':
      case '?':
      case '{':
        throw new IllegalArgumentException("quantifier without an atom");
      default:
        return String.valueOf(c);
    }
  }

  private static String escape(char c) {
    switch (c) {
      case 'd':
        return "1";
      case 'w':
        return "a";
      case 's':
        return " ";
      case 'D':
      case 'S':
        return "a";
      case 'W':
        return "-";
      default:
        if (Character.isLetterOrDigit(c)) {
          throw new IllegalArgumentException("escape \\" + c);
        }
        return String.valueOf(c);
    }
  }

  /** {@code [...]}: {@code a} if a member, else {@code 1}, else the first member. */
  private String characterClass() {
    if (p.charAt(i) == '^') {
      throw new IllegalArgumentException("negated class");
    }
    StringBuilder members = new StringBuilder();
    boolean first = true;
    while (first || p.charAt(i) != ']') {
      first = false;
      char c = p.charAt(i++);
      if (c == '[') {
        throw new IllegalArgumentException("nested class");
      }
      String lo = c == '\\' ? escape(p.charAt(i++)) : String.valueOf(c);
      if (p.charAt(i) == '-' && p.charAt(i + 1) != ']' && lo.length() == 1) {
        i++;
        char hiChar = p.charAt(i++);
        char hi = hiChar == '\\' ? p.charAt(i++) : hiChar;
        for (char x = lo.charAt(0); x <= hi; x++) {
          members.append(x);
        }
      } else {
        members.append(lo);
      }
    }
    i++;
    String m = members.toString();
    return m.indexOf('a') >= 0 ? "a" : m.indexOf('1') >= 0 ? "1" : m.substring(0, 1);
  }

  /** The least repetition of the quantifier after an atom (1 without one, 1 for {@code +}). */
  private int quantifier() {
    if (i >= p.length()) {
      return 1;
    }
    char c = p.charAt(i);
    int times;
    switch (c) {
      case '*':
      case '?':
        i++;
        times = 0;
        break;
      case '+':
        i++;
        times = 1;
        break;
      case '{':
        int close = p.indexOf('}', i);
        String[] bounds = p.substring(i + 1, close).split(",", -1);
        times = Integer.parseInt(bounds[0].trim());
        i = close + 1;
        break;
      default:
        return 1;
    }
    if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
      i++; // lazy or possessive: same least count
    }
    return times;
  }
}
