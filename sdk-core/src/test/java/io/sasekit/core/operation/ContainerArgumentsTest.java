package io.sasekit.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.testing.TestRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerArgumentsTest {
  private static final List<String> MEMBERS = List.of("folder", "snippet", "device");

  private record Box(String member, String name) implements ContainerArgument {}

  @Test
  void queryGetsTheContainerParameter() {
    OperationSpec list = TestRegistry.op("address", "list");
    Arguments args = ContainerArguments.inQuery(list, Arguments.builder().param("name", "web").build(),
        new Box("snippet", "s1"), MEMBERS);
    assertThat(args.params()).containsEntry("snippet", "s1").containsEntry("name", "web").doesNotContainKey("folder");
    // the same container given twice is one container
    assertThat(ContainerArguments.inQuery(list, Arguments.builder().param("folder", "Shared").build(),
        new Box("folder", "Shared"), MEMBERS).params()).containsEntry("folder", "Shared");
  }

  @Test
  void queryRefusesASecondContainerNamingBoth() {
    OperationSpec list = TestRegistry.op("address", "list");
    assertThatThrownBy(() -> ContainerArguments.inQuery(list, Arguments.builder().param("folder", "Shared").build(),
        new Box("snippet", "s1"), MEMBERS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.list")
        .hasMessageContaining("snippet \"s1\"")
        .hasMessageContaining("folder \"Shared\"");
    assertThatThrownBy(() -> ContainerArguments.inQuery(list, Arguments.builder().param("folder", "A").build(),
        new Box("folder", "B"), MEMBERS))
        .isInstanceOf(ValidationException.class).hasMessageContaining("folder \"B\"").hasMessageContaining("folder \"A\"");
  }

  @Test
  void aContainerTheOperationDoesNotTakeIsRefused() {
    OperationSpec ike = TestRegistry.op("ikeGateway", "create");
    assertThatThrownBy(() -> ContainerArguments.inQuery(ike, Arguments.empty(), new Box("device", "d1"), MEMBERS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ikeGateway.create")
        .hasMessageContaining("takes no device container (it takes folder)");
    assertThatThrownBy(() -> ContainerArguments.inQuery(ike, Arguments.empty(), new Box("tenant", "t"), MEMBERS))
        .isInstanceOf(ValidationException.class).hasMessageContaining("takes no tenant container");
  }

  @Test
  void bodyGetsTheContainerMemberAndKeepsTheRest() {
    OperationSpec create = TestRegistry.op("address", "create");
    ObjectNode body = ContainerArguments.inBody(create, Map.of("name", "a", "ip_netmask", "10.0.0.1"),
        new Box("device", "d1"), MEMBERS);
    assertThat(body.path("device").asText()).isEqualTo("d1");
    assertThat(body.path("name").asText()).isEqualTo("a");
    assertThat(body.has("folder")).isFalse();
    assertThat(ContainerArguments.inBody(create, Map.of("name", "a", "device", "d1"), new Box("device", "d1"), MEMBERS)
        .path("device").asText()).isEqualTo("d1");
  }

  @Test
  void bodyNamingAnotherContainerIsRefusedNamingBoth() {
    OperationSpec create = TestRegistry.op("address", "create");
    assertThatThrownBy(() -> ContainerArguments.inBody(create, Map.of("name", "a", "folder", "Shared"),
        new Box("snippet", "s1"), MEMBERS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.create")
        .hasMessageContaining("snippet \"s1\"")
        .hasMessageContaining("folder \"Shared\" named in the body");
    assertThatThrownBy(() -> ContainerArguments.inBody(create, List.of("x"), new Box("folder", "Shared"), MEMBERS))
        .isInstanceOf(ValidationException.class).hasMessageContaining("JSON object");
  }
}
