package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.Fragments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java face of a list answered as a next-offset wrapper ({@code next-offset.yaml}): {@code list}
 * returns the wrapper model, {@code listAll} is a lazy pager over the wrapper's items member (sync
 * and async), built on sdk-core's {@code AutoPager}/{@code AsyncAutoPager}. That the emitted code
 * compiles and pages correctly is exercised by sdk-airs-mgmt's tests.
 */
class NextOffsetPagerEmitTest {
  private final ApiModel model = Fragments.normalize("test", Fragments.parse("next-offset.yaml"),
      Fragments.table("next-offset.yaml GET /widgets widget list", "next-offset.yaml GET /gadgets gadget list"),
      Customization.parse("{\"modelNames\": {\"PaginatedWidgetObject\": \"WidgetList\", \"WidgetObject\": \"Widget\"}}"));
  private final List<JavaFile> files = new JavaEmitters("com.example.api", "ExampleClient").files(Fragments.plan(model));

  private String file(String pkg, String name) {
    return files.stream()
        .filter(f -> f.packageName().equals(pkg) && f.typeSpec().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not emitted: " + pkg + "." + name))
        .toString();
  }

  @Test
  void serviceInterface_listReturnsTheWrapper_listAllPagesOverTheItems() {
    String sync = file("com.example.api.services", "WidgetService");
    assertThat(sync).contains("WidgetList list(WidgetListParams params, RequestOptions options);");
    assertThat(sync).contains("AutoPager<Widget> listAll(WidgetListParams params, RequestOptions options);");
    assertThat(sync).contains("default AutoPager<Widget> listAll() {");
    assertThat(sync).contains("while the answer carries a next_offset beyond it");
    String async = file("com.example.api.services", "WidgetServiceAsync");
    assertThat(async).contains("CompletableFuture<WidgetList> list(WidgetListParams params");
    assertThat(async).contains("AsyncAutoPager<Widget> listAll(WidgetListParams params");
    assertThat(file("com.example.api.services", "GadgetService")).doesNotContain("listAll");
  }

  @Test
  void implementation_leavesThePagingToTheRegistryDrivenPager() {
    String impl = file("com.example.api.services.internal", "WidgetImpl");
    assertThat(impl).contains("return executor.paginate(opList, args, Widget.class, options);");
    assertThat(impl).doesNotContain("next_offset").doesNotContain("nextOffset");
    String asyncImpl = file("com.example.api.services.internal", "WidgetAsyncImpl");
    assertThat(asyncImpl).contains("return executor.paginateAsync(opList, args, Widget.class, options);");
  }

  @Test
  void registry_describesTheWrapperPaging() {
    var row = new RegistryEmitter().document(model).get("operations").get(0);
    assertThat(row.get("operation").asText()).isEqualTo("list");
    assertThat(row.get("paging").toString())
        .isEqualTo("{\"kind\":\"nextOffset\",\"offset\":\"offset\",\"limit\":\"limit\",\"items\":\"widgets\",\"next\":\"next_offset\"}");
    assertThat(new RegistryEmitter().document(model).get("operations").get(1).has("paging")).isFalse();
  }
}
