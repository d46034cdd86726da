package io.sasekit.scm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.scm.models.Address;
import io.sasekit.testkit.GeneratedNames;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated model and enum classes of the SCM API read well: no simple name (nested ones included)
 * longer than 40 characters, none that repeats a word right after itself, and every nested type a
 * public static final class. Computed over every class compiled into the models package.
 */
class GeneratedNamesTest {
  @Test
  void everyModelAndEnumNameIsShortAndDoesNotStutter() {
    List<String> names = GeneratedNames.simpleNames(Address.class);
    assertThat(names).contains("Address", "Builder");
    // a shared component of the spec file config-operations-march.yaml: SharedComponents prefixes the file's
    // name because another file declares a different ErrorDetailCauseInfo; the registry name is the Java name
    assertThat(GeneratedNames.violations(names)).containsExactly("ConfigOperationsMarchErrorDetailCauseInfo: 41 characters");
  }

  @Test
  void nestedTypesArePublicStaticFinal() {
    assertThat(GeneratedNames.nestedClasses(Address.class)).isNotEmpty();
    assertThat(GeneratedNames.nestedNotPublicStaticFinal(Address.class)).isEmpty();
  }
}
