package io.sasekit.prismaaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.prismaaccess.models.Address;
import io.sasekit.testkit.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated model and enum classes read well: no simple name (nested ones included) longer
 * than 40 characters, none that repeats a word right after itself. Computed over every class
 * compiled into the models package.
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
