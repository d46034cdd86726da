package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule {@value #RULE}: a list whose answer is not the {@code {data, limit, offset, total}} envelope
 * but a wrapper object holding one array member and a {@code next_offset} integer (the Prisma AIRS
 * management lists: {@code {"api_keys": [...], "next_offset": 200}}), on an operation that takes an
 * {@code offset} parameter. The shape stays {@code object} (the typed {@code list} returns the
 * wrapper model, nothing is lost); the operation gets registry paging of kind {@code nextOffset}
 * (items member, next-offset member) and records the element schema, so that typed and dynamic
 * calls page over the items member until {@code next_offset} is absent.
 */
public final class NextOffsetPaging implements SpecRule {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "NextOffsetListWrapper";
  /** The wrapper member that announces the next page. */
  static final String NEXT_OFFSET = "next_offset";

  NextOffsetPaging() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every operation answered with an object. */
  public static void apply(ApiModel model) {
    for (Operation op : model.operations()) {
      if (op.responseShape != ResponseShape.OBJECT || op.parameter("offset") == null || op.responseSchema == null) {
        continue;
      }
      Schema wrapper = op.responseSchema.isRef() ? model.schemas.get(op.responseSchema.ref) : op.responseSchema;
      if (wrapper == null || wrapper.isRef() || !wrapper.oneOf.isEmpty()) {
        continue;
      }
      Schema next = wrapper.properties.get(NEXT_OFFSET);
      if (next == null || !"integer".equals(next.type)) {
        continue;
      }
      List<String> arrays = new ArrayList<>();
      for (Map.Entry<String, Schema> e : wrapper.properties.entrySet()) {
        if ("array".equals(e.getValue().type)) {
          arrays.add(e.getKey());
        }
      }
      if (arrays.size() != 1) {
        continue;
      }
      String items = arrays.get(0);
      Schema element = wrapper.properties.get(items).items;
      String limit = op.parameter("limit") != null ? "limit" : null;
      op.paging = new Paging(Paging.NEXT_OFFSET, limit, "offset", items, NEXT_OFFSET, null);
      op.pageItemSchema = element == null ? new Schema() : element;
      model.note(RULE, op.key(), "{" + items + ": [...], " + NEXT_OFFSET + "} wrapper: list returns the wrapper, "
          + "the pager reads " + items + " and follows " + NEXT_OFFSET);
    }
  }
}
