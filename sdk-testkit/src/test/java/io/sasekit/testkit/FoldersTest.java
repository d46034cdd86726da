package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FoldersTest {
  private static final String FOLDERS = "/config/setup/v1/folders";

  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()));
  private Http api;

  @BeforeEach
  void fresh() {
    api = Http.api(sim);
  }

  private List<String> names(JsonNode env) {
    List<String> out = new ArrayList<>();
    env.get("data").forEach(f -> out.add(f.get("name").asText()));
    return out;
  }

  @Test
  void listsTheSixSystemFolders() {
    JsonNode env = api.get(FOLDERS).json();
    assertThat(names(env)).containsExactly("Shared", "Mobile Users Container", "Mobile Users",
        "Mobile Users Explicit Proxy", "Remote Networks", "Service Connections");
    assertThat(env.get("total").asInt()).isEqualTo(6);
    assertThat(env.at("/data/0/id").asText()).isNotBlank();
    assertThat(env.at("/data/2/parent").asText()).isEqualTo("Mobile Users Container");
  }

  @Test
  void customFoldersAreListedAfterTheSystemOnes() {
    sim.addFolder("Branch-Offices").addFolder("Lab", "Remote Networks");
    List<String> names = names(api.get(FOLDERS).json());
    assertThat(names).hasSize(8).endsWith("Branch-Offices", "Lab");
    assertThat(api.get(FOLDERS + "?name=Lab").json().at("/data/0/parent").asText()).isEqualTo("Remote Networks");
    assertThat(sim.simulator().folders()).contains("Branch-Offices");
  }

  @Test
  void listingCanBeDenied() {
    sim.denyFolderListing();
    Http.Reply r = api.get(FOLDERS);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().at("/_errors/0/code").asText()).isEqualTo("E007");

    sim.simulator().allowFolderListing();
    assertThat(api.get(FOLDERS).status()).isEqualTo(200);
  }

  @Test
  void listingNeedsAToken() {
    assertThat(new Http(sim.baseUrl(), null).get(FOLDERS).status()).isEqualTo(401);
  }

  @Test
  void listingIsPaged() {
    JsonNode env = api.get(FOLDERS + "?limit=2&offset=2").json();
    assertThat(names(env)).containsExactly("Mobile Users", "Mobile Users Explicit Proxy");
  }
}
