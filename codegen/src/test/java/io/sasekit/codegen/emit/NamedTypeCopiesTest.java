package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.TypeRef;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.Fragments;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the plan stage's replacement of nested copies of a named type by references to it
 * ({@code TypeMerger}) on {@code named-copies.yaml}: the {@code allOf} copy of {@code ddns-config}
 * and a written-out copy whose name ends with {@code DdnsConfig} become {@code DdnsConfig}; the same
 * shape under a name that does not agree, and the same name with another constraint, stay nested.
 */
class NamedTypeCopiesTest {
  private final JavaPlan plan = Fragments.plan(Fragments.normalize("test", Fragments.parse("named-copies.yaml"),
      Fragments.table("named-copies.yaml GET /ethernet ethernet list", "named-copies.yaml GET /vlan vlan list"),
      Customization.parse("{}")));
  private final List<JavaFile> files = new JavaEmitters("com.example.api", "ExampleClient").files(plan);

  @Test
  void theAllOfCopyOfANamedTypeIsAReferenceToIt() {
    JavaField ddns = field("Ethernet.Layer3", "ddns_config");
    assertThat(ddns.type()).isEqualTo(TypeRef.model("DdnsConfig"));
    // the member keeps what the spec says of it where it is used
    assertThat(ddns.javadoc()).containsExactly("Dynamic DNS configuration of the Ethernet interface.");
    assertThat(plan.models()).doesNotContainKeys("Ethernet.Layer3.DdnsConfig", "Ethernet.Layer3.DdnsConfig.VendorOptions");
    assertThat(plan.nestedIn("Ethernet.Layer3")).isEmpty();
    assertThat(EmitGoldenTest.file(files, "com.example.api.models", "Ethernet"))
        .contains("public Optional<DdnsConfig> ddnsConfig()").doesNotContain("class DdnsConfig");
  }

  @Test
  void aWrittenOutCopyWhoseNameEndsWithTheNamedTypesIsAReferenceToo() throws IOException {
    assertThat(field("Vlan", "layer3_ddns_config").type()).isEqualTo(TypeRef.model("DdnsConfig"));
    assertThat(plan.models()).doesNotContainKeys("Vlan.Layer3DdnsConfig", "Vlan.Layer3DdnsConfig.VendorOptions");
    EmitGoldenTest.check("Vlan.java", EmitGoldenTest.file(files, "com.example.api.models", "Vlan"));
  }

  @Test
  void theNamedTypeIsTheSpecsAndItsNestedTypeStandsForTheCopies() {
    assertThat(plan.models().get("DdnsConfig").fields()).extracting(JavaField::jsonName)
        .containsExactly("ddns_enabled", "ddns_hostname", "ddns_vendor", "vendor_options");
    // the copies' vendor_options went with the copies; the named type's own merged with the copies
    // that stay apart (same simple name, same shape) into one top-level type
    assertThat(field("DdnsConfig", "vendor_options").type()).isEqualTo(TypeRef.model("VendorOptions"));
    assertThat(field("Vlan.DnsSettings", "vendor_options").type()).isEqualTo(TypeRef.model("VendorOptions"));
  }

  @Test
  void theSameShapeUnderAnotherNameOrTheNameWithAnotherConstraintStaysNested() {
    assertThat(plan.models()).containsKeys("Vlan.DnsSettings", "Vlan.DdnsConfig");
    assertThat(field("Vlan", "dns_settings").type()).isEqualTo(TypeRef.model("Vlan.DnsSettings"));
    assertThat(field("Vlan", "ddns_config").type()).isEqualTo(TypeRef.model("Vlan.DdnsConfig"));
    assertThat(field("Vlan.DdnsConfig", "ddns_hostname").javadoc()).contains("Constraints: required; max length 63.");
  }

  @Test
  void theMergeNotesWhatItReplaced() {
    assertThat(plan.merges().named()).isEqualTo(2);
    assertThat(plan.merges().lines()).contains("DdnsConfig (named type) <- Vlan.Layer3DdnsConfig, Ethernet.Layer3.DdnsConfig");
  }

  private JavaField field(String model, String json) {
    JavaModel m = plan.models().get(model);
    assertThat(m).as(model).isNotNull();
    return m.fields().stream().filter(f -> f.jsonName().equals(json)).findFirst().orElseThrow();
  }
}
