package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule (OpenAPI 3.0 semantics): {@code required} on a {@code readOnly} property applies to responses
 * only. Such a property (auto-tag actions {@code log_type}) stays {@code readOnly}, so it is stripped
 * from request bodies, and leaves the schema's {@code required} list, so that neither a model's
 * {@code build()} nor request validation demands it. Answers are never validated, so a service that
 * does send it loses nothing.
 */
public final class ReadOnlyNotRequiredInRequests implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "ReadOnlyNotRequiredInRequests";

  ReadOnlyNotRequiredInRequests() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      List<String> dropped = new ArrayList<>();
      for (String name : s.required) {
        Schema p = s.properties.get(name);
        if (p != null && p.readOnly) {
          dropped.add(name);
        }
      }
      for (String name : dropped) {
        s.required.remove(name);
        model.note(RULE, where + "." + name, "readOnly and required: required in answers only, not in requests");
      }
    });
  }
}
