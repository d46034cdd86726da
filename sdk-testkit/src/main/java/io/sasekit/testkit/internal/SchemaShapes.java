package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two readings of spec schema shapes shared by the testkit's body generator and its validator
 * repairs, so that both read a spec file the way the generator's rules do (spec-repairs {@code
 * titled-options-as-members}, {@code yaml-yes-no} and {@code string-keywords-on-number}).
 */
public final class SchemaShapes {
  private SchemaShapes() {}

  /**
   * Whether {@code s} is an object (typed {@code object} or declaring {@code properties}) whose
   * {@code oneOf} options are all inline and titled, one of them no object (an array or a scalar) or
   * two of them declaring the same members (or none, as the zone protection scan action's {@code
   * allow} / {@code alert} / {@code block}): each option is then the member its title names ({@code
   * {"layer3": [...]}}, {@code {"allow": {}}}).
   */
  public static boolean titledOptionsAsMembers(JsonNode s) {
    if (!(s.path("type").asText().equals("object") || s.has("properties")) || !s.path("oneOf").isArray()
        || s.get("oneOf").isEmpty()) {
      return false;
    }
    boolean notObject = false;
    boolean sameMembers = false;
    Set<Set<String>> memberSets = new HashSet<>();
    for (JsonNode o : s.get("oneOf")) {
      if (o.has("$ref") || !o.path("title").isTextual()) {
        return false;
      }
      notObject |= o.has("type") && !o.get("type").asText().equals("object");
      Set<String> members = new TreeSet<>();
      o.path("properties").fieldNames().forEachRemaining(members::add);
      // the same members, none included: zone protection scan action allow / alert / block ({})
      sameMembers |= !memberSets.add(members);
    }
    return notObject || sameMembers;
  }

  /**
   * Whether {@code s} is a string schema whose enum values are all booleans: {@code [yes, no]}
   * written unquoted, which a YAML 1.1 reader reads as booleans.
   */
  public static boolean yesNoEnum(JsonNode s) {
    if (!s.path("type").asText().equals("string") || !s.path("enum").isArray() || s.get("enum").isEmpty()) {
      return false;
    }
    for (JsonNode v : s.get("enum")) {
      if (!v.isBoolean()) {
        return false;
      }
    }
    return true;
  }

  /** The string a YAML 1.1 boolean was written as: {@code "yes"} or {@code "no"}. */
  public static String yesNo(JsonNode bool) {
    return bool.booleanValue() ? "yes" : "no";
  }

  /**
   * Whether {@code s} is typed {@code number} or {@code integer} but carries a keyword only strings
   * have ({@code maxLength}, {@code minLength}, {@code pattern}): it was meant as a string (the SCM
   * push body's device serial numbers, {@code maxLength: 16}).
   */
  public static boolean stringKeywordsOnNumber(JsonNode s) {
    String type = s.path("type").asText();
    return (type.equals("number") || type.equals("integer"))
        && (s.has("maxLength") || s.has("minLength") || s.has("pattern"));
  }
}
