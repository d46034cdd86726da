package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule: an operation whose spec declares no answer body although the service sends one (e.g.
 * {@code configVersion.push} answering {@code {"success": true, "job_id": "1234", "message": "..."}})
 * gets the shape and schema the customization's {@code responseOverrides} gives. With
 * {@code modelName} the inline schema becomes a named schema (a registry {@code schemas} entry and a
 * model) that other overrides may reference with {@code {"$ref": "Name"}}.
 *
 * <p>Stale entries fail the build: an unknown operation, an operation whose spec now declares an
 * answer (the override would hide it), a {@code modelName} that already exists, a reference to no
 * schema, an unknown shape or schema key.
 */
public final class ResponseOverrides implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "UndeclaredResponseOverride";

  ResponseOverrides() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().responseOverrides);
  }

  /** Applies the overrides: named schemas first, so that any entry may reference them. */
  public static void apply(ApiModel model, Map<String, Customization.ResponseOverride> overrides) {
    List<Runnable> assignments = new ArrayList<>();
    List<Runnable> refChecks = new ArrayList<>();
    for (Map.Entry<String, Customization.ResponseOverride> e : overrides.entrySet()) {
      String key = e.getKey();
      String where = "customization responseOverrides " + key;
      Operation op = Customizations.requireOperation(model, key, "responseOverrides");
      Customization.ResponseOverride o = e.getValue();
      if (o == null || o.shape == null) {
        throw new IllegalStateException(where + ": shape is required");
      }
      ResponseShape shape = shape(o.shape, where);
      if (op.responseShape != ResponseShape.NONE || op.responseSchema != null) {
        throw new IllegalStateException(where + ": the spec now declares an answer (shape " + op.responseShape.wireName()
            + "); remove the override or turn it into a rule");
      }
      Schema schema = o.schema == null || o.schema.isNull() ? null : RegistrySchemas.read(o.schema, where);
      if (shape == ResponseShape.NONE && (schema != null || o.modelName != null)) {
        throw new IllegalStateException(where + ": shape none takes no schema or modelName");
      }
      if (schema == null && shape != ResponseShape.NONE && shape != ResponseShape.ANY) {
        throw new IllegalStateException(where + ": shape " + o.shape + " needs a schema");
      }
      Schema answer = schema;
      if (o.modelName != null) {
        if (schema == null || schema.isRef()) {
          throw new IllegalStateException(where + ": modelName names an inline schema; with {\"$ref\": ...} leave it out");
        }
        if (model.schemas.containsKey(o.modelName)) {
          throw new IllegalStateException(where + ": modelName " + o.modelName + " already exists; reference it with {\"$ref\": \""
              + o.modelName + "\"}");
        }
        model.schemas.put(o.modelName, schema);
        answer = Schema.ref(o.modelName);
      }
      Schema finalAnswer = answer;
      assignments.add(() -> {
        op.responseShape = shape;
        op.responseSchema = finalAnswer;
        model.note(RULE, op.key(), "spec declares no answer: shape " + shape.wireName()
            + (finalAnswer == null ? "" : ", " + (finalAnswer.isRef() ? finalAnswer.ref : "inline schema")));
      });
      if (schema != null) {
        refChecks.add(() -> RegistrySchemas.requireRefs(model, schema, where));
      }
    }
    refChecks.forEach(Runnable::run);
    assignments.forEach(Runnable::run);
  }

  private static ResponseShape shape(String name, String where) {
    try {
      return ResponseShape.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": unknown shape " + name + " (object, single, list, any, none)");
    }
  }
}
