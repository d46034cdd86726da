package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.Schema;
import io.sasekit.codegen.model.TypeRef;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the rules that decide a member's type where the spec contradicts itself:
 * {@link ScalarWithStrayItems} on {@code stray-items.yaml} (beside {@link MisplacedArrayItems}) and
 * {@link AnyOfMerge} on {@code anyof-members.yaml}.
 */
class MemberTypeRulesTest {
  static ApiModel strayItems() {
    return Fragments.normalize("test", Fragments.parse("stray-items.yaml"),
        Fragments.table("stray-items.yaml GET /profiles profile list"),
        Customization.parse("{\"modelNames\": {\"profiles\": \"Profile\"}}"));
  }

  static ApiModel anyOfMembers() {
    return Fragments.normalize("test", Fragments.parse("anyof-members.yaml"),
        Fragments.table("anyof-members.yaml GET /agent-profiles agentProfile list"),
        Customization.parse("{\"modelNames\": {\"agent-profiles\": \"AgentProfile\"}}"));
  }

  private final ApiModel stray = strayItems();
  private final ApiModel anyOf = anyOfMembers();

  @Test
  void scalarWithStrayItems_theTypeWinsAndTheItemsEnumBecomesItsEnum() {
    Schema rule = stray.schemas.get("Profile").properties.get("rules").items;
    Schema host = rule.properties.get("host");
    assertThat(host.type).isEqualTo("string");
    assertThat(host.items).isNull();
    assertThat(host.enumValues).containsExactly("any", "client", "server");
    Schema port = rule.properties.get("port");
    assertThat(port.type).isEqualTo("integer");
    assertThat(port.items).isNull();
    assertThat(port.enumValues).isEmpty();
    Schema mode = rule.properties.get("mode");
    assertThat(mode.type).isEqualTo("string");
    assertThat(mode.enumValues).containsExactly("fast", "slow");
    Schema severity = rule.properties.get("severity");
    assertThat(severity.type).isEqualTo("array");
    assertThat(severity.items.enumValues).containsExactly("high", "low");
    assertThat(stray.notes(ScalarWithStrayItems.RULE)).extracting(n -> n.where())
        .containsExactly("stray-items.yaml#profiles.rules[].host", "stray-items.yaml#profiles.rules[].port",
            "stray-items.yaml#profiles.rules[].mode");
    assertThat(stray.notes(ScalarWithStrayItems.RULE).get(0).detail()).contains("[any, client, server]");

    JavaModel model = Fragments.plan(stray).models().get("Profile.Rule");
    assertThat(field(model, "host").type()).isEqualTo(TypeRef.enumType("Profile.Rule.Host"));
    assertThat(Fragments.plan(stray).enums().get("Profile.Rule.Host").constants()).extracting(c -> c.javaName())
        .containsExactly("ANY", "CLIENT", "SERVER");
    assertThat(field(model, "port").type()).isEqualTo(TypeRef.INTEGER);
    assertThat(field(model, "mode").type()).isEqualTo(TypeRef.enumType("Profile.Rule.Mode"));
    assertThat(field(model, "severity").type()).isEqualTo(TypeRef.listOf(TypeRef.enumType("Profile.Rule.Severity")));
  }

  @Test
  void scalarWithStrayItems_andMisplacedArrayItemsDoNotConflict() {
    // the scalars are no item-less arrays: the mis-indented items member still finds its array
    Schema rule = stray.schemas.get("Profile").properties.get("rules").items;
    assertThat(rule.properties).doesNotContainKey("items");
    assertThat(rule.properties.get("topic-list").items.ref).isEqualTo("Topic");
    assertThat(stray.notes(MisplacedArrayItems.RULE)).singleElement()
        .satisfies(n -> assertThat(n.where()).endsWith("topic-list"));
    // and the AIRS fragment has no scalar with stray items
    assertThat(AirsSpecRulesTest.model().notes(ScalarWithStrayItems.RULE)).isEmpty();
    assertThat(Fragments.objects().notes(ScalarWithStrayItems.RULE)).isEmpty();
    assertThat(Fragments.rules().notes(ScalarWithStrayItems.RULE)).isEmpty();
  }

