package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rule {@value #RULE}: a schema that combines several {@code oneOf} groups (an {@code anyOf} or
 * {@code allOf} of them, or one beside the schema's own {@code oneOf}) means "one of each group", not
 * "one of all": SCM {@code addresses} is {@code anyOf [oneOf address type, oneOf folder/snippet/device]},
 * {@code security-rules} is {@code allOf [oneOf rule type, oneOf container]}. Pooled into one
 * {@code oneOf}, every valid body (one type AND one container) matched two options and was refused.
 *
 * <p>Each group is kept as its own exactly-one group when its options are told apart by their own
 * keys (each option requires keys no other option requires; an option with one member and no
 * {@code required} requires that member): the option becomes {@code {required: [its keys]}} and its
 * members become members of the schema. Several kept groups go to {@link Schema#oneOfGroups} (registry
 * {@code allOf} of {@code oneOf} parts), a single one to {@link Schema#oneOf}. A group whose options
 * are not told apart by keys (a discriminator chooses, or the options share every key: security rule
 * types, NAT destination translations) cannot be checked as "exactly one" without refusing valid
 * bodies: its members are kept as plain members and it is not checked.
 */
public final class OneOfGroups {
  /** Rule name used in notes. */
  public static final String RULE = "IndependentOneOfGroups";

  private OneOfGroups() {}

  /**
   * Replaces {@code merged}'s pooled alternatives by its independent groups.
   *
   * @param merged the merged schema (its {@code oneOf} and {@code oneOfGroups} are replaced)
   * @param groups the groups, each the options of one {@code oneOf}
   * @param deref a copy of the named schema a reference points to, or null
   * @param where location used in notes
   * @param notes where notes go
   */
  static void split(Schema merged, List<List<Schema>> groups, Function<String, Schema> deref, String where,
      SchemaConverter.NoteSink notes) {
    List<List<Schema>> kept = new ArrayList<>();
    List<String> keptText = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (List<Schema> group : groups) {
      List<Schema> options = new ArrayList<>();
      for (Schema o : group) {
        Schema d = o.isRef() ? deref.apply(o.ref) : o;
        if (d != null) {
          options.add(d);
          d.properties.forEach(merged.properties::putIfAbsent);
        }
      }
      List<List<String>> keys = keys(options);
      if (keys == null || options.size() != group.size()) {
        dropped.add(describe(group));
        continue;
      }
      List<Schema> keyed = new ArrayList<>();
      for (List<String> k : keys) {
        Schema option = new Schema();
        option.required.addAll(k);
        keyed.add(option);
      }
      kept.add(keyed);
      keptText.add(keys.toString());
    }
    merged.oneOf.clear();
    merged.oneOfGroups.clear();
    if (kept.size() == 1) {
      merged.oneOf.addAll(kept.get(0));
    } else {
      merged.oneOfGroups.addAll(kept);
    }
    notes.note(RULE, where, groups.size() + " independent oneOf groups: "
        + (kept.isEmpty() ? "none checked" : "each checked on its own " + String.join(" and ", keptText))
        + (dropped.isEmpty() ? "" : "; not checked (options not told apart by their own keys, members kept): "
            + String.join(" and ", dropped)));
  }

  /** The keys of every option when each requires its own (disjoint) keys, else null. */
  static List<List<String>> keys(List<Schema> options) {
    List<List<String>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Schema o : options) {
      List<String> k = !o.required.isEmpty() ? List.copyOf(o.required)
          : o.properties.size() == 1 ? List.of(o.properties.keySet().iterator().next()) : null;
      if (k == null) {
        return null;
      }
      for (String key : k) {
        if (!seen.add(key)) {
          return null;
        }
      }
      out.add(k);
    }
    return out;
  }

  private static String describe(List<Schema> group) {
    List<String> names = new ArrayList<>();
    for (Schema o : group) {
      names.add(o.isRef() ? o.ref.substring(o.ref.indexOf('#') + 1)
          : o.title != null ? o.title : String.valueOf(o.properties.keySet()));
    }
    return names.toString();
  }

  /** The groups a schema already holds: its {@code oneOf} (if any) and its {@code oneOfGroups}. */
  static List<List<Schema>> of(Schema s) {
    List<List<Schema>> out = new ArrayList<>();
    if (!s.oneOf.isEmpty()) {
      out.add(s.oneOf);
    }
    out.addAll(s.oneOfGroups);
    return out;
  }
}
