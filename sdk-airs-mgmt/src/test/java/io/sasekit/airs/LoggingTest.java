package io.sasekit.airs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.airs.testing.AirsWireMock;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.airs.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Structured SLF4J logging is sdk-core's (logger {@code io.sasekit.core.http}): one DEBUG line per
 * attempt with method, path, status, duration and attempt; headers and bodies only at TRACE, with
 * credentials masked. Checked here on AIRS calls, down to TRACE.
 */
class LoggingTest {
  @Test
  void eachCallLogsOneSummaryLineAndNeverACredential() {
    CapturedLogs.clear();
    try (AirsWireMock wm = new AirsWireMock(); AirsMgmtClient client = wm.client()) {
      wm.server().stubFor(any(urlPathMatching("/aisec/.*")).willReturn(aResponse()
          .withHeader("Content-Type", "application/json").withBody(Fixtures.text("customTopic.list.json"))));
      client.customTopics().list();
      client.async().customTopics().list().join();
    }
    List<String> lines = CapturedLogs.lines();
    assertThat(lines).filteredOn(l -> l.startsWith("DEBUG io.sasekit.core.http - GET /aisec/v1/mgmt/topics -> 200"))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("ms, attempt 1"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TRACE io.sasekit.core.http"));
    assertThat(String.join("\n", lines))
        .doesNotContain(AirsWireMock.CLIENT_SECRET)
        .doesNotContain(AirsWireMock.TOKEN);
  }

  @Test
  void theApiKeyValueAndGeneratedTokensStayOutOfTraceBodies() {
    CapturedLogs.clear();
    try (AirsWireMock wm = new AirsWireMock(); AirsMgmtClient client = wm.client()) {
      wm.server().stubFor(any(urlPathMatching("/aisec/v1/mgmt/apikey")).willReturn(aResponse()
          .withHeader("Content-Type", "application/json").withBody(Fixtures.text("apiKey.create.json"))));
      wm.server().stubFor(any(urlPathMatching("/aisec/v1/mgmt/oauth/.*")).willReturn(aResponse()
          .withHeader("Content-Type", "application/json").withBody(Fixtures.text("oauth.generateToken.json"))));
      client.apiKeys().create(Samples.apiKeyCreate("AIRS-AUTH-PROD-0001"));
      client.oauth().generateToken(Samples.tokenRequest());
    }
    String logs = String.join("\n", CapturedLogs.lines());
    assertThat(logs).contains("POST /aisec/v1/mgmt/apikey -> 200");
    assertThat(logs).doesNotContain(Fixtures.json("apiKey.create.json").path("api_key").asText());
    assertThat(logs).doesNotContain(Fixtures.json("oauth.generateToken.json").path("access_token").asText());
  }
}