  @Test
  void anyOfMemberUnion_sameTypeUnitesEnumsAndDropsDisagreeingDefaults() {
    Schema item = anyOf.schemas.get("AgentProfile").properties.get("app_config").properties.get("config").items;
    assertThat(item.properties).containsOnlyKeys("name", "value", "note", "mtu_only");
    Schema name = item.properties.get("name");
    assertThat(name.type).isEqualTo("string");
    assertThat(name.enumValues).containsExactly("connect-method", "tunnel-mtu");
    assertThat(name.defaultValue).isNull();
    Schema note = item.properties.get("note");
    assertThat(note.maxLength).as("the loosest bound").isEqualTo(20);
    assertThat(item.properties.get("mtu_only").type).isEqualTo("integer");
    assertThat(item.required).isEmpty();
  }

  @Test
  void anyOfMemberUnion_differentElementTypesAcceptAnyValue() {
    Schema item = anyOf.schemas.get("AgentProfile").properties.get("app_config").properties.get("config").items;
    Schema value = item.properties.get("value");
    assertThat(value.type).isEqualTo("array");
    assertThat(value.minItems).isEqualTo(1);
    assertThat(value.maxItems).isEqualTo(1);
    assertThat(value.items.type).as("string enum or number: no type constraint").isNull();
    assertThat(value.items.enumValues).isEmpty();
    assertThat(value.items.minimum).isNull();
    assertThat(value.description).isNull();
    assertThat(anyOf.notes(AnyOfMerge.RULE)).hasSize(1);
    assertThat(anyOf.notes(AnyOfMerge.MEMBER_RULE)).extracting(n -> n.where())
        .containsExactly("anyof-members.yaml#agent-profiles.app_config.config[].name",
            "anyof-members.yaml#agent-profiles.app_config.config[].value",
            "anyof-members.yaml#agent-profiles.app_config.config[].note");
    assertThat(anyOf.notes(AnyOfMerge.MEMBER_RULE).get(1).detail())
        .contains("value[]: types string/number -> any JSON value (type constraint dropped)")
        .contains("no alternatives");

    JavaModel config = Fragments.plan(anyOf).models().get("AgentProfile.AppConfig.Config");
    assertThat(field(config, "value").type()).isEqualTo(TypeRef.listOf(TypeRef.ANY));
    assertThat(field(config, "name").type()).isEqualTo(TypeRef.enumType("AgentProfile.AppConfig.Config.Name"));
    assertThat(Fragments.plan(anyOf).enums().get("AgentProfile.AppConfig.Config.Name").constants()).extracting(c -> c.javaName())
        .containsExactly("CONNECT_METHOD", "TUNNEL_MTU");
    assertThat(Fragments.plan(anyOf).enums()).doesNotContainKey("AgentProfile.AppConfig.Config.Item");
  }

  @Test
  void anyOfMemberUnion_alikeMembersAreLeftAlone() {
    // rules.yaml: the options declare different members, nothing to unite
    assertThat(Fragments.rules().notes(AnyOfMerge.MEMBER_RULE)).isEmpty();
    io.sasekit.codegen.normalize.draft.Schema same = io.sasekit.codegen.normalize.draft.Schema.ofType("number");
    same.minimum = BigDecimal.ONE;
    java.util.List<String> changes = new java.util.ArrayList<>();
    io.sasekit.codegen.normalize.draft.Schema u = AnyOfMerge.unite(java.util.List.of(same, same.copy()), r -> null, "x", changes);
    assertThat(changes).isEmpty();
    assertThat(u.minimum).isEqualTo(BigDecimal.ONE);
  }

  private static JavaField field(JavaModel m, String json) {
    return m.fields().stream().filter(f -> f.jsonName().equals(json)).findFirst().orElseThrow();
  }

