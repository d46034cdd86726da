package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingStrategyTest {
  private final NamingStrategy n = new NamingStrategy();

  @Test
  void typeNames() {
    assertThat(n.typeName("objects-addresses")).isEqualTo("ObjectsAddresses");
    assertThat(n.typeName("generic_error")).isEqualTo("GenericError");
    assertThat(n.typeName("IKEGateways")).isEqualTo("IkeGateways");
    assertThat(n.typeName("3des")).isEqualTo("T3des");
    assertThat(n.typeName("type")).isEqualTo("TypeValue");
  }

  @Test
  void nestedTypeNamesAreTheMemberNameSingularForListElements() {
    assertThat(n.nestedTypeName("profile_setting", false)).isEqualTo("ProfileSetting");
    assertThat(n.nestedTypeName("rules", true)).isEqualTo("Rule");
    assertThat(n.nestedTypeName("rules", false)).isEqualTo("Rules");
    assertThat(n.nestedTypeName("agent_agent_ui", false)).isEqualTo("AgentUi");
    assertThat(n.nestedTypeName("type", false)).isEqualTo("TypeValue");
    assertThat(n.nestedTypeName("builder", false)).isEqualTo("BuilderValue");
    assertThat(n.nestedTypeName("3d-mode", false)).isEqualTo("T3dMode");
    String longName = n.nestedTypeName("the_longest_member_name_any_vendor_would_ever_write", false);
    assertThat(longName).hasSizeLessThanOrEqualTo(NamingStrategy.MAX_TYPE_NAME).endsWith("EverWrite");
  }

  @Test
  void memberTypeNamesDropTheWordsTheOwnerEndsWith() {
    assertThat(n.memberTypeName("MobileAgent", "agent_profile")).isEqualTo("MobileAgentProfile");
    assertThat(n.memberTypeName("Schedule", "schedule_type")).isEqualTo("ScheduleType");
    assertThat(n.memberTypeName("IpsecTunnel", "tunnel_monitor")).isEqualTo("IpsecTunnelMonitor");
    assertThat(n.memberTypeName("SecurityRule", "profile_setting")).isEqualTo("SecurityRuleProfileSetting");
    assertThat(n.memberTypeName("AntiSpywareSignature", "signature")).isEqualTo("AntiSpywareSignatureValue");
    assertThat(n.memberTypeName("AppConfigValue", "value")).isEqualTo("AppConfigValueItem");
    assertThat(n.memberTypeName("MobileAgentAgentProfile", "agent_ui")).isEqualTo("MobileAgentProfileAgentUi");
    assertThat(n.stutters("MobileAgentAgentProfile")).isTrue();
    assertThat(n.stutters("ServiceConnectionService")).isFalse();
  }

  @Test
  void longMemberTypeNamesKeepTheirAnchorAndTheWordsNearestTheMember() {
    assertThat(n.memberTypeName("VulnerabilityProtectionSignatureValue", "standard"))
        .isEqualTo("VulnerabilitySignatureValueStandard");
    assertThat(n.memberTypeName("AntiSpywareSignatureValueStandardAndCondition", "or_condition"))
        .isEqualTo("AntiSpywareAndConditionOrCondition");
    String longest = n.memberTypeName("ForwardingProfileRegionalAndCustomProxy", "very_long_member_name_beyond_the_limit");
    assertThat(longest).hasSizeLessThanOrEqualTo(NamingStrategy.MAX_TYPE_NAME).endsWith("Limit");
    assertThat(n.stutters(longest)).isFalse();
  }

  @Test
  void memberNames() {
    assertThat(n.memberName("ip_netmask")).isEqualTo("ipNetmask");
    assertThat(n.memberName("_errors")).isEqualTo("errors");
    assertThat(n.memberName("no-pbf")).isEqualTo("noPbf");
    assertThat(n.memberName("@type")).isEqualTo("type");
    assertThat(n.memberName("default")).isEqualTo("defaultValue");
    assertThat(n.memberName("interface")).isEqualTo("interfaceValue");
    assertThat(n.memberName("import")).isEqualTo("importValue");
    assertThat(n.memberName("from")).isEqualTo("from");
    assertThat(n.memberName("to")).isEqualTo("to");
    assertThat(n.memberName("3rd_party")).isEqualTo("_3rdParty");
    assertThat(n.propertyName("builder")).isEqualTo("builderValue");
  }

  @Test
  void methodNamesForKeywordOperations() {
    assertThat(n.methodName("import", "certificate")).isEqualTo("importCertificate");
    assertThat(n.methodName("getRunning", "configVersion")).isEqualTo("getRunning");
  }

  @Test
  void constants() {
    assertThat(n.constantName("Mobile Users")).isEqualTo("MOBILE_USERS");
    assertThat(n.constantName("aes-128-cbc")).isEqualTo("AES_128_CBC");
    assertThat(n.constantName("3des")).isEqualTo("_3DES");
    assertThat(n.constantName("null")).isEqualTo("NULL");
    assertThat(n.constantName("*")).isEqualTo("VALUE");
  }

  @Test
  void pluralsAndSingulars() {
    assertThat(n.plural("address")).isEqualTo("addresses");
    assertThat(n.plural("securityRule")).isEqualTo("securityRules");
    assertThat(n.plural("urlCategory")).isEqualTo("urlCategories");
    assertThat(n.plural("trustedCertificateAuthority")).isEqualTo("trustedCertificateAuthorities");
    assertThat(n.plural("infrastructureSetting")).isEqualTo("infrastructureSettings");
    assertThat(n.plural("job")).isEqualTo("jobs");
    assertThat(n.singular("tags")).isEqualTo("tag");
    assertThat(n.singular("addresses")).isEqualTo("address");
    assertThat(n.singular("categories")).isEqualTo("category");
    assertThat(n.singular("tag")).isEqualTo("tag");
    assertThat(n.singular("address")).isEqualTo("address");
  }
}
