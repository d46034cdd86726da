package io.sasekit.scm.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.scm.Container;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.ScmOperations;
import io.sasekit.scm.ScmSpecFiles;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.RecordingExecutor;
import io.sasekit.testkit.SampleArguments;
import io.sasekit.testkit.ServiceDriver;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every SCM operation that takes a choice of containers (two or more of folder, snippet, device as
 * query parameters, or an exactly-one group of them in its request body, both read from the spec
 * files as plain YAML) has an overload taking a {@link Container}, and that overload puts the
 * container where the spec declares it. Operations with only {@code folder} keep their plain parameter.
 */
class EveryContainerOperationTakesAContainerTest {
  private static final Set<String> MEMBERS = Set.of("folder", "snippet", "device");
  private final OperationRegistry registry = ScmOperations.registry();

  @Test
  void everyOperationWithAChoiceOfContainersTakesOneWhereTheSpecPlacesIt() throws Exception {
    Map<String, String> expected = new TreeMap<>(); // registry key -> query | body | query+body
    Map<String, List<ExactlyOneGroupsFromSpecTest.Group>> bodies = ExactlyOneGroupsFromSpecTest.bodyGroups();
    for (SpecOperation op : ScmSpecFiles.API.operations()) {
      JsonNode doc = op.doc();
      long query = 0;
      for (JsonNode p : op.node().path("parameters")) {
        JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
        if ("query".equals(param.path("in").asText()) && MEMBERS.contains(param.path("name").asText())) {
          query++;
        }
      }
      boolean body = bodies.getOrDefault(op.signature(), List.of()).stream().anyMatch(ExactlyOneGroupsFromSpecTest.Group::container);
      if (query >= 2 || body) {
        expected.put(key(op), (query >= 2 ? "query" : "") + (query >= 2 && body ? "+" : "") + (body ? "body" : ""));
      }
    }
    Map<String, String> reached = new TreeMap<>();
    Container device = (Container) SampleArguments.sample(Container.class);
    for (Class<?> service : ServiceDriver.services(ScmClient.class)) {
      Class<?> implClass = ServiceDriver.implClass(service);
      RecordingExecutor rec = new RecordingExecutor();
      Object impl = implClass.getConstructor(OperationExecutor.class, OperationRegistry.class).newInstance(rec, registry);
      for (Method m : service.getMethods()) {
        if (!java.lang.reflect.Modifier.isAbstract(m.getModifiers()) || m.getName().equals("getByName")
            || !Arrays.asList(m.getParameterTypes()).contains(Container.class)) {
          continue;
        }
        int before = rec.calls().size();
        m.invoke(impl, SampleArguments.forMethod(m));
        RecordingExecutor.Call call = rec.calls().get(before);
        boolean inQuery = device.name().equals(call.arguments().params().get(device.member()));
        JsonNode sentBody = call.arguments().body().filter(JsonNode.class::isInstance).map(JsonNode.class::cast).orElse(null);
        boolean inBody = sentBody != null && device.name().equals(sentBody.path(device.member()).asText(null));
        reached.put(call.operation().key(), (inQuery ? "query" : "") + (inQuery && inBody ? "+" : "") + (inBody ? "body" : ""));
      }
    }
    assertThat(reached).isEqualTo(expected);
    assertThat(expected).isNotEmpty();
  }

  private String key(SpecOperation op) {
    for (OperationSpec o : registry.operations()) {
      if ((o.method() + " " + o.pathTemplate()).equals(op.signature())) {
        return o.key();
      }
    }
    throw new AssertionError("no registry operation " + op.signature());
  }
}
