package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rule: spec patterns are ECMA/POSIX-flavoured; they are translated to Java regex with the same
 * meaning and every translated pattern is compiled with {@code java.util.regex}. One that does not
 * compile fails the build (a pattern is never dropped silently).
 *
 * <ul>
 *   <li>a {@code -} in a character class between a character and a class escape is literal:
 *       {@code [._-\s]} -> {@code [._\-\s]};
 *   <li>POSIX classes are expanded: {@code [[:xdigit:]]} -> {@code [0-9A-Fa-f]} (Java would read
 *       {@code [[:xdigit:]]} as the characters {@code :xdigt});
 *   <li>identity escapes of characters that are no regex syntax are removed: {@code \@} -> {@code @}
 *       (escapes of syntax characters such as {@code \.} or {@code \*} are kept as written);
 *   <li>a {@code [} or {@code &&} inside a class (literal in ECMA, union/intersection in Java) is escaped.
 * </ul>
 */
public final class EcmaRegexTranslation implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "EcmaRegexToJava";

  private static final Map<String, String> POSIX =
      Map.ofEntries(
          Map.entry("xdigit", "0-9A-Fa-f"),
          Map.entry("digit", "0-9"),
          Map.entry("alpha", "a-zA-Z"),
          Map.entry("alnum", "a-zA-Z0-9"),
          Map.entry("upper", "A-Z"),
          Map.entry("lower", "a-z"),
          Map.entry("space", "\\s"),
          Map.entry("blank", " \\t"),
          Map.entry("word", "\\w"),
          Map.entry("punct", "\\p{Punct}"),
          Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("print", "\\p{Print}"),
          Map.entry("graph", "\\p{Graph}"));

  /** Characters that keep their backslash (special somewhere in a Java regex). */
  private static final String KEEP_ESCAPED = "\\^$.|?*+()[]{}-/&";

  EcmaRegexTranslation() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Translates every pattern of the model; throws listing every pattern that does not compile. */
  public static void apply(ApiModel model) {
    List<String> failures = new ArrayList<>();
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (s.pattern == null) {
        return;
      }
      String translated = toJava(s.pattern);
      try {
        Pattern.compile(translated);
      } catch (PatternSyntaxException e) {
        failures.add(where + ": " + s.pattern + " -> " + translated + " (" + e.getDescription() + ")");
        return;
      }
      if (!translated.equals(s.pattern)) {
        model.note(RULE, where, s.pattern + " -> " + translated);
        s.pattern = translated;
      }
    });
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          "patterns that are not valid Java regex after translation (fix the translation, never drop a pattern):\n  "
              + String.join("\n  ", failures));
    }
  }

  /** Translates one ECMA pattern to Java syntax with the same meaning. */
  public static String toJava(String ecma) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = ecma.length();
    while (i < n) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char e = ecma.charAt(i + 1);
        out.append(identityEscape(e));
        i += 2;
      } else if (c == '[') {
        i = translateClass(ecma, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String identityEscape(char e) {
    if (Character.isLetterOrDigit(e) || KEEP_ESCAPED.indexOf(e) >= 0) {
      return "\\" + e;
    }
    return String.valueOf(e);
  }

  /** One item of a character class. */
  private record Item(String text, boolean single, boolean dash) {}

  /** Translates the class starting at {@code start} ({@code [}); returns the index after its {@code ]}. */
  private static int translateClass(String s, int start, StringBuilder out) {
    int i = start + 1;
    int n = s.length();
    StringBuilder head = new StringBuilder("[");
    if (i < n && s.charAt(i) == '^') {
      head.append('^');
      i++;
    }
    List<Item> items = new ArrayList<>();
    boolean first = true;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ']' && !first) {
        break;
      }
      first = false;
      if (c == '[' && i + 1 < n && s.charAt(i + 1) == ':') {
        int end = s.indexOf(":]", i + 2);
        if (end > 0) {
          String name = s.substring(i + 2, end);
          String expansion = POSIX.get(name);
          if (expansion == null) {
            throw new IllegalArgumentException("unknown POSIX class [:" + name + ":] in " + s);
          }
          items.add(new Item(expansion, false, false));
          i = end + 2;
          continue;
        }
      }
      if (c == '\\' && i + 1 < n) {
        char e = s.charAt(i + 1);
        boolean classEscape = "dDsSwW".indexOf(e) >= 0 || e == 'p' || e == 'P';
        if (e == 'p' || e == 'P') {
          int close = s.indexOf('}', i);
          items.add(new Item(s.substring(i, close + 1), false, false));
          i = close + 1;
          continue;
        }
        String text = classEscape ? "\\" + e : escapeInClass(e, true);
        items.add(new Item(text, !classEscape, false));
        i += 2;
        continue;
      }
      if (c == '-') {
        items.add(new Item("-", false, true));
        i++;
        continue;
      }
      items.add(new Item(escapeInClass(c, false), true, false));
      i++;
    }
    if (i >= n) {
      throw new IllegalArgumentException("unterminated character class in " + s);
    }
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (!it.dash()) {
        body.append(it.text());
        continue;
      }
      boolean edge = k == 0 || k == items.size() - 1;
      boolean range =
          !edge && items.get(k - 1).single() && items.get(k + 1).single() && !(k >= 2 && items.get(k - 2).dash());
      body.append(range ? "-" : (edge ? "-" : "\\-"));
    }
    out.append(head).append(body).append(']');
    return i + 1;
  }

  private static String escapeInClass(char c, boolean wasEscaped) {
    switch (c) {
      case '[':
      case ']':
      case '\\':
      case '^':
        return "\\" + c;
      case '&':
        return "\\&";
      case '-':
        return "\\-";
      default:
        if (wasEscaped) {
          return identityEscape(c);
        }
        return String.valueOf(c);
    }
  }
}
