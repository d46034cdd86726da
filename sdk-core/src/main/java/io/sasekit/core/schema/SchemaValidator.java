package io.sasekit.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ValidationException.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a JSON value against a {@link SchemaSpec} and reports every broken constraint, not only
 * the first: {@code required}, {@code type}, {@code minLength}/{@code maxLength} (counted in code
 * points), {@code pattern} (searched with {@link java.util.regex.Matcher#find()}), {@code enum},
 * {@code minimum}/{@code maximum}, {@code minItems}/{@code maxItems}, {@code uniqueItems}, {@code
 * oneOf} (exactly one alternative must match), {@code allOf} (every part must match: several
 * independent exactly-one groups) and nested {@code properties} and {@code items}.
 *
 * <p>A {@code oneOf} whose alternatives are told apart by their required keys (each names its own,
 * e.g. {@code folder} / {@code snippet} / {@code device}) is reported by what was set: {@code body:
 * exactly one of folder, snippet, device must be set; found folder, snippet}. Object alternatives
 * that name no required key (so that one object matches several) are told apart by the members the
 * value uses: the alternative declaring all of them, and the fewest others, applies; an object whose
 * members do not tell them apart (none used, or a tie) is refused as matching several.
 *
 * <p>Field paths read like {@code body.source[2]} or {@code query.folder}. A value is echoed in a
 * message only when it is a scalar and neither its schema is {@code secret} nor its member name
 * looks like a secret ({@code password}, {@code psk}, {@code key}, ...). JSON {@code null} counts
 * as absent. Unknown members are allowed (the registry never forbids them).
 *
 * <p>Also strips {@code readOnly} members from a request body ({@link #stripReadOnly}). Stateless
 * and thread-safe.
 */
public final class SchemaValidator {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_ECHO = 100;
  private static final SchemaValidator INSTANCE = new SchemaValidator();

  private SchemaValidator() {}

  /** The validator. */
  public static SchemaValidator instance() {
    return INSTANCE;
  }

  /**
   * Every violation of {@code schema} by {@code value}.
   *
   * @param value the value; {@code null} or JSON {@code null} is accepted as absent
   * @param schema the constraints
   * @param path the path that names {@code value} in messages, e.g. {@code body} or {@code query.folder}
   * @return the violations, empty when the value is valid
   */
  public List<Violation> validate(JsonNode value, SchemaSpec schema, String path) {
    List<Violation> out = new ArrayList<>();
    if (value != null && !value.isNull() && schema != null) {
      check(value, schema, Path.root(path), false, out, 0);
    }
    return out;
  }

  /**
   * A copy of {@code value} without the members that {@code schema} marks {@code readOnly},
   * recursively through {@code $ref}, nested properties, array items and {@code oneOf}
   * alternatives. The input is not modified.
   */
  public JsonNode stripReadOnly(JsonNode value, SchemaSpec schema) {
    if (value == null || schema == null) {
      return value;
    }
    return stripReadOnlyInPlace(value.deepCopy(), schema);
  }

  /**
   * As {@link #stripReadOnly}, but removes the members from {@code value} itself (a tree the
   * caller made and owns: no copy is made) and returns it.
   */
  public JsonNode stripReadOnlyInPlace(JsonNode value, SchemaSpec schema) {
    if (value == null || schema == null) {
      return value;
    }
    strip(value, schema, 0);
    return value;
  }

  /** Whether a member name suggests a secret value (never echoed, never logged). */
  public static boolean looksSecret(String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("secret")
        || n.contains("password")
        || n.contains("passwd")
        || n.contains("psk")
        || n.contains("passphrase")
        || n.contains("token")
        || n.contains("key")
        || n.contains("authorization")
        || n.contains("credential");
  }

  private static void strip(JsonNode value, SchemaSpec schema, int depth) {
    if (value == null || schema == null || depth > MAX_DEPTH) {
      return;
    }
    SchemaSpec s = schema.resolve();
    if (value.isObject()) {
      ObjectNode obj = (ObjectNode) value;
      for (Map.Entry<String, SchemaSpec> p : s.properties().entrySet()) {
        JsonNode member = obj.get(p.getKey());
        if (member == null) {
          continue;
        }
        if (p.getValue().resolve().readOnly() || p.getValue().readOnly()) {
          obj.remove(p.getKey());
        } else {
          strip(member, p.getValue(), depth + 1);
        }
      }
    } else if (value.isArray() && s.items().isPresent()) {
      for (JsonNode element : (ArrayNode) value) {
        strip(element, s.items().get(), depth + 1);
      }
    }
    for (SchemaSpec option : s.oneOf()) {
      strip(value, option, depth + 1);
    }
    for (SchemaSpec part : s.allOf()) {
      strip(value, part, depth + 1);
    }
  }

  private void check(
      JsonNode value, SchemaSpec schema, Path path, boolean secret, List<Violation> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    SchemaSpec s = schema.resolve();
    boolean hidden = secret || s.secret() || schema.secret();
    if (!checkType(value, s, path, hidden, out)) {
      return;
    }
    if (value.isTextual()) {
      checkString(value.textValue(), s, path, hidden, out);
    }
    if (value.isNumber()) {
      checkNumber(value.decimalValue(), value, s, path, hidden, out);
    }
    if (!s.enumValues().isEmpty() && !inEnum(value, s.enumValues()) && record(out)) {
      String allowed =
          s.enumValues().stream().map(JsonNode::asText).collect(Collectors.joining(", "));
      out.add(violation(path, "enum=[" + allowed + "]", value, hidden,
          "must be one of [" + allowed + "]"));
    }
    if (value.isObject()) {
      checkObject((ObjectNode) value, s, path, hidden, out, depth);
    }
    if (value.isArray()) {
      checkArray((ArrayNode) value, s, path, hidden, out, depth);
    }
    if (!s.oneOf().isEmpty()) {
      checkOneOf(value, s, path, hidden, out, depth);
    }
    for (SchemaSpec part : s.allOf()) {
      check(value, part, path, hidden, out, depth + 1);
    }
  }

  private static boolean checkType(
      JsonNode value, SchemaSpec s, Path path, boolean hidden, List<Violation> out) {
    boolean ok;
    switch (s.type()) {
      case STRING:
        ok = value.isTextual();
        break;
      case INTEGER:
        ok = value.isIntegralNumber()
            || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
        break;
      case NUMBER:
        ok = value.isNumber();
        break;
      case BOOLEAN:
        ok = value.isBoolean();
        break;
      case OBJECT:
        ok = value.isObject();
        break;
      case ARRAY:
        ok = value.isArray();
        break;
      default:
        ok = true;
    }
    if (!ok) {
      String expected = s.type().name().toLowerCase(Locale.ROOT);
      if (record(out)) {
        out.add(new Violation(
            path.toString(),
            "type=" + expected,
            hidden ? null : echo(value),
            path + " must be of type " + expected + ", got " + jsonType(value)
                + (hidden ? " (value hidden)" : scalar(value) ? " '" + echo(value) + "'" : "")));
      }
    }
    return ok;
  }

  private static void checkString(
      String text, SchemaSpec s, Path path, boolean hidden, List<Violation> out) {
    int length = text.codePointCount(0, text.length());
    Integer min = s.minLength().orElse(null);
    if (min != null && length < min) {
      if (record(out)) {
        out.add(violation(path, "minLength=" + min, text, hidden,
            "must be at least " + min + " characters long" + (hidden ? "" : ", got " + length)));
      }
    }
    Integer max = s.maxLength().orElse(null);
    if (max != null && length > max) {
      if (record(out)) {
        out.add(violation(path, "maxLength=" + max, text, hidden,
            "must be at most " + max + " characters long" + (hidden ? "" : ", got " + length)));
      }
    }
    Pattern p = s.pattern().orElse(null);
    if (p != null && !p.matcher(text).find()) {
      if (record(out)) {
        out.add(violation(path, "pattern=" + p.pattern(), text, hidden,
            "must match pattern " + p.pattern()));
      }
    }
  }

  private static void checkNumber(
      BigDecimal number, JsonNode value, SchemaSpec s, Path path, boolean hidden, List<Violation> out) {
    BigDecimal min = s.minimum().orElse(null);
    if (min != null && number.compareTo(min) < 0) {
      if (record(out)) {
        out.add(violation(path, "minimum=" + min.toPlainString(), value, hidden,
            "must be at least " + min.toPlainString()));
      }
    }
    BigDecimal max = s.maximum().orElse(null);
    if (max != null && number.compareTo(max) > 0) {
      if (record(out)) {
        out.add(violation(path, "maximum=" + max.toPlainString(), value, hidden,
            "must be at most " + max.toPlainString()));
      }
    }
  }

  private void checkObject(
      ObjectNode obj, SchemaSpec s, Path path, boolean hidden, List<Violation> out, int depth) {
    for (String name : s.required()) {
      SchemaSpec declared = s.properties().get(name);
      if (declared != null && (declared.readOnly() || declared.resolve().readOnly())) {
        continue; // OpenAPI 3.0: required on a readOnly member applies to answers only
      }
      JsonNode member = obj.get(name);
      if (member == null || member.isNull()) {
        String p = path.member(name).toString();
        if (record(out)) {
          out.add(new Violation(p, "required", null, p + " is required"));
        }
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      SchemaSpec memberSchema = s.properties().get(e.getKey());
      if (memberSchema == null || e.getValue().isNull()) {
        continue;
      }
      check(e.getValue(), memberSchema, path.member(e.getKey()),
          hidden || looksSecret(e.getKey()), out, depth + 1);
    }
  }

  private void checkArray(
      ArrayNode array, SchemaSpec s, Path path, boolean hidden, List<Violation> out, int depth) {
    int size = array.size();
    Integer min = s.minItems().orElse(null);
    if (min != null && size < min) {
      if (record(out)) {
        out.add(new Violation(path.toString(), "minItems=" + min, null,
            path + " must have at least " + min + " items, got " + size));
      }
    }
    Integer max = s.maxItems().orElse(null);
    if (max != null && size > max) {
      if (record(out)) {
        out.add(new Violation(path.toString(), "maxItems=" + max, null,
            path + " must have at most " + max + " items, got " + size));
      }
    }
    if (s.uniqueItems()) {
      Set<JsonNode> seen = new HashSet<>();
      for (int i = 0; i < size; i++) {
        if (!seen.add(array.get(i))) {
          if (record(out)) {
            out.add(violation(path.element(i), "uniqueItems", array.get(i), hidden,
                "duplicates an earlier item (uniqueItems)"));
          }
        }
      }
    }
    if (s.items().isPresent()) {
      for (int i = 0; i < size; i++) {
        JsonNode element = array.get(i);
        if (!element.isNull()) {
          check(element, s.items().get(), path.element(i), hidden, out, depth + 1);
        }
      }
    }
  }

  private void checkOneOf(
      JsonNode value, SchemaSpec s, Path path, boolean hidden, List<Violation> out, int depth) {
    List<SchemaSpec> options = s.oneOf();
    // First only whether each alternative matches (no violation built): the usual valid value
    // matches exactly one, and the others' violations would be thrown away.
    Probe probe = new Probe();
    int matching = 0;
    for (int i = 0; i < options.size() && matching < 2; i++) {
      probe.count = 0;
      check(value, options.get(i), path, hidden, probe, depth + 1);
      if (probe.count == 0) {
        matching++;
      }
    }
    if (matching == 1) {
      return;
    }
    List<Integer> matched = new ArrayList<>();
    List<List<Violation>> results = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      List<Violation> v = new ArrayList<>();
      check(value, options.get(i), path, hidden, v, depth + 1);
      results.add(v);
      if (v.isEmpty()) {
        matched.add(i);
      }
    }
    if (matched.size() == 1) {
      return;
    }
    if (matched.size() > 1 && value.isObject() && byDeclaredKeys((ObjectNode) value, options, matched) >= 0) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (SchemaSpec option : options) {
      names.add(describe(option));
    }
    String alternatives = String.join(", ", names);
    if (value.isObject() && toldApartByKeys(options)) {
      checkKeyedOneOf((ObjectNode) value, options, names, results, path, out);
      return;
    }
    if (matched.isEmpty()) {
      // When exactly one alternative is structurally present (its required members are there),
      // its own violations say more than "matched none".
      List<Integer> present = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        boolean missingRequired =
            results.get(i).stream().anyMatch(v -> v.constraint().equals("required")
                || v.constraint().startsWith("type="));
        if (!missingRequired) {
          present.add(i);
        }
      }
      if (present.size() == 1) {
        addNew(results.get(present.get(0)), out);
        return;
      }
      if (record(out)) {
        out.add(new Violation(path.toString(), "oneOf", null,
            path + " must match exactly one of [" + alternatives + "], matched none"));
      }
    } else {
      List<String> which = matched.stream().map(names::get).collect(Collectors.toList());
      if (record(out)) {
        out.add(new Violation(path.toString(), "oneOf", null,
            path + " must match exactly one of [" + alternatives + "], matched "
                + matched.size() + " (" + String.join(", ", which) + ")"
                + (value.isObject() ? "; its members do not tell them apart" : "")));
      }
    }
  }

  /**
   * Several object alternatives match (they name no required key, and unknown members are allowed,
   * e.g. {@code {pac_file}} / {@code {global_protect_proxy}} / {@code {ztna_agent}}, or {@code
   * {address}} / {@code {address, wildcard}}): the one the value's members choose. An alternative
   * fits when it declares every member of the value that any matched alternative declares; of the
   * fitting ones, the one declaring the fewest members the value leaves out applies. Returns its
   * index, or -1 when the value's members do not tell them apart (no member any alternative
   * declares, no fitting alternative, or a tie).
   */
  private static int byDeclaredKeys(ObjectNode value, List<SchemaSpec> options, List<Integer> matched) {
    Set<String> used = new HashSet<>();
    for (int i : matched) {
      for (String k : options.get(i).resolve().properties().keySet()) {
        JsonNode member = value.get(k);
        if (member != null && !member.isNull()) {
          used.add(k);
        }
      }
    }
    if (used.isEmpty()) {
      return -1;
    }
    int best = -1;
    int bestUnused = Integer.MAX_VALUE;
    boolean tie = false;
    for (int i : matched) {
      Set<String> declared = options.get(i).resolve().properties().keySet();
      if (!declared.containsAll(used)) {
        continue;
      }
      int unused = declared.size() - used.size();
      if (unused < bestUnused) {
        best = i;
        bestUnused = unused;
        tie = false;
      } else if (unused == bestUnused) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  /**
   * A oneOf whose alternatives each require their own keys (no key required by two): which one
   * applies is decided by the keys present, and a message can say which were found.
   */
  private static boolean toldApartByKeys(List<SchemaSpec> options) {
    Set<String> seen = new HashSet<>();
    for (SchemaSpec option : options) {
      Set<String> keys = option.resolve().required();
      if (keys.isEmpty()) {
        return false;
      }
      for (String k : keys) {
        if (!seen.add(k)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Exactly one alternative's keys must be set: "exactly one of a, b, c must be set; found a, b".
   * When exactly one is set but its value breaks a constraint, that value's violations are reported.
   */
  private static void checkKeyedOneOf(ObjectNode value, List<SchemaSpec> options, List<String> names,
      List<List<Violation>> results, Path path, List<Violation> out) {
    List<Integer> set = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      boolean all = true;
      for (String k : options.get(i).resolve().required()) {
        JsonNode member = value.get(k);
        all &= member != null && !member.isNull();
      }
      if (all) {
        set.add(i);
      }
    }
    if (set.size() == 1) {
      addNew(results.get(set.get(0)), out);
      return;
    }
    String found = set.isEmpty() ? "none" : set.stream().map(names::get).collect(Collectors.joining(", "));
    if (record(out)) {
      out.add(new Violation(path.toString(), "oneOf", null,
          path + ": exactly one of " + String.join(", ", names) + " must be set; found " + found));
    }
  }

  /** Adds the violations {@code out} does not hold yet. */
  private static void addNew(List<Violation> found, List<Violation> out) {
    for (Violation v : found) {
      if (!out.contains(v)) {
        out.add(v);
      }
    }
  }

  private static String describe(SchemaSpec option) {
    if (option.ref().isPresent()) {
      return option.ref().get();
    }
    SchemaSpec r = option.resolve();
    if (!r.required().isEmpty()) {
      return String.join("+", r.required());
    }
    if (r.properties().size() == 1) {
      return r.properties().keySet().iterator().next();
    }
    return r.type().name().toLowerCase(Locale.ROOT);
  }

  private static boolean inEnum(JsonNode value, List<JsonNode> allowed) {
    for (JsonNode a : allowed) {
      if (a.equals(value)) {
        return true;
      }
      if (a.isNumber() && value.isNumber() && a.decimalValue().compareTo(value.decimalValue()) == 0) {
        return true;
      }
      if (a.isTextual() && value.isTextual() && a.textValue().equals(value.textValue())) {
        return true;
      }
    }
    return false;
  }

  private static Violation violation(
      Path path, String constraint, Object value, boolean hidden, String text) {
    String shown = null;
    if (!hidden) {
      shown = value instanceof JsonNode ? echo((JsonNode) value) : truncate(String.valueOf(value));
    }
    String at = path.toString();
    String message = at + " " + text + (hidden ? " (value hidden)" : shown == null ? "" : ": '" + shown + "'");
    return new Violation(path.toString(), constraint, shown, message);
  }

  private static boolean scalar(JsonNode value) {
    return value.isValueNode();
  }

  private static String echo(JsonNode value) {
    if (value == null || !value.isValueNode()) {
      return null;
    }
    return truncate(value.asText());
  }

  private static String truncate(String text) {
    return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "...";
  }

  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a violation found now is to be built and added to {@code out}: false when {@code out}
   * is a {@link Probe}, which only counts it.
   */
  private static boolean record(List<Violation> out) {
    if (out instanceof Probe) {
      ((Probe) out).count++;
      return false;
    }
    return true;
  }

  /**
   * A sink that only counts violations: a {@code oneOf} alternative is first checked into one to
   * learn whether it matches without building the messages of the alternatives that do not.
   */
  private static final class Probe extends java.util.AbstractList<Violation> {
    private int count;

    @Override
    public boolean add(Violation v) {
      count++;
      return true;
    }

    @Override
    public boolean contains(Object o) {
      return false;
    }

    @Override
    public Violation get(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
      return count;
    }
  }

  /**
   * Where a value sits in the validated value ({@code body.rules[0].name}), as a link to its
   * parent: visiting a member or an item costs one small node, and the text is built only when a
   * violation names it (then kept, so that the violations of one value share it).
   */
  private static final class Path {
    private final Path parent;
    private final String member;
    private final int index;
    private String text;

    private Path(Path parent, String member, int index, String text) {
      this.parent = parent;
      this.member = member;
      this.index = index;
      this.text = text;
    }

    static Path root(String text) {
      return new Path(null, null, -1, text);
    }

    Path member(String name) {
      return new Path(this, name, -1, null);
    }

    Path element(int i) {
      return new Path(this, null, i, null);
    }

    @Override
    public String toString() {
      if (text == null && parent != null) {
        String above = parent.toString();
        text = member != null ? above + "." + member : above + "[" + index + "]";
      }
      return text;
    }
  }

  @Override
  public String toString() {
    return "SchemaValidator";
  }
}
