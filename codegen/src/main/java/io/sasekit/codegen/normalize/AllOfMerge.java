package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rule: {@code allOf} is merged into one schema (members and required names united, the first
 * non-null type, items and constraints kept). References among the parts are dereferenced into
 * copies so the merged schema stands alone; a single-part {@code allOf} (the specs' usual wrapper of
 * an array) simply becomes that part.
 */
public final class AllOfMerge {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "AllOfMerge";

  private AllOfMerge() {}

  /**
   * Merges {@code outer} (the schema carrying {@code allOf}, without it) with its parts.
   *
   * @param outer sibling keywords of {@code allOf} (description, properties, ...)
   * @param parts converted parts
   * @param deref returns a copy of the named schema a reference points to
   * @param where location used in notes
   * @param notes where notes go (rule {@link OneOfGroups#RULE} when parts carry several oneOf groups)
   */
  public static Schema merge(Schema outer, List<Schema> parts, Function<String, Schema> deref, String where,
      SchemaConverter.NoteSink notes) {
    if (parts.size() == 1 && outer.properties.isEmpty() && outer.oneOf.isEmpty() && outer.type == null) {
      Schema only = parts.get(0);
      if (only.isRef()) {
        return only;
      }
      overlayDocs(only, outer);
      return only;
    }
    Schema result = outer.copy();
    List<List<Schema>> groups = new ArrayList<>(OneOfGroups.of(outer));
    for (Schema part : parts) {
      Schema p = part.isRef() ? deref.apply(part.ref) : part;
      if (p == null) {
        continue;
      }
      groups.addAll(OneOfGroups.of(p));
      mergeInto(result, p);
    }
    if (groups.size() > 1) {
      OneOfGroups.split(result, groups, deref, where, notes);
    }
    return result;
  }

  private static void overlayDocs(Schema target, Schema outer) {
    if (outer.description != null) {
      target.description = outer.description;
    }
    if (outer.title != null) {
      target.title = outer.title;
    }
    if (outer.readOnly) {
      target.readOnly = true;
    }
    if (outer.defaultValue != null) {
      target.defaultValue = outer.defaultValue;
    }
  }

  static void mergeInto(Schema target, Schema p) {
    if (target.type == null) {
      target.type = p.type;
    }
    p.properties.forEach(target.properties::putIfAbsent);
    for (String r : p.required) {
      if (!target.required.contains(r)) {
        target.required.add(r);
      }
    }
    if (target.items == null) {
      target.items = p.items;
    }
    target.oneOf.addAll(p.oneOf);
    target.oneOfGroups.addAll(p.oneOfGroups);
    if (target.enumValues.isEmpty()) {
      target.enumValues.addAll(p.enumValues);
    }
    if (target.minLength == null) target.minLength = p.minLength;
    if (target.maxLength == null) target.maxLength = p.maxLength;
    if (target.pattern == null) target.pattern = p.pattern;
    if (target.format == null) target.format = p.format;
    if (target.minimum == null) target.minimum = p.minimum;
    if (target.maximum == null) target.maximum = p.maximum;
    if (target.minItems == null) target.minItems = p.minItems;
    if (target.maxItems == null) target.maxItems = p.maxItems;
    if (target.uniqueItems == null) target.uniqueItems = p.uniqueItems;
    target.readOnly |= p.readOnly;
    if (target.defaultValue == null) target.defaultValue = p.defaultValue;
    if (target.description == null) target.description = p.description;
    if (target.title == null) target.title = p.title;
  }
}
