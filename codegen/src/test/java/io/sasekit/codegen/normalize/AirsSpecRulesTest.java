package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.model.Schema;
import io.sasekit.codegen.model.TypeRef;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the rules added for the Prisma AIRS management spec, on {@code next-offset.yaml}:
 * {@link NextOffsetPaging}, {@link MisplacedArrayItems} and {@link SecretOverrides}.
 */
class AirsSpecRulesTest {
  static ApiModel model() {
    return Fragments.normalize("test", Fragments.parse("next-offset.yaml"),
        Fragments.table("next-offset.yaml GET /widgets widget list", "next-offset.yaml GET /gadgets gadget list"),
        Customization.parse("{\"modelNames\": {\"PaginatedWidgetObject\": \"WidgetList\", \"WidgetObject\": \"Widget\"}}"));
  }

  private final ApiModel model = model();

  @Test
  void nextOffsetListWrapper_listReturnsTheWrapperAndGetsAPagerOverItsItems() {
    Fragments.plan(model);
    Operation list = model.operation("widget", "list");
    assertThat(list.responseShape).isEqualTo(ResponseShape.OBJECT);
    assertThat(list.responseSchema.ref).isEqualTo("WidgetList");
    assertThat(list.paging).isEqualTo(new Paging(Paging.NEXT_OFFSET, "limit", "offset", "widgets", "next_offset", null));
    assertThat(list.pageItemSchema.ref).isEqualTo("Widget");
    assertThat(Fragments.plan(model).methods().get("widget.list").pageItemType()).isEqualTo(TypeRef.model("Widget"));
    assertThat(Fragments.plan(model).methods().get("widget.list").returnType()).isEqualTo(TypeRef.model("WidgetList"));
    assertThat(Fragments.plan(model).methods().get("widget.list").autoPagerName()).isEqualTo("listAll");
    assertThat(model.notes(NextOffsetPaging.RULE)).singleElement()
        .satisfies(n -> assertThat(n.where()).isEqualTo("widget.list"));
  }

  @Test
  void nextOffsetListWrapper_aWrapperWithoutOffsetParameterOrNextOffsetGetsNoPager() {
    Operation gadgets = model.operation("gadget", "list");
    assertThat(gadgets.responseShape).isEqualTo(ResponseShape.OBJECT);
    assertThat(gadgets.paging).isNull();
    assertThat(Fragments.plan(model).methods().get("gadget.list").autoPagerName()).isNull();
    // the SCM data envelope keeps its own rule and pager
    ApiModel objects = Fragments.objects();
    assertThat(objects.operation("thing", "list").paging.kind()).isEqualTo(Paging.OFFSET);
    assertThat(objects.notes(NextOffsetPaging.RULE)).isEmpty();
  }

  @Test
  void misplacedArrayItems_strayItemsMemberBecomesTheSiblingArraysElement() {
    Schema protection = model.schemas.get("Widget").properties.get("protection").items;
    assertThat(protection.properties).containsOnlyKeys("name", "topic-list");
    assertThat(protection.properties.get("topic-list").items.ref).isEqualTo("TopicArray");
    assertThat(model.notes(MisplacedArrayItems.RULE)).singleElement()
        .satisfies(n -> assertThat(n.where()).endsWith("topic-list"));
    JavaField topicList = Fragments.plan(model).models().values().stream()
        .flatMap(m -> m.fields().stream())
        .filter(f -> f.jsonName().equals("topic-list"))
        .findFirst()
        .orElseThrow();
    assertThat(topicList.type()).isEqualTo(TypeRef.listOf(TypeRef.model("TopicArray")));
    assertThat(Fragments.objects().notes(MisplacedArrayItems.RULE)).isEmpty();
    assertThat(Fragments.rules().notes(MisplacedArrayItems.RULE)).isEmpty();
  }

  @Test
  void secretPropertyOverride_correctsTheNameBasedRuleBothWays() {
    Schema widget = model.schemas.get("Widget");
    assertThat(widget.properties.get("widget_key_id").secret).as("name rule: 'key'").isTrue();
    assertThat(widget.properties.get("access_token").secret).as("name rule misses tokens").isFalse();
    ApiModel fixed = Fragments.normalize("test", Fragments.parse("next-offset.yaml"),
        Fragments.table("next-offset.yaml GET /widgets widget list", "next-offset.yaml GET /gadgets gadget list"),
        Customization.parse("{\"modelNames\": {\"WidgetObject\": \"Widget\"},"
            + " \"secretProperties\": {\"Widget.widget_key_id\": false, \"Widget.access_token\": true}}"));
    Schema w = fixed.schemas.get("Widget");
    assertThat(w.properties.get("widget_key_id").secret).isFalse();
    assertThat(w.properties.get("access_token").secret).isTrue();
    assertThat(fixed.notes(SecretOverrides.RULE)).hasSize(2);
    assertThat(Fragments.plan(fixed).models().get("Widget").fields()).filteredOn(f -> f.jsonName().equals("access_token"))
        .singleElement().satisfies(f -> assertThat(f.secret()).isTrue());
    assertThatThrownBy(() -> Fragments.normalize("test", Fragments.parse("next-offset.yaml"),
        Fragments.table("next-offset.yaml GET /widgets widget list", "next-offset.yaml GET /gadgets gadget list"),
        Customization.parse("{\"secretProperties\": {\"Widget.nope\": true}}")))
        .hasMessageContaining("secretProperties: no scalar property Widget.nope");
  }
}
