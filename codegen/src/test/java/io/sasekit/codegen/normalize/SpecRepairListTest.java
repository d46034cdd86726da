package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one list of spec repairs ({@code specs/spec-repairs.md}, also read by the contract suites'
 * validator) names every note of the generator's rules that repairs a spec defect, once, on the
 * {@code - generator:} line of the repair it works around; the notes of rules that repair nothing are
 * marked {@link NotASpecRepair} where they are declared and are not listed; and the list names no note
 * that no rule writes.
 */
class SpecRepairListTest {
  private static final Pattern NOTE_CONSTANT =
      Pattern.compile("(@NotASpecRepair\\s+)?(?:public\\s+)?static final String [A-Z_]+ = \"([A-Z][A-Za-z]+)\";");

  @Test
  void everyRepairNoteIsListedOnceAndEveryListedNoteExists() throws IOException {
    Set<String> repairs = new TreeSet<>();
    Set<String> notRepairs = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/sasekit/codegen/normalize"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Matcher m = NOTE_CONSTANT.matcher(Files.readString(f));
        while (m.find()) {
          (m.group(1) != null ? notRepairs : repairs).add(m.group(2));
        }
      }
    }
    String list = Files.readString(root().resolve("specs/spec-repairs.md"));
    Set<String> listed = new TreeSet<>();
    Matcher g = Pattern.compile("(?m)^- generator: (.+)$").matcher(list);
    while (g.find()) {
      for (String name : g.group(1).split(",")) {
        if (!name.isBlank() && !name.strip().equals("none")) {
          assertThat(listed.add(name.strip())).as("%s named by two repairs", name.strip()).isTrue();
        }
      }
    }
    assertThat(repairs).as("spec-repair notes (from the normalize sources)").hasSizeGreaterThan(10);
    assertThat(notRepairs).as("notes marked @NotASpecRepair").isNotEmpty();
    assertThat(listed).as("notes listed in specs/spec-repairs.md but marked @NotASpecRepair").doesNotContainAnyElementsOf(notRepairs);
    assertThat(listed).as("notes listed in specs/spec-repairs.md").isEqualTo(repairs);
  }
  private static Path root() {
    String root = System.getProperty("sasekit.root");
    return root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
  }
}
