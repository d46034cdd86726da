package io.sasekit.prismaaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.json.JsonMapper;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.prismaaccess.models.AntiSpywareProfile;
import io.sasekit.prismaaccess.models.SecurityRule;
import io.sasekit.testkit.GeneratedNames;
import io.sasekit.testkit.IdenticalTypes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class generated for Prisma Access reads well: models, enums, services and their async
 * twins and implementations, params classes, the registry holder and the clients (nested classes
 * included); the Setup execution writes its registry only. No simple name is longer
 * than 40 characters, none repeats a word right after itself. The names are read from the
 * generated sources, so a new resource or type is checked without a change here.
 */
class GeneratedNamesTest {
  @Test
  void everyGeneratedClassNameIsShortAndDoesNotStutter() {
    List<String> names = GeneratedNames.generatedClasses(Path.of("target/generated-sources/sasekit"));
    assertThat(names).contains("PrismaAccessClient", "PrismaAccessAsyncClient", "AddressService", "AddressServiceAsync",
        "AddressImpl", "AddressListParams", "Address", "SecurityRule", "Builder");
    assertThat(GeneratedNames.violations(names)).isEmpty();
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

  /**
   * The generator merges structurally identical nested types (codegen README, "Identical types
   * merged"): no two generated models or enums of one simple name have the same structure.
   */
  @Test
  void noTwoGeneratedTypesOfOneNameAreStructurallyIdentical() {
    assertThat(IdenticalTypes.groups(Path.of("target/generated-sources/sasekit/io/sasekit/prismaaccess/models"))).isEmpty();
  }
}
