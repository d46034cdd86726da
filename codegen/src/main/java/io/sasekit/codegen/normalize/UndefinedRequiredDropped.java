package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: a {@code required} name that the object never defines as a property is dropped from
 * {@code required} (decryption rules {@code application}, SCEP profiles {@code rsa_nbits},
 * traffic-steering rules {@code target}): no valid body could satisfy it.
 */
public final class UndefinedRequiredDropped implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "UndefinedRequiredDropped";

  UndefinedRequiredDropped() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (s.isRef() || s.required.isEmpty() || (s.properties.isEmpty() && s.oneOf.isEmpty())) {
        return;
      }
      if (s.properties.isEmpty()) {
        return;
      }
      List<String> dropped = new ArrayList<>();
      for (String r : s.required) {
        if (!s.properties.containsKey(r)) {
          dropped.add(r);
        }
      }
      if (!dropped.isEmpty()) {
        s.required.removeAll(dropped);
        model.note(RULE, where, "required " + dropped + " not defined as properties: dropped from required");
      }
    });
  }
}
