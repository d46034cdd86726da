package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.Map;

/**
 * Rule: a request body declared with the wrong schema (a spec copy-paste defect such as
 * {@code PUT /tls-service-profiles/{id}} declaring the certificate-profile schema) is replaced by the
 * model the customization's {@code bodyOverrides} names.
 */
public final class BodyOverrides implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "BodySchemaOverride";

  BodyOverrides() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().bodyOverrides);
  }

  /** Applies the overrides. */
  public static void apply(ApiModel model, Map<String, String> overrides) {
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      Operation op = Customizations.requireOperation(model, e.getKey(), "bodyOverrides");
      if (!model.schemas.containsKey(e.getValue())) {
        throw new IllegalStateException("customization bodyOverrides: no model named " + e.getValue() + " for " + op.key());
      }
      String before = op.body == null ? "none" : String.valueOf(op.body.ref != null ? op.body.ref : "inline");
      op.body = Schema.ref(e.getValue());
      model.note(RULE, op.key(), "body " + before + " -> " + e.getValue());
    }
  }
}
