package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rule {@value #RULE}: an {@code items:} keyword indented one level too far out becomes a property
 * named {@code items} beside an array property that has no element schema. The AIRS management
 * spec's {@code ModelProtectionObject} declares {@code topic-list: {type: array}} and, as its
 * sibling, {@code items: {$ref: TopicArray}}. When an object has a property named {@code items}
 * holding a reference or an object, and exactly one sibling array without an element schema, the
 * {@code items} property becomes that array's element schema (and stops being a member).
 */
public final class MisplacedArrayItems implements SpecRule {
  /** Rule name used in notes. */
  public static final String RULE = "MisplacedArrayItems";
  static final String ITEMS = "items";

  MisplacedArrayItems() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Applies the rule to every schema of the model. */
  public static void apply(ApiModel model) {
    SchemaWalk.all(model, (s, parent, member, where) -> {
      Schema stray = s.properties.get(ITEMS);
      if (stray == null || !(stray.isRef() || stray.isStructuredObject())) {
        return;
      }
      List<String> untypedArrays = new ArrayList<>();
      for (Map.Entry<String, Schema> e : s.properties.entrySet()) {
        Schema p = e.getValue();
        if (!e.getKey().equals(ITEMS) && "array".equals(p.type) && !p.isRef() && isUntyped(p.items)) {
          untypedArrays.add(e.getKey());
        }
      }
      if (untypedArrays.size() != 1) {
        return;
      }
      String array = untypedArrays.get(0);
      s.properties.get(array).items = stray;
      s.properties.remove(ITEMS);
      s.required.remove(ITEMS);
      model.note(RULE, where + "." + array, "sibling property 'items' (" + stray
          + ") is the element schema of " + array + " (mis-indented in the spec)");
    });
  }

  private static boolean isUntyped(Schema items) {
    return items == null
        || (!items.isRef() && items.type == null && items.properties.isEmpty() && items.oneOf.isEmpty()
            && items.items == null && items.enumValues.isEmpty());
  }
}
