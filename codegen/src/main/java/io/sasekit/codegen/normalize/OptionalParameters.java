package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import java.util.List;
import java.util.Map;

/**
 * Rule: parameters the customization's {@code optionalParameters} lists for an operation are made
 * optional ({@code mfa-servers} POST and {@code bgp-routing} GET declare a required {@code position}
 * that the service does not take). A listed operation or parameter that does not exist fails the build.
 */
public final class OptionalParameters implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "WronglyRequiredParameterOptional";

  OptionalParameters() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().optionalParameters);
  }

  /** Applies the rule. */
  public static void apply(ApiModel model, Map<String, List<String>> byOperation) {
    for (Map.Entry<String, List<String>> e : byOperation.entrySet()) {
      Operation op = Customizations.requireOperation(model, e.getKey(), "optionalParameters");
      for (String name : e.getValue()) {
        Parameter p = op.parameter(name);
        if (p == null) {
          throw new IllegalStateException("customization optionalParameters: " + op.key() + " has no parameter " + name);
        }
        if (p.required) {
          p.required = false;
          model.note(RULE, op.key() + "(" + name + ")", "declared required: made optional");
        }
      }
    }
  }
}
