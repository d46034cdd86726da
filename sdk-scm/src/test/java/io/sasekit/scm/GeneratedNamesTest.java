package io.sasekit.scm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.scm.models.Address;
import io.sasekit.testkit.GeneratedNames;
import io.sasekit.testkit.IdenticalTypes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class generated for this API reads well: models, enums, services and their async twins and
 * implementations, params classes, the registry holder and the clients (nested classes included).
 * No simple name is longer than 40 characters, none repeats a word right after itself. The names
 * are read from the generated sources, so a new resource or type is checked without a change here.
 */
class GeneratedNamesTest {
  @Test
  void everyGeneratedClassNameIsShortAndDoesNotStutter() {
    List<String> names = GeneratedNames.generatedClasses(Path.of("target/generated-sources/sasekit"));
    assertThat(names).contains("ScmClient", "ScmAsyncClient", "AddressService", "AddressServiceAsync", "AddressImpl", "AddressListParams", "Builder");
    assertThat(GeneratedNames.violations(names)).isEmpty();
  }

  @Test
  void nestedTypesArePublicStaticFinal() {
    assertThat(GeneratedNames.nestedClasses(Address.class)).isNotEmpty();
    assertThat(GeneratedNames.nestedNotPublicStaticFinal(Address.class)).isEmpty();
  }

  /**
   * The generator merges structurally identical nested types (codegen README, "Identical types
   * merged"): no two generated models or enums of one simple name have the same structure.
   */
  @Test
  void noTwoGeneratedTypesOfOneNameAreStructurallyIdentical() {
    assertThat(IdenticalTypes.groups(Path.of("target/generated-sources/sasekit/io/sasekit/scm/models"))).isEmpty();
  }
}
