package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NameAddressedAndSingletonTest {
  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()));
  private Http api;

  @BeforeEach
  void fresh() {
    api = Http.api(sim);
  }

  @Test
  void bandwidthAllocationsAreAddressedByName() {
    String path = "/sse/config/v1/bandwidth-allocations";
    Http.Reply created = api.post(path, "{\"name\":\"us-east\",\"allocated_bandwidth\":100,\"spn_name_list\":[\"us-east-spn-1\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().has("folder")).isFalse();

    Http.Reply updated = api.put(path, "{\"name\":\"us-east\",\"allocated_bandwidth\":250,\"spn_name_list\":[\"us-east-spn-1\"]}");
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("id").asText()).isEqualTo(created.json().get("id").asText());

    JsonNode list = api.get(path).json();
    assertThat(list.get("total").asInt()).isEqualTo(1);
    assertThat(list.at("/data/0/allocated_bandwidth").asInt()).isEqualTo(250);

    assertThat(api.put(path, "{\"name\":\"nowhere\",\"allocated_bandwidth\":1}").status()).isEqualTo(404);
    assertThat(api.delete(path + "?name=nowhere&spn_name_list=x").status()).isEqualTo(404);
    assertThat(api.delete(path + "?name=us-east&spn_name_list=us-east-spn-1").status()).isEqualTo(200);
    assertThat(api.get(path).json().get("total").asInt()).isZero();
  }

  @Test
  void nameQueryOnPutAndDeleteWithFolder() {
    String path = "/sse/config/v1/mobile-agent/agent-profiles";
    String folder = "folder=" + Http.enc("Mobile Users");
    assertThat(api.post(path + "?" + folder, "{\"name\":\"corp\",\"agent_ui\":{\"passcode\":\"secret123\"}}").status())
        .isEqualTo(201);

    Http.Reply updated = api.put(path + "?" + folder + "&name=corp", "{\"name\":\"corp\",\"agent_ui\":{\"passcode\":\"other456\"}}");
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().at("/agent_ui/passcode").asText()).isEqualTo("other456");

    assertThat(api.delete(path + "?" + folder + "&name=corp").status()).isEqualTo(200);
    assertThat(api.get(path + "?" + folder).json().get("total").asInt()).isZero();
  }

  @Test
  void singletonAnswersDefaultThenWhatWasPut() {
    String path = "/sse/config/v1/mobile-agent/global-settings";
    Http.Reply empty = api.get(path);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.json().isObject()).isTrue();
    assertThat(empty.json().size()).isZero();

    assertThat(api.put(path, "{\"agent_version\":\"6.2.1\"}").status()).isEqualTo(200);
    JsonNode now = api.get(path).json();
    assertThat(now.get("agent_version").asText()).isEqualTo("6.2.1");
    assertThat(now.has("id")).isFalse();

    api.put(path, "{\"manual_gateway\":{\"region\":[]}}");
    assertThat(api.get(path).json().has("agent_version")).isFalse();
  }
}
