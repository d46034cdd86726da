package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Rules#ALL} is the one list of rules: every {@link SpecRule} class is in it, once. */
class RulesTest {

  @Test
  void everySpecRuleClassIsListedOnce() throws IOException {
    Path dir = Path.of("src/main/java/io/sasekit/codegen/normalize");
    Set<String> declared;
    try (Stream<Path> files = Files.list(dir)) {
      declared = files
          .filter(Files::isRegularFile)
          .filter(f -> read(f).contains(" implements SpecRule"))
          .map(f -> f.getFileName().toString().replace(".java", ""))
          .collect(Collectors.toSet());
    }
    List<String> listed = Rules.ALL.stream().map(SpecRule::name).toList();
    assertThat(declared).isNotEmpty();
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void rulesRecordWhatTheyChanged() {
    // the two fragments exercise these rules without customization; each change leaves a note
    List<String> noted = Stream.of(Fragments.objects(), Fragments.rules())
        .flatMap(m -> m.notes.stream()).map(n -> n.rule()).toList();
    assertThat(noted).contains(DeclaredBodyRequired.RULE, UndefinedRequiredDropped.RULE, EcmaRegexTranslation.RULE,
        SecretProperties.RULE, PagingParamsAsInteger.RULE, ReadOnlyNotRequiredInRequests.RULE, OffsetPaging.RULE);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
