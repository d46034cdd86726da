package io.sasekit.prismaaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.json.JsonMapper;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.AntiSpywareProfile;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.testkit.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated model and enum classes read well: no simple name (nested ones included) longer
 * than 40 characters, none that repeats a word right after itself. Computed over every class
 * compiled into the models package. Inline types are public static classes nested in their owner.
 */
class GeneratedNamesTest {
  @Test
  void everyModelAndEnumNameIsShortAndDoesNotStutter() {
    List<String> names = GeneratedNames.simpleNames(Address.class);
    assertThat(names).contains("Address", "SecurityRule", "Builder");
    // MobileAgentAgentProfile is the model of resource mobileAgentAgentProfile: the contract suites find a
    // resource's model by the resource key, so it keeps that name until the resource is renamed
    assertThat(GeneratedNames.violations(names)).containsExactly("MobileAgentAgentProfile: repeats agent");
  }

  @Test
  void inlineTypesAreStaticClassesNestedInTheirOwnerAndReadAsJson() throws Exception {
    assertThat(SecurityRule.ProfileSetting.class.getEnclosingClass()).isEqualTo(SecurityRule.class);
    assertThat(AntiSpywareProfile.Rule.Action.class.getEnclosingClass()).isEqualTo(AntiSpywareProfile.Rule.class);
    List<Class<?>> nested = GeneratedNames.nestedClasses(Address.class);
    assertThat(nested).contains(SecurityRule.ProfileSetting.class, AntiSpywareProfile.Rule.class);
    assertThat(GeneratedNames.nestedNotPublicStaticFinal(Address.class)).isEmpty();

    String json = "{\"name\":\"r\",\"profile_setting\":{\"group\":[\"best-practice\"]}}";
    SecurityRule rule = JsonMapper.shared().readValue(json, SecurityRule.class);
    assertThat(rule.profileSetting()).map(SecurityRule.ProfileSetting::group).contains(List.of("best-practice"));
    assertThat(JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(rule)))
        .isEqualTo(JsonMapper.shared().readTree(json));
  }

  @Test
  void theCheckCatchesLengthAndStutter() {
    assertThat(GeneratedNames.violations(List.of(
            "MobileAgentAgentProfile", "ServiceService", "IKEGateway",
            "VulnerabilityProtectionSignatureStandardAndCondition")))
        .containsExactly(
            "MobileAgentAgentProfile: repeats agent",
            "ServiceService: repeats service",
            "VulnerabilityProtectionSignatureStandardAndCondition: 52 characters");
  }
}
