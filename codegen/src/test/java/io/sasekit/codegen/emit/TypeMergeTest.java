package io.sasekit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.ApiModel;
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
 * Golden tests of the plan stage's merge of structurally identical nested types on
 * {@code identical-types.yaml}: within one model (nested at the common owner, with its own nested
 * types), across models (top-level, default name and override), and the types that must stay apart
 * (same shape under different member names, same member name with different constraints).
 */
class TypeMergeTest {
  private static final String CUSTOM = "{\"modelNames\": {\"lists\": \"ListObject\", \"spyware\": \"SpywareProfile\","
      + " \"vulnerability\": \"VulnerabilityProfile\"}";

  private static ApiModel fragment(String extra) {
    return Fragments.normalize("test", Fragments.parse("identical-types.yaml"),
        Fragments.table("identical-types.yaml GET /lists list list", "identical-types.yaml GET /spyware spyware list",
            "identical-types.yaml GET /vulnerability vulnerability list"),
        Customization.parse(CUSTOM + extra + "}"));
  }

  private final JavaPlan plan = Fragments.plan(fragment(""));

  @Test
  void identicalTypesInOneModelAreOneTypeNestedAtTheirCommonOwnerWithTheirNestedTypes() {
    assertThat(plan.models()).containsKeys("ListObject.TypeValue.Recurring", "ListObject.TypeValue.Recurring.Daily")
        .doesNotContainKeys("ListObject.TypeValue.Ip.Recurring", "ListObject.TypeValue.Domain.Recurring",
            "ListObject.TypeValue.Ip.Recurring.Daily", "ListObject.TypeValue.Domain.Recurring.Daily");
    assertThat(field("ListObject.TypeValue.Ip", "recurring").type()).isEqualTo(TypeRef.model("ListObject.TypeValue.Recurring"));
    assertThat(field("ListObject.TypeValue.Domain", "recurring").type()).isEqualTo(TypeRef.model("ListObject.TypeValue.Recurring"));
    assertThat(field("ListObject.TypeValue.Recurring", "daily").type())
        .isEqualTo(TypeRef.model("ListObject.TypeValue.Recurring.Daily"));
    // descriptions do not count: the first in plan order is kept
    assertThat(plan.models().get("ListObject.TypeValue.Recurring").javadoc()).containsExactly("How often the list is fetched.");
    assertThat(plan.nestedIn("ListObject.TypeValue")).contains("ListObject.TypeValue.Recurring");
  }

  @Test
  void identicalTypesOfSeveralModelsAreOneTopLevelTypeNamedFromTheirCommonTrailingWords() throws IOException {
    assertThat(plan.models()).containsKey("ProfileActionBlockIp")
        .doesNotContainKeys("SpywareProfile.Action.BlockIp", "VulnerabilityProfile.Action.BlockIp")
        .containsKeys("SpywareProfile.Action", "VulnerabilityProfile.Action");
    assertThat(plan.enums()).containsKey("ProfileActionBlockIp.TrackBy").doesNotContainKeys("SpywareProfile.Action.BlockIp.TrackBy");
    assertThat(field("SpywareProfile.Action", "block_ip").type()).isEqualTo(TypeRef.model("ProfileActionBlockIp"));
    assertThat(field("VulnerabilityProfile.Action", "block_ip").type()).isEqualTo(TypeRef.model("ProfileActionBlockIp"));
    assertThat(plan.merges().groups())
        .isEqualTo(plan.merges().lines().stream().filter(l -> !l.startsWith("left") && !l.contains("(named type)")).count());
    List<JavaFile> files = new JavaEmitters("com.example.api", "ExampleClient").files(plan);
    EmitGoldenTest.check("ProfileActionBlockIp.java", EmitGoldenTest.file(files, "com.example.api.models", "ProfileActionBlockIp"));
    assertThat(EmitGoldenTest.file(files, "com.example.api.models", "SpywareProfile"))
        .contains("public Optional<ProfileActionBlockIp> blockIp()").doesNotContain("class BlockIp");
  }

  @Test
  void theCustomizationNamesAMergedTopLevelType() {
    JavaPlan renamed = Fragments.plan(fragment(", \"mergedTypeNames\": {\"ProfileActionBlockIp\": \"BlockIpAction\"}"));
    assertThat(renamed.models()).containsKey("BlockIpAction").doesNotContainKey("ProfileActionBlockIp");
    assertThat(renamed.enums()).containsKey("BlockIpAction.TrackBy");
    assertThat(renamed.models().get("SpywareProfile.Action").fields()).extracting(JavaField::type)
        .contains(TypeRef.model("BlockIpAction"));
    JavaPlan byMember = Fragments.plan(fragment(", \"mergedTypeNames\": {\"VulnerabilityProfile.Action.BlockIp\": \"IpBlock\"}"));
    assertThat(byMember.models()).containsKey("IpBlock");
  }

  @Test
  void anOverrideThatMatchesNoGroupOrTakesATakenNameFailsTheBuild() {
    assertThatThrownBy(() -> Fragments.plan(fragment(", \"mergedTypeNames\": {\"NoSuchType\": \"Other\"}")))
        .hasMessageContaining("mergedTypeNames").hasMessageContaining("NoSuchType");
    assertThatThrownBy(() -> Fragments.plan(fragment(", \"mergedTypeNames\": {\"ProfileActionBlockIp\": \"ListObject\"}")))
        .hasMessageContaining("ProfileActionBlockIp -> ListObject");
    assertThatThrownBy(() -> Fragments.plan(fragment(", \"mergedTypeNames\": {\"ProfileActionBlockIp\": \"BlockBlockIp\"}")))
        .hasMessageContaining("repeats the word");
  }

  @Test
  void theSameShapeUnderDifferentNamesOrWithOtherConstraintsStaysApart() {
    assertThat(plan.models()).containsKeys("ListObject.Source", "ListObject.Destination",
        "ListObject.Primary.Server", "ListObject.Backup.Server");
    assertThat(field("ListObject", "source").type()).isEqualTo(TypeRef.model("ListObject.Source"));
    assertThat(field("ListObject.Backup", "server").type()).isEqualTo(TypeRef.model("ListObject.Backup.Server"));
  }

  private JavaField field(String model, String json) {
    JavaModel m = plan.models().get(model);
    assertThat(m).as(model).isNotNull();
    return m.fields().stream().filter(f -> f.jsonName().equals(json)).findFirst().orElseThrow();
  }
}
