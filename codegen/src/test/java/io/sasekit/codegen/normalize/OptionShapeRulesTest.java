package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.Schema;
import io.sasekit.codegen.model.TypeRef;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the rules that read a {@code oneOf} option by its shape, on {@code
 * option-shapes.yaml}: {@link TitledOptionsAsMembers}, {@link ValueOneOfAsOneValue} and {@link
 * YesNoEnumAsString}, and {@link LengthOnNumberAsString} on the same push body.
 */
class OptionShapeRulesTest {
  static ApiModel model() {
    return Fragments.normalize("test", Fragments.parse("option-shapes.yaml"),
        Fragments.table("option-shapes.yaml GET /zones zone list"),
        Customization.parse("{\"modelNames\": {\"zones\": \"Zone\", \"push\": \"Push\"}}"));
  }

  private final ApiModel model = model();
  private final Schema zone = model.schemas.get("Zone");

  @Test
  void titledOptionsThatAreNoObjectsNameTheMembers() {
    Schema network = zone.properties.get("network");
    assertThat(network.properties).containsOnlyKeys("log_setting");
    assertThat(network.oneOf).hasSize(2);
    Schema layer3 = network.oneOf.get(0);
    assertThat(layer3.type).isEqualTo("object");
    assertThat(layer3.required).containsExactly("layer3");
    assertThat(layer3.properties.get("layer3").type).isEqualTo("array");
    assertThat(network.oneOf.get(1).properties.get("tunnel").type).isEqualTo("object");
    // nested: interface_address holds ip | floating_ip as members
    Schema fallback = zone.properties.get("fallback");
    assertThat(fallback.oneOf).extracting(o -> o.required).containsExactly(java.util.List.of("translated_address"),
        java.util.List.of("interface_address"));
    Schema iface = fallback.oneOf.get(1).properties.get("interface_address");
    assertThat(iface.properties).containsOnlyKeys("interface");
    assertThat(iface.oneOf).extracting(o -> o.required.get(0)).containsExactly("ip", "floating_ip");
    assertThat(iface.oneOf.get(0).properties.get("ip").type).isEqualTo("string");
    // titled objects with the same members: told apart by their titles only
    Schema tcpSyn = zone.properties.get("tcp_syn");
    assertThat(tcpSyn.oneOf).extracting(o -> o.required.get(0)).containsExactly("red", "syn_cookies");
    assertThat(tcpSyn.oneOf.get(1).properties.get("syn_cookies").properties).containsOnlyKeys("alarm_rate");
    // titled objects of no members (each accepts any object): named by their titles too
    Schema scanAction = zone.properties.get("scan_action");
    assertThat(scanAction.oneOf).extracting(o -> o.required.get(0)).containsExactly("allow", "block", "block_ip");
    assertThat(scanAction.oneOf.get(2).properties.get("block_ip").properties).containsOnlyKeys("duration");
    // titled objects with members of their own: untouched
    assertThat(zone.properties.get("translation").oneOf).extracting(o -> o.title).containsExactly("dynamic_ip", "static_ip");
    assertThat(model.notes(TitledOptionsAsMembers.RULE)).extracting(n -> n.where())
        .containsExactlyInAnyOrder("Zone.network", "Zone.fallback", "Zone.tcp_syn", "Zone.scan_action",
            "Zone.fallback.oneOf[1].interface_address");

    JavaModel network3 = Fragments.plan(model).models().values().stream()
        .filter(m -> m.fields().stream().anyMatch(f -> f.jsonName().equals("layer3"))).findFirst().orElseThrow();
    assertThat(field(network3, "layer3").type()).isEqualTo(TypeRef.listOf(TypeRef.STRING));
    assertThat(network3.fields()).extracting(JavaField::jsonName).contains("log_setting", "layer3", "tunnel");
  }

  @Test
  void aOneOfOfValuesIsOneValue() {
    Schema risk = zone.properties.get("risk");
    assertThat(risk.oneOf).isEmpty();
    assertThat(risk.type).isNull();
    Schema address = zone.properties.get("address");
    assertThat(address.oneOf).isEmpty();
    assertThat(address.type).isEqualTo("string");
    assertThat(model.notes(ValueOneOfAsOneValue.RULE)).hasSize(2);
    JavaModel z = Fragments.plan(model).models().get("Zone");
    assertThat(field(z, "risk").type()).isEqualTo(TypeRef.ANY);
    assertThat(field(z, "address").type()).isEqualTo(TypeRef.STRING);
  }

  @Test
  void yamlYesNoEnumsAreStringsAgain() {
    Schema anti = zone.properties.get("anti_spyware");
    assertThat(anti.enumValues).containsExactly("yes", "no");
    assertThat(anti.defaultValue).isEqualTo("yes");
    Schema enabled = zone.properties.get("enabled");
    assertThat(enabled.type).isEqualTo("boolean");
    assertThat(String.valueOf(enabled.defaultValue)).isEqualTo("true");
    assertThat(model.notes(YesNoEnumAsString.RULE)).singleElement()
        .satisfies(n -> assertThat(n.where()).endsWith("anti_spyware"));
    // and no Prisma Access-style fragment is touched
    assertThat(Fragments.objects().notes(YesNoEnumAsString.RULE)).isEmpty();
    assertThat(Fragments.objects().notes(TitledOptionsAsMembers.RULE)).isEmpty();
  }

  @Test
  void aRequiredPluralOfADeclaredArrayNamesIt() {
    Schema push = model.schemas.get("Push");
    assertThat(push.properties).containsOnlyKeys("admin", "folders", "devices");
    assertThat(push.properties.get("folders").type).isEqualTo("array");
    assertThat(push.required).containsOnly("folders");
    assertThat(model.notes(PluralRequiredMemberRenamed.RULE)).isNotEmpty()
        .allSatisfy(n -> assertThat(n.detail()).contains("folder renamed folders"));
    assertThat(field(Fragments.plan(model).models().get("Push"), "folders").type()).isEqualTo(TypeRef.listOf(TypeRef.STRING));
    assertThat(Fragments.objects().notes(PluralRequiredMemberRenamed.RULE)).isEmpty();
  }

  @Test
  void aNumberWithALengthIsAString() {
    Schema devices = model.schemas.get("Push").properties.get("devices").items;
    assertThat(devices.type).isEqualTo("string");
    assertThat(devices.maxLength).isEqualTo(16);
    assertThat(model.notes(LengthOnNumberAsString.RULE)).singleElement()
        .satisfies(n -> assertThat(n.detail()).startsWith("number with string keywords"));
    assertThat(field(Fragments.plan(model).models().get("Push"), "devices").type()).isEqualTo(TypeRef.listOf(TypeRef.STRING));
    // a number without string keywords stays a number
    assertThat(Fragments.objects().notes(LengthOnNumberAsString.RULE)).isEmpty();
  }

  private static JavaField field(JavaModel m, String json) {
    return m.fields().stream().filter(f -> f.jsonName().equals(json)).findFirst().orElseThrow();
  }
}
