package io.sasekit.core.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.errors.UnknownOperationException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamicDispatcherTest {
  private static OperationRegistry registry;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void load() {
    InputStream in = DynamicDispatcherTest.class.getResourceAsStream("/registry/test-operations.json");
    registry = OperationRegistry.load(in);
  }

  private static OperationSpec op(String r, String o) {
    return registry.require(r, o);
  }

  @Test
  void namedParametersTravelAsParametersAndTheRestBecomesTheBody() {
    JsonNode params = MAPPER.valueToTree(Map.of(
        "folder", "Shared", "name", "ioc-1", "ip_netmask", "203.0.113.42/32"));
    Arguments args = DynamicDispatcher.split(op("address", "create"), params);
    assertThat(args.params()).containsOnlyKeys("folder");
    JsonNode body = (JsonNode) args.body().orElseThrow();
    assertThat(body.path("name").asText()).isEqualTo("ioc-1");
    assertThat(body.path("ip_netmask").asText()).isEqualTo("203.0.113.42/32");
  }

  @Test
  void anUnknownKeyIsRejectedWithTheValidOnes() {
    JsonNode params = MAPPER.valueToTree(Map.of("folder", "Shared", "name", "x", "ip_netmsk", "1.2.3.4"));
    assertThatThrownBy(() -> DynamicDispatcher.split(op("address", "create"), params))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown parameter: ip_netmsk")
        .hasMessageContaining("ip_netmask");
  }

  @Test
  void anOperationWithoutBodyRejectsBodyMembers() {
    JsonNode params = MAPPER.valueToTree(Map.of("folder", "Shared", "colour", "red"));
    assertThatThrownBy(() -> DynamicDispatcher.split(op("address", "list"), params))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown parameter: colour");
  }

  @Test
  void anExplicitBodyKeyCarriesTheWholeBody() {
    JsonNode params = MAPPER.valueToTree(Map.of("folder", "Shared", "body", Map.of("name", "a", "fqdn", "x.example")));
    Arguments args = DynamicDispatcher.split(op("address", "create"), params);
    assertThat(((JsonNode) args.body().orElseThrow()).path("fqdn").asText()).isEqualTo("x.example");
  }

  @Test
  void unknownResourceAndOperationReadAsTheGuideSays() {
    DynamicDispatcher d = new DynamicDispatcher(registry, null);
    assertThatThrownBy(() -> d.execute("addresses", "list", Map.of()))
        .isInstanceOf(UnknownOperationException.class)
        .hasMessage("unsupported resource: addresses");
    assertThatThrownBy(() -> d.execute("address", "move", Map.of()))
        .isInstanceOf(UnknownOperationException.class)
        .hasMessageStartingWith("unsupported operation: address.move (valid: ")
        .hasMessageContaining("create");
  }

  @Test
  void theWorkflowNodeFormNeedsResourceAndOperation() {
    DynamicDispatcher d = new DynamicDispatcher(registry, null);
    assertThatThrownBy(() -> d.execute(MAPPER.valueToTree(Map.of("parameters", Map.of()))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("resource is required")
        .hasMessageContaining("operation is required");
  }
}
