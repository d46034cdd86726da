package io.sasekit.codegen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.emit.JavaEmitters;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaRegions;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.Fragments;
import io.sasekit.codegen.parse.ParsedSpec;
import io.sasekit.codegen.parse.SpecParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regions enum planned from the servers of {@code fragments/regions.yaml} and the customization's {@code regions}. */
class RegionPlannerTest {

  private static ApiModel model(Customization custom, String... serverLists) {
    List<ParsedSpec> specs = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < serverLists.length; i++) {
      specs.add(new SpecParser().parseText("fragments/f" + i + ".yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
          + serverLists[i] + "paths:\n  /p" + i + ":\n    get:\n      responses:\n        '200': {description: ok}\n"));
      rows.add("f" + i + ".yaml GET /p" + i + " thing op" + i);
    }
    return Fragments.normalize("test", specs, Fragments.table(rows.toArray(String[]::new)), custom);
  }

  private static Customization regions(String block) {
    return Customization.parse("{\"regions\": {\"enum\": \"ExampleRegion\"" + block + "}}");
  }

  @Test
  void oneConstantPerServer_namedByTheTable_orDerivedAndNoted() {
    JavaRegions r = Fragments.plan(Fragments.regions()).regions().orElseThrow();
    assertThat(r.enumName()).isEqualTo("ExampleRegion");
    assertThat(r.constants()).extracting(JavaRegions.Constant::javaName, JavaRegions.Constant::baseUrl,
            JavaRegions.Constant::hostPrefix, JavaRegions.Constant::code, JavaRegions.Constant::isDefault,
            JavaRegions.Constant::derived)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("US", "https://scan.api.example.com", "scan", "us", true, false),
            org.assertj.core.groups.Tuple.tuple("EU", "https://scan-eu.api.example.com", "scan-eu", "eu", false, false),
            org.assertj.core.groups.Tuple.tuple("JP", "https://scan-jp.api.example.com", "scan-jp", "jp", false, true));
    assertThat(r.constants().get(1).description()).isEqualTo("Example Scan API service URL for EU (Germany) regions");
    assertThat(r.constants().get(2).description()).isNull();
    assertThat(r.notes()).singleElement().asString()
        .contains("ExampleRegion.JP", "code jp", "https://scan-jp.api.example.com", "scan-jp", "regions.names");
  }

  @Test
  void serversOfSeveralFiles_eachOnce_inFileOrder() {
    ApiModel m = model(regions(""),
        "servers:\n  - url: https://a.example.com\n  - url: https://a-de.example.com\n",
        "servers:\n  - url: https://a-de.example.com\n  - url: https://a-sg.example.com\n");
    assertThat(Fragments.plan(m).regions().orElseThrow().constants()).extracting(JavaRegions.Constant::javaName)
        .containsExactly("A", "DE", "SG");
  }

  @Test
  void noBlock_noEnum() {
    assertThat(Fragments.plan(Fragments.rules()).regions()).isEmpty();
  }

  @Test
  void badDataFailsTheBuildNamingIt() {
    String two = "servers:\n  - url: https://s.example.com\n  - url: https://s-de.example.com\n";
    assertThatThrownBy(() -> Fragments.plan(model(regions(", \"names\": {\"s-fr\": \"FRANCE\"}"), two)))
        .hasMessageContaining("regions.names").hasMessageContaining("s-fr").hasMessageContaining("s, s-de");
    assertThatThrownBy(() -> Fragments.plan(model(regions(", \"codes\": {\"s-fr\": \"fr\"}"), two)))
        .hasMessageContaining("regions.codes").hasMessageContaining("s-fr");
    assertThatThrownBy(() -> Fragments.plan(model(regions(""),
        "servers:\n  - url: https://s.example.com\n  - url: https://s.example.org\n")))
        .hasMessageContaining("share the host prefix s");
    assertThatThrownBy(() -> Fragments.plan(model(regions(", \"names\": {\"s\": \"DE\"}"), two)))
        .hasMessageContaining("'de' would name both DE (s) and DE (s-de)");
    assertThatThrownBy(() -> Fragments.plan(model(regions(""), "servers:\n  - url: /relative\n")))
        .hasMessageContaining("/relative").hasMessageContaining("absolute");
    assertThatThrownBy(() -> Fragments.plan(model(regions(""), "")))
        .hasMessageContaining("server /").hasMessageContaining("declares no servers");
    assertThatThrownBy(() -> Fragments.plan(model(Customization.parse("{\"regions\": {\"enum\": \"my-region\"}}"), two)))
        .hasMessageContaining("my-region");
    assertThatThrownBy(() -> Fragments.plan(model(regions(", \"names\": {\"s\": \"not a name\"}"), two)))
        .hasMessageContaining("not a name");
  }

  @Test
  void anEnumNamedLikeAnotherGeneratedClassFails() {
    ApiModel m = model(Customization.parse("{\"regions\": {\"enum\": \"ExampleClient\"}}"),
        "servers:\n  - url: https://s.example.com\n");
    assertThatThrownBy(() -> new JavaEmitters("com.example.api", "ExampleClient").files(Fragments.plan(m)))
        .hasMessageContaining("ExampleClient").hasMessageContaining("taken");
  }
}
