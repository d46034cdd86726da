package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;

/**
 * Rule: a {@code oneOf} option that names no {@code required} key and has exactly one property is
 * read as "this key is present" ({@code required: [key]}); otherwise valid bodies would match several
 * options. Options with several properties and no required key are left as they are (and noted).
 */
public final class OneOfOptionRequiredKey implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "OneOfOptionRequiredKey";

  OneOfOptionRequiredKey() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      int i = 0;
      int fixed = 0;
      for (Schema o : s.oneOf) {
        if (!o.isRef() && o.required.isEmpty()) {
          if (o.properties.size() == 1) {
            o.required.add(o.properties.keySet().iterator().next());
            fixed++;
          } else {
            model.note(RULE, where + ".oneOf[" + i + "]", "option with " + o.properties.size() + " properties and no required key: left as is");
          }
        }
        i++;
      }
      if (fixed > 0) {
        model.note(RULE, where, fixed + " option(s) without required: required = their single key");
      }
    });
  }
}
