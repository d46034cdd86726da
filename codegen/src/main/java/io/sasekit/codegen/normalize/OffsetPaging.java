package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;

/**
 * Rule {@value #RULE}: a list operation (shape {@code list}) that takes an {@code offset} parameter
 * pages by offset: its registry row gets {@code paging} of kind {@code offset} naming the offset and
 * limit parameters. Every paged operation (this kind and {@link NextOffsetPaging}'s) also gets the
 * customization's {@code pageSizeLimit} as {@code maxLimit}. Runs after {@link NextOffsetPaging}.
 */
public final class OffsetPaging implements SpecRule {
  /** Rule name used in notes. */
  @NotASpecRepair public static final String RULE = "OffsetListPaging";

  OffsetPaging() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model(), ctx.custom().pageSizeLimit);
  }

  /** Applies the rule; {@code maxLimit} may be null. */
  public static void apply(ApiModel model, Integer maxLimit) {
    if (maxLimit != null && maxLimit < 1) {
      throw new IllegalStateException("customization pageSizeLimit must be positive: " + maxLimit);
    }
    int offset = 0;
    for (Operation op : model.operations()) {
      if (op.paging == null && op.responseShape == ResponseShape.LIST && op.parameter("offset") != null) {
        op.paging = new Paging(Paging.OFFSET, op.parameter("limit") != null ? "limit" : null, "offset", null, null, null);
        offset++;
      }
      if (op.paging != null && maxLimit != null) {
        op.paging = op.paging.withMaxLimit(maxLimit);
      }
    }
    if (offset > 0) {
      model.note(RULE, model.api, offset + " list operations page by offset"
          + (maxLimit == null ? "" : ", at most " + maxLimit + " per page"));
    }
  }
}
