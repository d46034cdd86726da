package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.List;

/**
 * Rule: a request body declared as an array of arrays ({@code [[{...}]]}) that the service in fact
 * reads as one flat list ({@code [{...}]}) becomes the inner array, for the operations the
 * customization's {@code flattenedBodies} names. AIRS scan {@code POST /v1/scan/async/request}
 * declares {@code type: array, items: AsyncScanRequest} where {@code AsyncScanRequest} is itself
 * an array of {@code AsyncScanObject}; its description, the service and Palo Alto's Python SDK send
 * a flat list of {@code {req_id, scan_req}} objects. A named operation whose body is not (or no
 * longer) a nested array fails the build, so a fixed spec does not keep a stale repair.
 */
public final class NestedArrayBodyFlattened implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "NestedArrayBodyFlattened";

  NestedArrayBodyFlattened() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().flattenedBodies);
  }

  /** Applies the rule to the named operations ({@code resource.operation}). */
  public static void apply(ApiModel model, List<String> operations) {
    for (String key : operations) {
      Operation op = Customizations.requireOperation(model, key, "flattenedBodies");
      Schema body = op.body;
      if (body == null || !"array".equals(body.type) || body.items == null
          || !"array".equals(body.items.type) || body.items.items == null) {
        throw new IllegalStateException("customization flattenedBodies: the body of " + op.key()
            + " is not an array of arrays (the spec may be fixed: remove the entry)");
      }
      Schema inner = body.items;
      if (inner.description == null) {
        inner.description = body.description;
      }
      op.body = inner;
      model.note(RULE, op.key(), "body array of arrays -> one flat array");
    }
  }
}
