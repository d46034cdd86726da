package io.sasekit.scm.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.scm.ScmOperations;
import io.sasekit.scm.ScmSpecFiles;
import io.sasekit.testkit.contract.SpecOperation;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The {@code exclude_*} list filters: the registry (and so the typed params classes and the wire)
 * carries exactly the ones the spec files declare, with the same name and style. Measured on the
 * locked files: none of the operations declares one (the {@code exclude_*} names in the files are
 * body members, e.g. mobile-agent {@code exclude_domains}); the test keeps the registry honest when a
 * new file adds them.
 */
class ExcludeFiltersTest {
  @Test
  void registryCarriesExactlyTheDeclaredExcludeFilters() {
    Map<String, String> declared = new TreeMap<>();
    for (SpecOperation op : ScmSpecFiles.API.operations()) {
      JsonNode doc = op.doc();
      for (JsonNode p : op.node().path("parameters")) {
        JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
        if (param.path("name").asText().startsWith("exclude")) {
          declared.put(op.signature() + " " + param.path("name").asText(),
              param.path("in").asText() + " explode=" + param.path("explode").asBoolean(true));
        }
      }
    }
    Map<String, String> inRegistry = new TreeMap<>();
    for (OperationSpec op : ScmOperations.registry().operations()) {
      for (ParameterSpec p : op.parameters()) {
        if (p.name().startsWith("exclude")) {
          inRegistry.put(op.method() + " " + op.pathTemplate() + " " + p.name(),
              (p.location() == ParameterLocation.QUERY ? "query" : p.location().name().toLowerCase(java.util.Locale.ROOT))
                  + " explode=" + p.explode());
        }
      }
    }
    assertThat(inRegistry).isEqualTo(declared);
  }
}
