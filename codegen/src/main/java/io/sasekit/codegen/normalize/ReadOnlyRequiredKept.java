package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.Schema;
import java.util.Map;

/**
 * Rule: a property both {@code readOnly} and {@code required} (auto-tag actions {@code log_type}) is
 * kept required and is no longer read-only: a client must send it, so it may not be stripped from
 * request bodies.
 */
public final class ReadOnlyRequiredKept implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "ReadOnlyRequiredKept";

  ReadOnlyRequiredKept() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
        Schema p = e.getValue();
        if (p.readOnly && s.required.contains(e.getKey())) {
          p.readOnly = false;
          model.note(RULE, where + "." + e.getKey(), "readOnly and required: kept required, readOnly dropped");
        }
      }
    });
  }
}
