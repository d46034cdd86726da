package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import java.util.List;

/**
 * Rule: an operation that declares every parameter of an exactly-one-of group (the customization's
 * {@code exactlyOneOfGroups}, e.g. {@code folder}, {@code snippet}, {@code device}) as required
 * takes them all as optional, and records {@code exactlyOneOf} so the runtime enforces "exactly one
 * of" (Prisma Access Kerberos, RADIUS and TACACS server profiles). One that declares them all
 * optional (the 110 SCM operations with the three container query parameters) records
 * {@code exactlyOneOf} too: the service takes exactly one container.
 */
public final class ContainerParamsExactlyOneOf implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "ContainerParamsExactlyOneOf";

  ContainerParamsExactlyOneOf() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().exactlyOneOfGroups);
  }

  /** Applies the rule for the given groups. */
  public static void apply(ApiModel model, List<List<String>> groups) {
    for (Operation op : model.operations()) {
      for (List<String> group : groups) {
        boolean allRequired = !group.isEmpty();
        boolean allOptional = !group.isEmpty();
        for (String name : group) {
          Parameter p = op.parameter(name);
          allRequired &= p != null && p.required;
          allOptional &= p != null && !p.required;
        }
        if (allOptional && op.exactlyOneOf.isEmpty()) {
          op.exactlyOneOf.addAll(group);
          model.note(RULE, op.key(), group + " all declared optional: exactlyOneOf recorded");
        } else if (allRequired) {
          for (String name : group) {
            op.parameter(name).required = false;
          }
          op.exactlyOneOf.clear();
          op.exactlyOneOf.addAll(group);
          model.note(RULE, op.key(), group + " all declared required: made optional, exactlyOneOf recorded");
        }
      }
    }
  }
}
