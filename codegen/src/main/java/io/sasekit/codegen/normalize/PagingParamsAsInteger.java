package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;

/** Rule: the {@code limit} and {@code offset} parameters declared {@code type: number} are integers. */
public final class PagingParamsAsInteger implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "PagingParamsAsInteger";

  PagingParamsAsInteger() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every operation. */
  public static void apply(ApiModel model) {
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters) {
        if ((p.name.equals("limit") || p.name.equals("offset")) && p.schema != null && "number".equals(p.schema.type)) {
          p.schema.type = "integer";
          model.note(RULE, op.key() + "(" + p.name + ")", "type number -> integer");
        }
      }
    }
  }
}
