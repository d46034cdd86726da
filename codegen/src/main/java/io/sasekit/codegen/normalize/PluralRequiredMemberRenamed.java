package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rule {@value #RULE}: an object that requires a member it does not declare, while it declares an
 * array under the singular of that name, declares the array under the required name. SCM {@code
 * candidate:push}: the body declares {@code folder} (an array of folder names) and requires {@code
 * folders}, and the live service reads {@code folders} ({@code specs/README.md}); the generated body
 * type has {@code folders}. Runs before {@link UndefinedRequiredDropped}, which would otherwise drop
 * the required name.
 */
public final class PluralRequiredMemberRenamed implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "PluralRequiredMemberRenamed";

  PluralRequiredMemberRenamed() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      if (s.isRef() || s.required.isEmpty()) {
        return;
      }
      for (String r : s.required) {
        String singular = singular(s, r);
        if (singular != null) {
          Map<String, Schema> renamed = new LinkedHashMap<>();
          s.properties.forEach((k, v) -> renamed.put(k.equals(singular) ? r : k, v));
          s.properties.clear();
          s.properties.putAll(renamed);
          model.note(RULE, where, "declared array " + singular + " renamed " + r + ", the member it requires");
        }
      }
    });
  }

  /** The declared array member whose plural is the undeclared required {@code name}, or null. */
  static String singular(Schema s, String name) {
    if (s.properties.containsKey(name) || !name.endsWith("s")) {
      return null;
    }
    String singular = name.substring(0, name.length() - 1);
    Schema p = s.properties.get(singular);
    return p != null && "array".equals(p.type) ? singular : null;
  }
}
