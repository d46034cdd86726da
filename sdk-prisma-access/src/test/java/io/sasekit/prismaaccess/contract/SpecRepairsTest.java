package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The repairs given to the validator: listed by name in {@code contract/spec-repairs.md}, exactly
 * those of {@link SpecRepairs}, each changing something, none removing an operation or a parameter.
 * (That each is needed by a request the typed client sends is shown at the end of {@link
 * EveryOperationContractTest}.)
 */
class SpecRepairsTest {

  @Test
  void theListedRepairsAreExactlyTheAppliedOnes() throws IOException {
    assertThat(listedInMarkdown()).containsExactlyElementsOf(SpecRepairs.names());
  }

  @Test
  void everyRepairChangesSomethingAndOnlyOnce() {
    Map<String, Integer> total = new LinkedHashMap<>();
    for (SpecMirror.SpecFile f : SpecMirror.prismaAccess()) {
      ObjectNode doc = SpecDocuments.freshDocument(f);
      SpecRepairs.apply(f.path(), doc, Set.of()).forEach((k, v) -> total.merge(k, v, Integer::sum));
      // applied again, nothing is left to repair
      Map<String, Integer> again = SpecRepairs.apply(f.path(), doc, Set.of());
      assertThat(again.values()).as("second pass over %s: %s", f.path(), again).allMatch(n -> n == 0);
    }
    assertThat(total.keySet()).containsExactlyElementsOf(SpecRepairs.names());
    assertThat(total).as("places changed per repair").allSatisfy((name, n) -> assertThat(n).as(name).isPositive());
    // the documented extents
    assertThat(total.get("folder-pattern-ecma")).isGreaterThanOrEqualTo(58);
    assertThat(total.get("required-but-undefined")).isEqualTo(3);
    assertThat(total.get("scalar-with-stray-items")).isEqualTo(1);
    assertThat(total.get("tls-service-profile-put-body")).isEqualTo(1);
    assertThat(total.get("container-exactly-one")).isEqualTo(6);
    assertThat(total.get("position-not-required")).isEqualTo(2);
    assertThat(total.get("properties-beside-oneof")).isEqualTo(3);
  }

  @Test
  void repairsKeepEveryOperationAndParameter() {
    for (SpecMirror.SpecFile f : SpecMirror.prismaAccess()) {
      ObjectNode doc = SpecDocuments.freshDocument(f);
      SpecRepairs.apply(f.path(), doc, Set.of());
      Map<String, Set<String>> before = parameters(SpecDocuments.operations(f));
      Map<String, Set<String>> after = parameters(SpecDocuments.operations(f.path(), doc));
      assertThat(after.keySet()).as(f.path()).isEqualTo(before.keySet());
      after.forEach((op, params) -> {
        Set<String> added = new TreeSet<>(params);
        added.removeAll(before.get(op));
        assertThat(params).as("%s %s keeps its parameters", f.path(), op).containsAll(before.get(op));
        // the only parameter ever added is the optional folder of a GET by id
        assertThat(added).as("%s %s", f.path(), op).isSubsetOf(Set.of("query:folder"));
      });
    }
  }

  private static Map<String, Set<String>> parameters(List<SpecDocuments.SpecOperation> ops) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (SpecDocuments.SpecOperation op : ops) {
      Set<String> names = new TreeSet<>();
      op.parameters().forEach(p -> names.add(p.path("in").asText() + ":" + p.path("name").asText()));
      out.put(op.signature(), names);
    }
    return out;
  }

  /** The {@code ### name} headings of the "Repairs" section. */
  static Set<String> listedInMarkdown() throws IOException {
    String text;
    try (InputStream in = SpecRepairsTest.class.getClassLoader().getResourceAsStream(ContractData.ROOT + "spec-repairs.md")) {
      assertThat(in).as("contract/spec-repairs.md").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> names = new LinkedHashSet<>();
    boolean inRepairs = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("## ")) {
        inRepairs = line.trim().equals("## Repairs");
      } else if (inRepairs && line.startsWith("### ")) {
        names.add(line.substring(4).trim());
      }
    }
    return names;
  }
}
