package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.SpecRepairs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The repairs given to the validator for Prisma Access: those {@code specs/spec-repairs.md} lists
 * for {@code prisma-access}, each implemented by the testkit, each changing something, none removing
 * an operation or a parameter. (That each is needed by a request the typed client sends is shown at
 * the end of {@link EveryOperationContractTest}.)
 */
class SpecRepairsTest {

  @Test
  void everyListedRepairIsImplemented() {
    assertThat(SpecRepairs.implemented()).containsAll(SpecRepairs.validatorRepairs(PrismaAccessSpec.API));
  }

  @Test
  void everyRepairChangesSomethingAndOnlyOnce() {
    Map<String, Integer> total = new LinkedHashMap<>();
    for (SpecApi.SpecFile f : PrismaAccessSpec.SPEC.files()) {
      ObjectNode doc = SpecApi.freshDocument(f);
      SpecRepairs.apply(PrismaAccessSpec.API, doc, Set.of()).forEach((k, v) -> total.merge(k, v, Integer::sum));
      // applied again, nothing is left to repair
      Map<String, Integer> again = SpecRepairs.apply(PrismaAccessSpec.API, doc, Set.of());
      assertThat(again.values()).as("second pass over %s: %s", f.path(), again).allMatch(n -> n == 0);
    }
    assertThat(total.keySet()).containsExactlyElementsOf(SpecRepairs.validatorRepairs(PrismaAccessSpec.API));
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
    for (SpecApi.SpecFile f : PrismaAccessSpec.SPEC.files()) {
      ObjectNode doc = SpecApi.freshDocument(f);
      SpecRepairs.apply(PrismaAccessSpec.API, doc, Set.of());
      Map<String, Set<String>> before = parameters(PrismaAccessSpec.SPEC.operations(f));
      Map<String, Set<String>> after = parameters(PrismaAccessSpec.SPEC.operations(f.path(), doc));
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

  private static Map<String, Set<String>> parameters(List<SpecOperation> ops) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (SpecOperation op : ops) {
      Set<String> names = new TreeSet<>();
      op.parameters().forEach(p -> names.add(p.path("in").asText() + ":" + p.path("name").asText()));
      out.put(op.signature(), names);
    }
    return out;
  }
}
