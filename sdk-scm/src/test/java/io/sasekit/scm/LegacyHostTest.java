package io.sasekit.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.scm.params.AddressListParams;
import io.sasekit.scm.params.FolderListParams;
import io.sasekit.testkit.contract.SpecApi;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The old-host option: requests leave with each file's second server path, seen on the wire; the
 * setup file (one server) fails before sending. The path table is checked against the files'
 * {@code servers}.
 */
class LegacyHostTest {
  private SpecCheckedWireMock wire;
  private ScmClient client;

  @BeforeEach
  void start() {
    wire = new SpecCheckedWireMock();
    client = wire.client(b -> b.options(LegacyHost.options()));
  }

  @AfterEach
  void stop() {
    client.close();
    wire.close();
  }

  @Test
  void theTableIsTheSpecFilesServers() {
    Map<String, String> fromSpec = new LinkedHashMap<>();
    Set<String> oldHosts = new TreeSet<>();
    for (SpecApi.SpecFile spec : ScmSpecFiles.API.files()) {
      JsonNode servers = SpecApi.document(spec).get("servers");
      String second = servers.size() > 1 ? URI.create(servers.get(1).get("url").asText()).getPath() : null;
      if (servers.size() > 1) {
        URI u = URI.create(servers.get(1).get("url").asText());
        oldHosts.add(u.getScheme() + "://" + u.getHost());
      }
      fromSpec.put(URI.create(servers.get(0).get("url").asText()).getPath(), second);
    }
    assertThat(LegacyHost.BASE_PATHS).containsExactlyInAnyOrderEntriesOf(fromSpec);
    // every file that has an old server names the same host
    assertThat(oldHosts).containsExactly(LegacyHost.OLD_HOST);
  }

  @Test
  void requestsGoToTheOldPaths() {
    wire.answerUnchecked("GET", "/sse/config/v1/addresses", 200, "{\"data\":[],\"limit\":200,\"offset\":0,\"total\":0}");
    wire.answerUnchecked("GET", "/sse/config/v1/mobile-agent/agent-versions", 200, "{\"agent_versions\":[]}");
    wire.answerUnchecked("GET", "/sse/config/v1/jobs/5", 200, "{\"data\":[]}");

    client.addresses().list(AddressListParams.builder().folder("Shared").build());
    client.dynamic().execute("mobileAgentAgentVersion", "list", Map.of());
    client.jobs().get("5");

    assertThat(wire.requests()).extracting(r -> r.getUrl().replaceAll("\\?.*", ""))
        .containsExactly("/sse/config/v1/addresses", "/sse/config/v1/mobile-agent/agent-versions", "/sse/config/v1/jobs/5");
    assertThat(wire.requests().get(0).queryParameter("folder").firstValue()).isEqualTo("Shared");
  }

  @Test
  void anErrorNamesTheUnifiedPathTheClientBuiltWhileTheOldOneIsSent() {
    wire.answerUnchecked("GET", "/sse/config/v1/addresses/7", 404,
        "{\"_errors\":[{\"code\":\"E005\",\"message\":\"Not Found\"}],\"_request_id\":\"r-1\"}");
    assertThatThrownBy(() -> client.addresses().get("7"))
        .isInstanceOf(ApiException.class)
        .hasMessage("API error [404] GET /config/objects/v1/addresses/7: Not Found (E005, request r-1)");
    assertThat(wire.requests()).extracting(r -> r.getUrl().replaceAll("\\?.*", ""))
        .containsExactly("/sse/config/v1/addresses/7");
  }

  @Test
  void setupOperationsFailClearlyAndSendNothing() {
    assertThatThrownBy(() -> client.folders().list(FolderListParams.none()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("/config/setup/v1/folders")
        .hasMessageContaining("new host only");
    assertThat(wire.requests()).isEmpty();
  }

  @Test
  void theDefaultHostIsTheOldOneAndAnExplicitBaseUrlWins() {
    try (ScmClient byDefault = ScmClient.builder().options(o -> o.clientId("c").clientSecret("s").tsgId("1"))
        .options(LegacyHost.options()).build()) {
      assertThat(byDefault.options().baseUrl()).isEqualTo(LegacyHost.OLD_HOST);
    }
    assertThat(client.options().baseUrl()).isEqualTo(wire.baseUrl());
    assertThat(LegacyHost.oldPath("/proxy/config/objects/v1/addresses/1")).isEqualTo("/proxy/sse/config/v1/addresses/1");
    assertThat(LegacyHost.oldPath("/am/oauth2/access_token")).isEqualTo("/am/oauth2/access_token");
  }
}
