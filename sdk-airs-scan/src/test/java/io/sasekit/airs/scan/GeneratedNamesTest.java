package io.sasekit.airs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.airs.scan.models.AiProfile;
import io.sasekit.testkit.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated model and enum classes of the AIRS scan API read well: no simple name (nested ones included)
 * longer than 40 characters, none that repeats a word right after itself, and every nested type a
 * public static final class. Computed over every class compiled into the models package.
 */
class GeneratedNamesTest {
  @Test
  void everyModelAndEnumNameIsShortAndDoesNotStutter() {
    List<String> names = GeneratedNames.simpleNames(AiProfile.class);
    assertThat(names).contains("AiProfile", "Builder");
    assertThat(GeneratedNames.violations(names)).isEmpty();
  }

  @Test
  void nestedTypesArePublicStaticFinal() {
    assertThat(GeneratedNames.nestedClasses(AiProfile.class)).isNotEmpty();
    assertThat(GeneratedNames.nestedNotPublicStaticFinal(AiProfile.class)).isEmpty();
  }
}
