package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@value #RULE}: a {@code oneOf} of plain values (options that are inline, untitled and declare
 * no members: scalars, arrays, or objects without properties such as a map) is one value, not an
 * object with alternatives: SCM application {@code risk} (a string or an integer), URL admin override
 * {@code redirect.address} (a host name, an IPv4 or an IPv6 address), variable {@code value} (a
 * string or a map). Options of one type give that type (the options' own constraints, which differ,
 * are dropped: the value accepts what any option accepts); options of different types give a value
 * of any type (Java {@code Object}).
 */
public final class ValueOneOfAsOneValue implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "OneOfOfValuesAsOneValue";

  ValueOneOfAsOneValue() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (!applies(s)) {
        return;
      }
      Set<String> types = new LinkedHashSet<>();
      List<String> described = new ArrayList<>();
      for (Schema o : s.oneOf) {
        types.add(o.type == null ? "any" : o.type);
        described.add(o.type == null ? "any" : o.type);
      }
      String type = types.size() == 1 && !types.contains("any") && !types.contains("object") ? types.iterator().next() : null;
      s.oneOf.clear();
      s.type = type;
      model.note(RULE, where, "oneOf of values " + described + " read as one value of "
          + (type == null ? "any type" : "type " + type));
    });
  }

  /** Whether {@code s} declares no members and only value options. */
  static boolean applies(Schema s) {
    if (s.isRef() || s.oneOf.isEmpty() || !s.properties.isEmpty() || !s.oneOfGroups.isEmpty()) {
      return false;
    }
    for (Schema o : s.oneOf) {
      if (o.isRef() || o.title != null || !o.properties.isEmpty() || !o.oneOf.isEmpty() || !o.oneOfGroups.isEmpty()
          || o.type == null) {
        return false;
      }
    }
    return true;
  }
}
