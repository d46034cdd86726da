package io.sasekit.codegen.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every Java name the generator produces comes from here: type names, member names, constants,
 * accessor plurals, list-adder singulars, and the escaping of Java keywords and names that start with
 * a digit or contain characters Java does not allow ({@code -}, {@code @}, spaces, ...).
 */
public final class NamingStrategy {
  /** Java reserved words and literals (never usable as identifiers). */
  public static final Set<String> RESERVED =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
          "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
          "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
          "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
          "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
          "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed",
          "permits");

  /** Member names taken by the generated model and builder API. */
  static final Set<String> MODEL_MEMBERS =
      Set.of(
          "builder", "toBuilder", "build", "additionalProperties", "putAdditionalProperty",
          "putAllAdditionalProperties", "removeAdditionalProperty", "toJson", "equals", "hashCode", "toString", "getClass", "wait", "notify",
          "notifyAll", "clone", "finalize");

  /** Type names that would shadow {@code java.lang} or types the generated code uses. */
  static final Set<String> RESERVED_TYPES =
      Set.of(
          "Object", "String", "Integer", "Long", "Double", "Boolean", "Class", "Override", "List", "Map",
          "Optional", "Objects", "Builder", "Type", "Void", "Math", "System", "Record", "Enum", "Number");

  /** Splits a JSON or spec name into lower-case words: {@code ip_netmask}, {@code ipNetmask}, {@code IP-Netmask}. */
  public List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char[] cs = name.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (!Character.isLetterOrDigit(c)) {
        flush(words, cur);
        continue;
      }
      if (cur.length() > 0) {
        char prev = cs[i - 1];
        boolean lowerToUpper = Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev));
        boolean acronymEnd =
            Character.isUpperCase(c) && Character.isUpperCase(prev) && i + 1 < cs.length && Character.isLowerCase(cs[i + 1]);
        if (lowerToUpper || acronymEnd) {
          flush(words, cur);
        }
      }
      cur.append(Character.toLowerCase(c));
    }
    flush(words, cur);
    return words;
  }

  private static void flush(List<String> words, StringBuilder cur) {
    if (cur.length() > 0) {
      words.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** UpperCamel of the words of {@code name}, for joining into longer type names. */
  public String pascal(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(name)) {
      sb.append(capitalize(w));
    }
    return sb.toString();
  }

  /** {@code objects-addresses} -> {@code ObjectsAddresses}; a leading digit gets a {@code T} prefix. */
  public String typeName(String name) {
    String s = pascal(name);
    s = s.isEmpty() ? "Unnamed" : s;
    if (Character.isDigit(s.charAt(0))) {
      s = "T" + s;
    }
    if (RESERVED_TYPES.contains(s)) {
      s = s + "Value";
    }
    return s;
  }

  /** The longest simple name a generated type gets. */
  public static final int MAX_TYPE_NAME = 40;

  /** How many characters of an owner's leading words a shortened member type name keeps as its anchor. */
  private static final int ANCHOR = 12;

  /**
   * The name of a type that lives in {@code owner} under {@code member} (an inline object or enum):
   * the owner's name followed by the member's words, without stutter and at most
   * {@link #MAX_TYPE_NAME} characters.
   *
   * <ul>
   *   <li>member words that repeat the end of the owner's name are dropped ({@code MobileAgent} +
   *       {@code agent_profile} -> {@code MobileAgentProfile}, {@code Schedule} +
   *       {@code schedule_type} -> {@code ScheduleType}); a member that is only such words ends in
   *       {@code Value} ({@code AntiSpywareSignature} + {@code signature} ->
   *       {@code AntiSpywareSignatureValue}), or in {@code Item} when the owner ends in {@code Value};
   *   <li>a word the owner's name repeats right after itself is written once
   *       ({@code MobileAgentAgentProfile} + {@code agent_ui} -> {@code MobileAgentProfileAgentUi});
   *   <li>a longer name keeps the owner's leading words up to 12 characters (at least one word)
   *       and drops the owner's words right after them until it fits, so the words nearest the
   *       member stay ({@code VulnerabilityProtectionSignatureValueStandard} ->
   *       {@code VulnerabilitySignatureValueStandard}).
   * </ul>
   */
  public String memberTypeName(String owner, String member) {
    List<String> own = words(owner);
    List<String> tail = new ArrayList<>(words(member));
    int overlap = 0;
    for (int n = Math.min(own.size(), tail.size()); n > 0; n--) {
      if (own.subList(own.size() - n, own.size()).equals(tail.subList(0, n))) {
        overlap = n;
        break;
      }
    }
    tail = new ArrayList<>(tail.subList(overlap, tail.size()));
    if (tail.isEmpty()) {
      tail.add(!own.isEmpty() && own.get(own.size() - 1).equals("value") ? "item" : "value");
    }
    return fitted(own, tail);
  }

  /**
   * The simple name of a type nested in its owner's class under {@code member}: the member's words
   * ({@code profile_setting} -> {@code ProfileSetting}), the last one made singular for the element
   * type of a list ({@code rules} -> {@code Rule}), a word repeated right after itself written once,
   * and at most {@link #MAX_TYPE_NAME} characters (the words nearest the end stay).
   *
   * @param member the JSON member name
   * @param element whether the type is the element type of a list member
   * @return the nested type's simple name
   */
  public String nestedTypeName(String member, boolean element) {
    List<String> ws = new ArrayList<>();
    for (String w : words(member)) {
      if (ws.isEmpty() || !ws.get(ws.size() - 1).equals(w)) {
        ws.add(w);
      }
    }
    if (element && !ws.isEmpty()) {
      ws.set(ws.size() - 1, singular(ws.get(ws.size() - 1)));
    }
    while (length(ws) > MAX_TYPE_NAME && ws.size() > 1) {
      ws.remove(0);
    }
    return typeName(String.join("_", ws));
  }

  /**
   * {@code name} followed by {@code number}, which tells it from an earlier type of the same name;
   * shortened like {@link #memberTypeName} to at most {@link #MAX_TYPE_NAME} characters.
   */
  public String numbered(String name, int number) {
    return fitted(words(name), List.of(String.valueOf(number)));
  }

  /** Joins owner and member words, dropping owner words after the anchor until the name fits. */
  private String fitted(List<String> own, List<String> tail) {
    List<String> head = new ArrayList<>(own);
    int anchor = 1;
    int anchorLength = head.isEmpty() ? 0 : head.get(0).length();
    while (anchor < head.size() && anchorLength + head.get(anchor).length() <= ANCHOR) {
      anchorLength += head.get(anchor++).length();
    }
    while (length(head) + length(tail) > MAX_TYPE_NAME && head.size() > anchor) {
      head.remove(anchor);
    }
    List<String> all = new ArrayList<>();
    for (String w : head) {
      if (all.isEmpty() || !all.get(all.size() - 1).equals(w)) {
        all.add(w);
      }
    }
    all.addAll(tail);
    while (length(all) > MAX_TYPE_NAME && all.size() > 1) {
      all.remove(all.size() > 2 ? 1 : 0);
    }
    return typeName(String.join("_", all));
  }

  private static int length(List<String> words) {
    int n = 0;
    for (String w : words) {
      n += w.length();
    }
    return n;
  }

  /**
   * Whether a type name repeats a word right after itself ({@code ServiceService},
   * {@code MobileAgentAgentProfile}).
   */
  public boolean stutters(String typeName) {
    List<String> ws = words(typeName);
    for (int i = 1; i < ws.size(); i++) {
      if (ws.get(i).equals(ws.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@code ip_netmask} -> {@code ipNetmask}; Java keywords get a {@code Value} suffix, digits a {@code _} prefix. */
  public String memberName(String name) {
    String s = camel(name);
    if (s.isEmpty()) {
      s = "value";
    }
    if (Character.isDigit(s.charAt(0))) {
      s = "_" + s;
    }
    if (RESERVED.contains(s)) {
      s = s + "Value";
    }
    return s;
  }

  /** A model property name: like {@link #memberName} but also avoids the generated API's own members. */
  public String propertyName(String name) {
    String s = memberName(name);
    return MODEL_MEMBERS.contains(s) ? s + "Value" : s;
  }

  /**
   * A service method name: the operation name, or, when that is a Java keyword, the operation name
   * followed by the resource's type name ({@code import} on {@code certificate} -> {@code importCertificate}).
   */
  public String methodName(String operation, String resourceKey) {
    String s = camel(operation);
    if (RESERVED.contains(s)) {
      s = s + typeName(resourceKey);
    }
    return s;
  }

  /** {@code Mobile Users} -> {@code MOBILE_USERS}; {@code 3des} -> {@code _3DES}; nothing usable -> {@code VALUE}. */
  public String constantName(String value) {
    List<String> ws = words(value);
    if (ws.isEmpty()) {
      return "VALUE";
    }
    String s = String.join("_", ws).toUpperCase(Locale.ROOT);
    if (Character.isDigit(s.charAt(0))) {
      s = "_" + s;
    }
    return s;
  }

  /** lowerCamel of the words of {@code name}. */
  public String camel(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(name)) {
      sb.append(sb.length() == 0 ? w : capitalize(w));
    }
    return sb.toString();
  }

  /** The client accessor for a resource key: English plural of its last word ({@code securityRule} -> {@code securityRules}). */
  public String plural(String key) {
    String k = camel(key);
    String lower = k.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh") || lower.endsWith("z")) {
      return k + "es";
    }
    if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
      return k.substring(0, k.length() - 1) + "ies";
    }
    return k + "s";
  }

  /** The element name for a list adder: {@code tags} -> {@code tag}, {@code addresses} -> {@code address}, {@code tag} -> {@code tag}. */
  public String singular(String javaName) {
    String lower = javaName.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies") && javaName.length() > 3) {
      return javaName.substring(0, javaName.length() - 3) + "y";
    }
    if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
      return javaName.substring(0, javaName.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && javaName.length() > 1) {
      return javaName.substring(0, javaName.length() - 1);
    }
    return javaName;
  }

  /** First letter upper-case. */
  public static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** First letter lower-case. */
  public static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
