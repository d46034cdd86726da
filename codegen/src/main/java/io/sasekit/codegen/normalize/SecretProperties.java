package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.Map;
import java.util.Set;

/**
 * Rule: properties holding secrets are flagged {@code secret} (never echoed in validation messages,
 * redacted by {@code toString}): {@code format: password}, or a name with a word among
 * {@code secret}, {@code password}, {@code passwd}, {@code psk}, {@code passphrase}, {@code key}.
 */
public final class SecretProperties implements SpecRule {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "SecretProperties";

  private static final Set<String> WORDS = Set.of("secret", "password", "passwd", "psk", "passphrase", "key");
  private static final NamingStrategy NAMING = new NamingStrategy();

  SecretProperties() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Whether a property with this JSON name and schema holds a secret. */
  public static boolean isSecret(String jsonName, Schema schema) {
    if (schema != null && "password".equals(schema.format)) {
      return true;
    }
    for (String w : NAMING.words(jsonName)) {
      if (WORDS.contains(w) || w.endsWith("password") || w.endsWith("secret") || w.endsWith("psk")) {
        return true;
      }
    }
    return false;
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    int[] flagged = {0};
    SchemaWalk.all(model, (s, parent, member, where) -> {
      for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
        Schema p = e.getValue();
        // a reference cannot carry flags; its target's own properties are flagged on their own
        if (isSecret(e.getKey(), p) && !p.isRef() && !p.secret) {
          p.secret = true;
          flagged[0]++;
        }
      }
    });
    if (flagged[0] > 0) {
      model.note(RULE, model.api, flagged[0] + " properties flagged secret by name or format");
    }
  }
}
