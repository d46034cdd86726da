package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule: the object properties the customization's {@code plainStringProperties} lists as
 * {@code Type.property} (e.g. {@code PushRequest.folders}, an enum of folder names where tenants
 * also have custom folders) lose their enum (on the property or on its items) and stay plain
 * strings, like the {@code folder} parameter. Runs after {@link InlineTypeNaming} so inline types
 * can be named; a listed property that does not exist fails the build.
 */
public final class PlainStringProperties implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "EnumPropertyAsPlainString";

  PlainStringProperties() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().plainStringProperties);
  }

  /** Applies the rule. */
  public static void apply(ApiModel model, List<String> properties) {
    if (properties.isEmpty()) {
      return;
    }
    Set<String> done = new HashSet<>();
    model.schemas.forEach((name, s) -> walk(model, s, name, properties, done, new HashSet<>()));
    for (Operation op : model.operations()) {
      walk(model, op.body, op.body == null ? null : op.body.javaName, properties, done, new HashSet<>());
      walk(model, op.responseSchema, op.responseSchema == null ? null : op.responseSchema.javaName, properties, done, new HashSet<>());
    }
    for (String p : properties) {
      if (!done.contains(p)) {
        throw new IllegalStateException("customization plainStringProperties: no enum property " + p);
      }
    }
  }

  private static void walk(ApiModel model, Schema s, String typeName, List<String> wanted, Set<String> done, Set<Schema> seen) {
    if (s == null || s.isRef() || !seen.add(s)) {
      return;
    }
    if ("array".equals(s.type)) {
      walk(model, s.items, s.items == null ? null : s.items.javaName, wanted, done, seen);
      return;
    }
    members(model, s.properties, typeName, wanted, done, seen);
    for (Schema o : s.oneOf) {
      if (!o.isRef()) {
        members(model, o.properties, typeName, wanted, done, seen);
      }
    }
  }

  private static void members(ApiModel model, Map<String, Schema> props, String typeName, List<String> wanted, Set<String> done, Set<Schema> seen) {
    for (Map.Entry<String, Schema> e : props.entrySet()) {
      Schema p = e.getValue();
      String key = typeName + "." + e.getKey();
      if (typeName != null && wanted.contains(key)) {
        Schema target = "array".equals(p.type) && p.items != null ? p.items : p;
        if (!target.enumValues.isEmpty()) {
          model.note(RULE, key, "enum " + target.enumValues + " dropped: plain string");
          target.enumValues.clear();
          target.javaName = null;
          done.add(key);
        }
      }
      walk(model, p, p.javaName, wanted, done, seen);
    }
  }
}
