package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;

/**
 * Rule: a declared request body is required. The specs never write {@code required: true} on a
 * body, yet no write operation of these APIs works without one; the typed clients always send it.
 */
public final class DeclaredBodyRequired implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "DeclaredBodyRequired";

  DeclaredBodyRequired() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every operation with a body. */
  public static void apply(ApiModel model) {
    int count = 0;
    for (Operation op : model.operations()) {
      if (op.body != null && !op.bodyRequired) {
        op.bodyRequired = true;
        count++;
      }
    }
    if (count > 0) {
      model.note(RULE, model.api, count + " request bodies not declared required: made required");
    }
  }
}
