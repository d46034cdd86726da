package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.Map;

/**
 * Rule {@value #RULE}: the customization's {@code secretProperties} ({@code Schema.property} of a
 * named schema -> true/false) corrects {@link SecretProperties} where a name misleads it: an
 * {@code access_token} holds a secret although no secret word is in its name; an
 * {@code api_key_name} or {@code api_key_id} does not although {@code key} is. A key naming no
 * schema or property fails the build.
 */
public final class SecretOverrides implements SpecRule {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "SecretPropertyOverride";

  SecretOverrides() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().secretProperties);
  }

  /** Applies the overrides. */
  public static void apply(ApiModel model, Map<String, Boolean> overrides) {
    for (Map.Entry<String, Boolean> e : overrides.entrySet()) {
      String key = e.getKey();
      int dot = key.indexOf('.');
      Schema owner = dot < 0 ? null : model.schemas.get(key.substring(0, dot));
      Schema property = owner == null ? null : owner.properties.get(key.substring(dot + 1));
      if (property == null || property.isRef()) {
        throw new IllegalStateException("customization secretProperties: no scalar property " + key
            + " of a named schema");
      }
      boolean secret = Boolean.TRUE.equals(e.getValue());
      if (property.secret != secret) {
        property.secret = secret;
        model.note(RULE, key, secret ? "flagged secret" : "not a secret");
      }
    }
  }
}
