package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rule {@value #RULE}: {@code anyOf} becomes one lenient object with the members of all its options
 * (the registry format has no anyOf); only the sibling {@code required} names stay required.
 *
 * <p>Rule {@value #MEMBER_RULE}: a member that several options declare differently accepts what any
 * of them accepts, so that every option's objects can be read and sent. The options' member schemas
 * are united: of one type, the type stays, enums are united (dropped when an option has none),
 * bounds widen to the loosest, a constraint the options do not share ({@code pattern},
 * {@code format}, {@code default}, ...) is dropped, array elements and object members are united
 * the same way; of different types, the type constraint is dropped (any JSON value, Java
 * {@code Object}). The registry gets the united schema: the alternatives themselves are not kept.
 * Prisma Access {@code MobileAgent.yaml} {@code gp_app_config.config[]}: {@code connect-method}
 * ({@code name} enum [connect-method], {@code value} string enum items) or {@code tunnel-mtu}
 * ({@code name} enum [tunnel-mtu], {@code value} number items 1000..1420) becomes
 * {@code name} enum [connect-method, tunnel-mtu] and {@code value} an array of 1 of any value
 * ({@code List<Object>}).
 */
public final class AnyOfMerge {
  /** Rule name used in notes for the merge. */
  @NotASpecRepair public static final String RULE = "AnyOfAsMergedObject";
  /** Rule name used in notes for a member the options declare differently. */
  @NotASpecRepair public static final String MEMBER_RULE = "AnyOfMemberUnion";
  private AnyOfMerge() {}

  /**
   * Merges {@code outer} (the schema carrying {@code anyOf}, without it) with its options.
   *
   * @param outer sibling keywords of {@code anyOf}
   * @param options converted options
   * @param deref a copy of the named schema a reference points to, or null
   * @param where location used in notes
   * @param notes where notes go
   */
  static Schema merge(Schema outer, List<Schema> options, Function<String, Schema> deref, String where,
      SchemaConverter.NoteSink notes) {
    Schema merged = outer.copy();
    List<Schema> resolved = new ArrayList<>();
    for (Schema o : options) {
      Schema d = o.isRef() ? deref.apply(o.ref) : o;
      if (d != null) {
        AllOfMerge.mergeInto(merged, d);
        resolved.add(d);
      }
    }
    merged.required.clear();
    merged.required.addAll(outer.required);
    notes.note(RULE, where, "anyOf of " + options.size() + " options merged into one lenient object");
    List<List<Schema>> groups = new ArrayList<>(OneOfGroups.of(outer));
    resolved.forEach(o -> groups.addAll(OneOfGroups.of(o)));
    if (groups.size() > 1) {
      OneOfGroups.split(merged, groups, deref, where, notes);
    }
    // members several options declare: the first option's schema was kept; unite them instead
    Map<String, List<Schema>> declared = new LinkedHashMap<>();
    for (Schema o : resolved) {
      o.properties.forEach((name, p) -> declared.computeIfAbsent(name, k -> new ArrayList<>()).add(p));
    }
    for (Map.Entry<String, List<Schema>> e : declared.entrySet()) {
      String name = e.getKey();
      if (e.getValue().size() < 2 || outer.properties.containsKey(name)) {
        continue;
      }
      List<String> changes = new ArrayList<>();
      Schema united = unite(e.getValue(), deref, name, changes);
      if (!changes.isEmpty()) {
        merged.properties.put(name, united);
        notes.note(MEMBER_RULE, where + "." + name, "the options declare it differently: " + String.join("; ", changes)
            + " (the member accepts what any option accepts; registry: the united schema, no alternatives)");
      }
    }
    return merged;
  }

  /**
   * One schema accepting every value one of {@code members} accepts; each widening is described in
   * {@code changes} (empty when the members are alike).
   */
  static Schema unite(List<Schema> members, Function<String, Schema> deref, String path, List<String> changes) {
    Schema first = members.get(0);
    if (members.stream().allMatch(m -> canonical(m).equals(canonical(first)))) {
      return first.copy();
    }
    List<Schema> ms = new ArrayList<>();
    for (Schema m : members) {
      Schema d = m.isRef() ? deref.apply(m.ref) : m;
      if (d == null) {
        changes.add(path + ": " + m + " cannot be read -> any JSON value");
        return new Schema();
      }
      ms.add(d);
    }
    Set<String> types = new LinkedHashSet<>();
    ms.forEach(m -> types.add(String.valueOf(m.type)));
    Schema u = new Schema();
    u.description = common(ms, m -> m.description);
    u.title = common(ms, m -> m.title);
    u.readOnly = ms.stream().allMatch(m -> m.readOnly);
    if (types.size() > 1 || types.contains("null")) {
      changes.add(path + ": types " + String.join("/", types) + " -> any JSON value (type constraint dropped)");
      return u;
    }
    u.type = ms.get(0).type;
    // enum
    if (ms.stream().allMatch(Schema::isEnum)) {
      Set<Object> values = new LinkedHashSet<>();
      ms.forEach(m -> values.addAll(m.enumValues));
      u.enumValues.addAll(values);
    }
    note(changes, path, "enum", ms, m -> m.enumValues.isEmpty() ? null : m.enumValues, u.enumValues.isEmpty() ? null : u.enumValues);
    // constraints: the loosest bound when every member has one, else none; the rest when shared
    u.minLength = loosest(ms, m -> m.minLength, Comparator.<Integer>naturalOrder());
    u.maxLength = loosest(ms, m -> m.maxLength, Comparator.<Integer>reverseOrder());
    u.minimum = loosest(ms, m -> m.minimum, Comparator.<BigDecimal>naturalOrder());
    u.maximum = loosest(ms, m -> m.maximum, Comparator.<BigDecimal>reverseOrder());
    u.minItems = loosest(ms, m -> m.minItems, Comparator.<Integer>naturalOrder());
    u.maxItems = loosest(ms, m -> m.maxItems, Comparator.<Integer>reverseOrder());
    u.pattern = common(ms, m -> m.pattern);
    u.format = common(ms, m -> m.format);
    u.uniqueItems = common(ms, m -> m.uniqueItems);
    u.defaultValue = common(ms, m -> m.defaultValue);
    note(changes, path, "minLength", ms, m -> m.minLength, u.minLength);
    note(changes, path, "maxLength", ms, m -> m.maxLength, u.maxLength);
    note(changes, path, "minimum", ms, m -> m.minimum, u.minimum);
    note(changes, path, "maximum", ms, m -> m.maximum, u.maximum);
    note(changes, path, "minItems", ms, m -> m.minItems, u.minItems);
    note(changes, path, "maxItems", ms, m -> m.maxItems, u.maxItems);
    note(changes, path, "pattern", ms, m -> m.pattern, u.pattern);
    note(changes, path, "format", ms, m -> m.format, u.format);
    note(changes, path, "uniqueItems", ms, m -> m.uniqueItems, u.uniqueItems);
    note(changes, path, "default", ms, m -> m.defaultValue, u.defaultValue);
    // array elements
    if (ms.stream().allMatch(m -> m.items != null)) {
      u.items = unite(ms.stream().map(m -> m.items).toList(), deref, path + "[]", changes);
    } else if (ms.stream().anyMatch(m -> m.items != null)) {
      changes.add(path + "[]: not every option types the elements -> any JSON value");
    }
    // object members: united by name; required only when every member requires it
    Map<String, List<Schema>> props = new LinkedHashMap<>();
    ms.forEach(m -> m.properties.forEach((k, v) -> props.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
    props.forEach((k, v) -> u.properties.put(k, v.size() == 1 ? v.get(0).copy() : unite(v, deref, path + "." + k, changes)));
    note(changes, path, "members", ms, m -> m.properties.isEmpty() ? null : m.properties.keySet(),
        u.properties.isEmpty() ? null : u.properties.keySet());
    for (String r : ms.get(0).required) {
      if (ms.stream().allMatch(m -> m.required.contains(r))) {
        u.required.add(r);
      }
    }
    note(changes, path, "required", ms, m -> m.required.isEmpty() ? null : m.required, u.required.isEmpty() ? null : u.required);
    // alternatives: kept when every member has the same ones, else dropped (lenient)
    if (ms.stream().allMatch(m -> canonical(m.oneOf).equals(canonical(ms.get(0).oneOf)))) {
      ms.get(0).oneOf.forEach(o -> u.oneOf.add(o.copy()));
    } else {
      changes.add(path + ": oneOf differs -> dropped");
    }
    return u;
  }

  /** Records a change when the united value differs from a member's. */
  private static void note(List<String> changes, String path, String what, List<Schema> ms,
      Function<Schema, Object> get, Object united) {
    Set<String> seen = new LinkedHashSet<>();
    ms.forEach(m -> seen.add(String.valueOf(get.apply(m))));
    if (seen.size() > 1) {
      changes.add(path + ": " + what + " " + String.join(" / ", seen) + " -> " + (united == null ? "none" : united));
    }
  }

  /** The value every member has, or null. */
  private static <T> T common(List<Schema> ms, Function<Schema, T> get) {
    T v = get.apply(ms.get(0));
    for (Schema m : ms) {
      if (!Objects.equals(v, get.apply(m))) {
        return null;
      }
    }
    return v;
  }

  /** The first value in {@code order} when every member has one, else null. */
  private static <T> T loosest(List<Schema> ms, Function<Schema, T> get, Comparator<T> order) {
    T best = null;
    for (Schema m : ms) {
      T v = get.apply(m);
      if (v == null) {
        return null;
      }
      best = best == null || order.compare(v, best) < 0 ? v : best;
    }
    return best;
  }

  /** A canonical text of a schema (references by name), for structural equality. */
  static String canonical(Schema s) {
    StringBuilder sb = new StringBuilder();
    write(s, sb);
    return sb.toString();
  }

  private static String canonical(List<Schema> list) {
    StringBuilder sb = new StringBuilder("[");
    list.forEach(o -> write(o, sb.append(',')));
    return sb.append(']').toString();
  }

  private static void write(Schema s, StringBuilder sb) {
    if (s == null) {
      sb.append("null");
      return;
    }
    if (s.isRef()) {
      sb.append("{$ref:").append(s.ref).append('}');
      return;
    }
    sb.append('{');
    SharedComponents.writeFacets(s, sb);
    if (!s.properties.isEmpty()) {
      sb.append("properties={");
      new TreeMap<>(s.properties).forEach((k, v) -> {
        sb.append(k).append(':');
        write(v, sb);
        sb.append(',');
      });
      sb.append("};");
    }
    if (s.items != null) {
      sb.append("items=");
      write(s.items, sb);
      sb.append(';');
    }
    if (!s.oneOf.isEmpty()) {
      sb.append("oneOf=").append(canonical(s.oneOf)).append(';');
    }
    for (List<Schema> group : s.oneOfGroups) {
      sb.append("oneOfGroup=").append(canonical(group)).append(';');
    }
    sb.append('}');
  }
}
