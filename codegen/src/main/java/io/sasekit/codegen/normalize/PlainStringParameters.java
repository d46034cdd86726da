package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import java.util.List;

/**
 * Rule: parameters named in the customization's {@code plainStringParameters} (the {@code folder}
 * parameter: an enum of the six system folders, but tenants have custom folders) lose their enum and
 * stay plain strings; their pattern and length constraints are kept. Constants for the known values
 * are hand-written.
 */
public final class PlainStringParameters implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "EnumParameterAsPlainString";

  PlainStringParameters() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().plainStringParameters);
  }

  /** Applies the rule for the given parameter names. */
  public static void apply(ApiModel model, List<String> names) {
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters) {
        if (names.contains(p.name) && p.schema != null && !p.schema.enumValues.isEmpty()) {
          model.note(RULE, op.key() + "(" + p.name + ")", "enum " + p.schema.enumValues + " dropped: plain string");
          p.schema.enumValues.clear();
        }
      }
    }
  }
}