  static ApiModel oneOfGroups() {
    return Fragments.normalize("test", Fragments.parse("anyof-oneof-groups.yaml"),
        Fragments.table("anyof-oneof-groups.yaml GET /addresses address list",
            "anyof-oneof-groups.yaml POST /addresses address create",
            "anyof-oneof-groups.yaml PUT /addresses/{id} address update",
            "anyof-oneof-groups.yaml POST /security-rules securityRule create",
            "anyof-oneof-groups.yaml POST /nat-rules natRule create"),
        Customization.parse("{\"modelNames\": {\"addresses\": \"Address\", \"security-rules\": \"SecurityRule\","
            + " \"nat-rules\": \"NatRule\"}}"));
  }

  private static java.util.List<java.util.List<String>> keys(java.util.List<Schema> group) {
    return group.stream().map(o -> java.util.List.copyOf(o.required)).toList();
  }

  @Test
  void independentOneOfGroups_anyOfOfTwoGroupsKeepsBothEachOnItsOwn() {
    ApiModel groups = oneOfGroups();
    Schema address = groups.schemas.get("Address");
    // pooled into one oneOf, a body with a type AND a container (every valid body) matched two options
    assertThat(address.oneOf).isEmpty();
    assertThat(address.oneOfGroups).hasSize(2);
    assertThat(keys(address.oneOfGroups.get(0))).containsExactly(java.util.List.of("ip_netmask"), java.util.List.of("fqdn"));
    // an option with one member and no required key requires that member
    assertThat(keys(address.oneOfGroups.get(1))).containsExactly(java.util.List.of("folder"), java.util.List.of("snippet"));
    // the members stay members, with their constraints; the options name only their keys
    assertThat(address.properties).containsKeys("name", "ip_netmask", "fqdn", "folder", "snippet");
    assertThat(address.properties.get("folder").maxLength).isEqualTo(64);
    assertThat(address.oneOfGroups.get(1).get(0).properties).isEmpty();
    assertThat(address.required).containsExactly("name");
    assertThat(groups.notes(OneOfGroups.RULE)).extracting(n -> n.where()).contains("anyof-oneof-groups.yaml#addresses");

    // registry: allOf of one oneOf part per group
    com.fasterxml.jackson.databind.JsonNode reg = new io.sasekit.codegen.emit.RegistryEmitter().schema(address);
    assertThat(reg.has("oneOf")).isFalse();
    assertThat(reg.path("allOf")).hasSize(2);
    assertThat(reg.path("allOf").get(1).path("oneOf").get(0).path("required").get(0).asText()).isEqualTo("folder");
    assertThat(Fragments.plan(groups).models().get("Address").javadoc())
        .contains("Exactly one of folder, snippet must be set (checked before sending, independently of the other groups).");
  }

  @Test
  void independentOneOfGroups_groupsNotToldApartByKeysAreNotChecked() {
    ApiModel groups = oneOfGroups();
    // allOf [rule types chosen by a discriminator (a security body also satisfies the internet type), container]
    Schema rule = groups.schemas.get("SecurityRule");
    assertThat(rule.oneOfGroups).isEmpty();
    assertThat(keys(rule.oneOf)).containsExactly(java.util.List.of("folder"), java.util.List.of("device"));
    assertThat(rule.properties).containsKeys("name", "action", "folder", "device");
    // anyOf [translations sharing every key] beside the container oneOf
    Schema nat = groups.schemas.get("NatRule");
    assertThat(keys(nat.oneOf)).containsExactly(java.util.List.of("folder"), java.util.List.of("snippet"));
    assertThat(nat.properties).containsKeys("name", "translated_address", "dns_rewrite", "distribution");
    assertThat(groups.notes(OneOfGroups.RULE)).filteredOn(n -> !n.where().endsWith("#addresses"))
        .extracting(n -> n.detail()).allMatch(d -> d.contains("not checked (options not told apart by their own keys"));
    assertThat(groups.notes(OneOfGroups.RULE)).hasSize(3);
  }
}
