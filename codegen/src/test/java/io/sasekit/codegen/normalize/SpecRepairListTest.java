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
 * validator) names every note of the generator's rules: on the {@code - generator:} line of the
 * repair it works around, or under "Generator rules that are not spec repairs"; and names no note
 * that no rule writes.
 */
class SpecRepairListTest {
  private static final Pattern NOTE_CONSTANT = Pattern.compile("static final String [A-Z_]+ = \"([A-Z][A-Za-z]+)\";");

  @Test
  void everyRuleNoteIsListedOnceAndEveryListedNoteExists() throws IOException {
    Set<String> notes = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/io/sasekit/codegen/normalize"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Matcher m = NOTE_CONSTANT.matcher(Files.readString(f));
        while (m.find()) {
          notes.add(m.group(1));
        }
      }
    }
    String list = Files.readString(root().resolve("specs/spec-repairs.md"));
    Set<String> asRepairs = new TreeSet<>();
    Matcher g = Pattern.compile("(?m)^- generator: (.+)$").matcher(list);
    while (g.find()) {
      for (String name : g.group(1).split(",")) {
        if (!name.isBlank() && !name.strip().equals("none")) {
          assertThat(asRepairs.add(name.strip())).as("%s named by two repairs", name.strip()).isTrue();
        }
      }
    }
    String others = list.substring(list.indexOf("## Generator rules that are not spec repairs"));
    Set<String> notRepairs = new TreeSet<>();
    Matcher o = Pattern.compile("(?m)^- `([A-Za-z]+)`:").matcher(others);
    while (o.find()) {
      notRepairs.add(o.group(1));
    }
    assertThat(asRepairs).as("notes listed both as a repair and as not one").doesNotContainAnyElementsOf(notRepairs);
    Set<String> listed = new TreeSet<>(asRepairs);
    listed.addAll(notRepairs);
    assertThat(notes).as("rule notes (from the normalize sources)").hasSizeGreaterThan(10);
    assertThat(listed).as("notes listed in specs/spec-repairs.md").isEqualTo(notes);
  }

  private static Path root() {
    String root = System.getProperty("sasekit.root");
    return root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
  }
}
