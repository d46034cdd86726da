package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import io.sasekit.codegen.normalize.draft.Resource;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule: inline objects and enums get Java type names from their context: parent type + property
 * name ({@code IpsecCryptoProfile} + {@code lifetime} -> {@code IpsecCryptoProfileLifetime}, without
 * stutter and at most 40 characters: {@link NamingStrategy#memberTypeName}); inline
 * bodies and answers get resource + operation + {@code Request}/{@code Response}; enum parameters get
 * the parameter's name ({@code position} -> {@code Position}), shared by every operation whose enum has
 * the same values. The customization's {@code inlineNames} and {@code enumNames} override any of these.
 */
public final class InlineTypeNaming implements SpecRule {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "InlineTypeNaming";

  private final ApiModel model;
  private final Customization custom;
  private final NamingStrategy naming;
  private final Set<String> used = new HashSet<>();
  private final Map<String, List<Object>> paramEnums = new HashMap<>();
  private final Map<String, Integer> paramEnumUses = new HashMap<>();
  private final Set<String> usedCustomKeys = new HashSet<>();

  /** The rule as listed in {@link Rules#ALL}; each application works on a fresh instance. */
  InlineTypeNaming() {
    this(null, null, null);
  }

  private InlineTypeNaming(ApiModel model, Customization custom, NamingStrategy naming) {
    this.model = model;
    this.custom = custom;
    this.naming = naming;
  }

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom(), ctx.naming());
  }

  /** Names every inline object and enum of the model. */
  public static void apply(ApiModel model, Customization custom, NamingStrategy naming) {
    new InlineTypeNaming(model, custom, naming).run();
  }

  private void run() {
    used.addAll(model.schemas.keySet());
    model.schemas.forEach((name, s) -> members(s, name));
    for (Resource r : model.resources) {
      String res = naming.typeName(r.key);
      for (Operation op : r.operations) {
        for (Parameter p : op.parameters) {
          paramEnum(op, p, res);
        }
        String bodyKey = op.key() + ".body";
        node(op.body, bodyKey, naming.memberTypeName(res, op.name + "_request"), bodyKey);
        String respKey = op.key() + ".response";
        node(op.responseSchema, respKey, naming.memberTypeName(res, op.name + "_response"), respKey);
      }
    }
    paramEnumUses.forEach((name, uses) -> {
      if (uses > 1) {
        model.note(SharedComponents.RULE, name, "enum parameter shared by " + uses + " operations");
      }
    });
    for (String k : custom.inlineNames.keySet()) {
      if (!usedCustomKeys.contains(k)) {
        throw new IllegalStateException("customization inlineNames: no inline type at " + k);
      }
    }
    for (String k : custom.enumNames.keySet()) {
      if (!usedCustomKeys.contains(k)) {
        throw new IllegalStateException("customization enumNames: no enum at " + k);
      }
    }
  }

  /** Names the types inside the members (own and of oneOf options) of an object named {@code ctx}. */
  private void members(Schema s, String ctx) {
    s.properties.forEach((prop, child) -> node(child, ctx + "." + prop, naming.memberTypeName(ctx, prop), ctx + "." + prop));
    for (Schema option : s.oneOf) {
      if (!option.isRef()) {
        option.properties.forEach((prop, child) -> node(child, ctx + "." + prop, naming.memberTypeName(ctx, prop), ctx + "." + prop));
        for (Schema nested : option.oneOf) {
          members(nested, ctx);
        }
      }
    }
  }

  private void node(Schema s, String customKey, String proposed, String where) {
    if (s == null || s.isRef()) {
      return;
    }
    if ("array".equals(s.type) && s.items != null) {
      node(s.items, customKey, proposed, where + "[]");
      return;
    }
    if (s.isEnum() && s.enumValues.stream().allMatch(v -> v instanceof String)) {
      s.javaName = unique(override(custom.enumNames, customKey, proposed));
      return;
    }
    if (s.isStructuredObject()) {
      s.javaName = unique(override(custom.inlineNames, customKey, proposed));
      members(s, s.javaName);
    }
  }

  private void paramEnum(Operation op, Parameter p, String resourceType) {
    Schema s = p.schema;
    if (s == null) {
      return;
    }
    Schema target = "array".equals(s.type) && s.items != null ? s.items : s;
    if (!target.isEnum()) {
      return;
    }
    String key = op.key() + "." + p.name;
    String name = override(custom.enumNames, key, naming.typeName(p.name));
    List<Object> known = paramEnums.get(name);
    if (known != null && known.equals(target.enumValues)) {
      target.javaName = name;
      paramEnumUses.merge(name, 1, Integer::sum);
      return;
    }
    if (known != null || used.contains(name)) {
      name = naming.memberTypeName(resourceType, p.name);
    }
    name = unique(name);
    paramEnums.put(name, List.copyOf(target.enumValues));
    paramEnumUses.merge(name, 1, Integer::sum);
    target.javaName = name;
  }

  private String override(Map<String, String> names, String key, String proposed) {
    String n = names.get(key);
    if (n != null) {
      usedCustomKeys.add(key);
      return n;
    }
    return proposed;
  }

  private String unique(String name) {
    String candidate = name;
    int i = 2;
    while (!used.add(candidate)) {
      candidate = naming.numbered(name, i++);
    }
    return candidate;
  }
}
