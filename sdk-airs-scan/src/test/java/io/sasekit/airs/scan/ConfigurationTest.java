package io.sasekit.airs.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Builder, environment ({@code PANW_AI_SEC_*}) and regions. */
class ConfigurationTest {
  private static final String KEY = "env-AIRS-key-77f1c2d3e4";

  private static AirsScanClient build(AirsScanClient.Builder b) {
    return b.build();
  }

  @Test
  void fromEnv_readsTheKeyOrTheToken_andTheEndpointAsUrlHostOrRegion() {
    try (AirsScanClient c = build(AirsScanClient.builder().fromEnv(Map.of("PANW_AI_SEC_API_KEY", KEY)))) {
      assertThat(c.options().baseUrl()).isEqualTo("https://service.api.aisecurity.paloaltonetworks.com");
      assertThat(c.options().apiKey()).hasValueSatisfying(k -> assertThat(k.headerName()).isEqualTo("x-pan-token"));
      assertThat(c.options().toString()).doesNotContain(KEY);
      assertThat(c.toString()).doesNotContain(KEY);
    }
    for (Map.Entry<String, String> e : Map.of(
        "https://service-de.api.aisecurity.paloaltonetworks.com", "https://service-de.api.aisecurity.paloaltonetworks.com",
        "service-in.api.aisecurity.paloaltonetworks.com", "https://service-in.api.aisecurity.paloaltonetworks.com",
        "sg", "https://service-sg.api.aisecurity.paloaltonetworks.com",
        "eu", "https://service-de.api.aisecurity.paloaltonetworks.com").entrySet()) {
      try (AirsScanClient c = build(AirsScanClient.builder()
          .fromEnv(Map.of("PANW_AI_SEC_API_TOKEN", KEY, "PANW_AI_SEC_API_ENDPOINT", e.getKey())))) {
        assertThat(c.options().baseUrl()).as(e.getKey()).isEqualTo(e.getValue());
        assertThat(c.options().apiKey().orElseThrow().isBearerToken()).isTrue();
      }
    }
  }

  @Test
  void explicitSettingsWinOverTheEnvironment() {
    Map<String, String> env = Map.of("PANW_AI_SEC_API_KEY", "env-key-123456", "PANW_AI_SEC_API_ENDPOINT", "sg");
    try (AirsScanClient c = build(AirsScanClient.builder().fromEnv(env).apiKey(KEY).region(AirsRegion.INDIA))) {
      assertThat(c.options().baseUrl()).isEqualTo(AirsRegion.INDIA.baseUrl());
      assertThat(c.options().apiKey().orElseThrow().headerValue()).isEqualTo(KEY);
    }
    try (AirsScanClient c = build(AirsScanClient.builder().apiKey(KEY).region(AirsRegion.EU).endpoint("http://127.0.0.1:9"))) {
      assertThat(c.options().baseUrl()).isEqualTo("http://127.0.0.1:9");
    }
  }

  @Test
  void regions_keepTheNamesAndCodesUsersWrite() {
    // the constants and codes of the hand-written enum the generated one replaced (checked against the
    // spec's servers by RegionsMatchSpecServersTest)
    assertThat(AirsRegion.of("us")).isEqualTo(AirsRegion.US);
    assertThat(AirsRegion.of("eu")).isEqualTo(AirsRegion.EU);
    assertThat(AirsRegion.of("de")).isEqualTo(AirsRegion.EU);
    assertThat(AirsRegion.of("service-de")).isEqualTo(AirsRegion.EU);
    assertThat(AirsRegion.of("IN")).isEqualTo(AirsRegion.INDIA);
    assertThat(AirsRegion.of(" india ")).isEqualTo(AirsRegion.INDIA);
    assertThat(AirsRegion.of("sg")).isEqualTo(AirsRegion.SINGAPORE);
    assertThat(AirsRegion.of("Singapore")).isEqualTo(AirsRegion.SINGAPORE);
    assertThatThrownBy(() -> AirsRegion.of("mars")).isInstanceOfSatisfying(ConfigurationException.class,
        e -> assertThat(e.field()).isEqualTo("region"));
  }

  @Test
  void missingOrBadSettings_failInBuildNamingTheField() {
    assertThatThrownBy(() -> AirsScanClient.builder().fromEnv(Map.of()).build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("apiKey"))
        .hasMessageContaining("PANW_AI_SEC_API_KEY");
    assertThatThrownBy(() -> AirsScanClient.builder().apiKey(KEY).endpoint("ftp://x").build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("baseUrl"));
    assertThatThrownBy(() -> AirsScanClient.builder().apiKey(KEY).pollInterval(java.time.Duration.ofSeconds(10)).build())
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.field()).isEqualTo("maxPollInterval"));
    assertThatThrownBy(() -> ScanInput.builder().prompt("p").build()).hasMessageContaining("profile");
    assertThatThrownBy(() -> ScanInput.builder().profileName("p").build()).hasMessageContaining("prompt or a response");
  }
}
