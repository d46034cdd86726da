package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Resource;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.List;

/**
 * Rule: a write operation (the customization's {@code echoResponseOperations}, e.g. {@code create})
 * that declares no response body answers with the written object: shape {@code object} with the
 * resource's main model (the element of its list, else its get answer, else its create body). The
 * spec's empty answer stays legal: the SDK's reader then returns the object that was sent (see
 * {@code docs/behaviour.md}, Responses).
 */
public final class EchoResponses implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "WriteAnswersWithObject";

  EchoResponses() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().echoResponseOperations);
  }

  /** Applies the rule to operations with the given names. */
  public static void apply(ApiModel model, List<String> operationNames) {
    for (Resource r : model.resources) {
      String main = mainModel(r);
      for (Operation op : r.operations) {
        if (operationNames.contains(op.name) && op.responseShape == ResponseShape.NONE && main != null) {
          op.responseShape = ResponseShape.OBJECT;
          op.responseSchema = Schema.ref(main);
          model.note(RULE, op.key(), "no declared body: answers with " + main);
        }
      }
    }
  }

  /** The name of the resource's main model, or null when it has none. */
  public static String mainModel(Resource r) {
    for (String preferred : List.of("list", "get", "create")) {
      for (Operation op : r.operations) {
        if (!op.name.equals(preferred)) {
          continue;
        }
        Schema s = preferred.equals("create") ? op.body : op.responseSchema;
        if (s != null && s.isRef()) {
          return s.ref;
        }
      }
    }
    for (Operation op : r.operations) {
      if ((op.responseShape == ResponseShape.LIST || op.responseShape == ResponseShape.SINGLE)
          && op.responseSchema != null && op.responseSchema.isRef()) {
        return op.responseSchema.ref;
      }
    }
    return null;
  }
}
