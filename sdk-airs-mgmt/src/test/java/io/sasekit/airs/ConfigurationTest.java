package io.sasekit.airs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.airs.testing.AirsWireMock;
import io.sasekit.airs.testing.Fixtures;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.retry.DefaultRetryPolicy;
import io.sasekit.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Configuration as the Python SDK's: {@code PANW_CLIENT_ID}/{@code PANW_CLIENT_SECRET} required,
 * {@code PANW_BASE_URL} (default {@code .../aisec}) and {@code PANW_TOKEN_BASE_URL} optional, TSG
 * optional, 3 retries with backoff 1 s / 2 s / 4 s, explicit values over the environment. The
 * environment is injected ({@code ClientOptions.Builder.fromEnv(Map)}).
 */
class ConfigurationTest {
  private static final Map<String, String> CREDENTIALS =
      Map.of("PANW_CLIENT_ID", "svc@1234567890.iam.panserviceaccount.com", "PANW_CLIENT_SECRET", "s3cr3t-value");

  private static AirsMgmtClient fromEnv(Map<String, String> env) {
    return AirsMgmtClient.builder().options(o -> o.fromEnv(env)).build();
  }

  @Test
  void missingClientIdIsAConfigurationErrorNamingTheVariable() {
    assertThatThrownBy(() -> fromEnv(Map.of("PANW_CLIENT_SECRET", "x")))
        .isInstanceOf(ConfigurationException.class)
        .isInstanceOf(SasekitException.class)
        .hasMessageContaining("PANW_CLIENT_ID")
        .satisfies(e -> assertThat(((ConfigurationException) e).field()).isEqualTo("clientId"));
  }

  @Test
  void missingClientSecretIsAConfigurationErrorNamingTheVariable() {
    assertThatThrownBy(() -> fromEnv(Map.of("PANW_CLIENT_ID", "svc")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("PANW_CLIENT_SECRET")
        .satisfies(e -> assertThat(((ConfigurationException) e).field()).isEqualTo("clientSecret"));
    assertThatThrownBy(() -> fromEnv(Map.of("PANW_CLIENT_ID", "svc", "PANW_CLIENT_SECRET", "  ")))
        .as("blank counts as missing").isInstanceOf(ConfigurationException.class);
  }

  @Test
  void defaultsAreThePythonSdks() {
    try (AirsMgmtClient client = fromEnv(CREDENTIALS)) {
      ClientOptions o = client.options();
      assertThat(o.baseUrl()).isEqualTo("https://api.sase.paloaltonetworks.com/aisec")
          .isEqualTo(AirsMgmtOperations.DEFAULT_BASE_URL);
      assertThat(o.tokenUrl()).isEqualTo("https://auth.apps.paloaltonetworks.com/am/oauth2/access_token");
      assertThat(o.tsgId()).isEmpty();
      assertThat(o.clientId()).isEqualTo("svc@1234567890.iam.panserviceaccount.com");
      assertThat(o.toString()).doesNotContain("s3cr3t-value");
      // num_retries=3, exponential backoff 1 s -> 2 s -> 4 s (upper bounds: sdk-core draws each wait
      // uniformly below the bound, "full jitter")
      assertThat(o.maxRetries()).isEqualTo(3);
      DefaultRetryPolicy policy = RetryPolicy.from(o);
      assertThat(policy.backoffBound(0)).isEqualTo(Duration.ofSeconds(1));
      assertThat(policy.backoffBound(1)).isEqualTo(Duration.ofSeconds(2));
      assertThat(policy.backoffBound(2)).isEqualTo(Duration.ofSeconds(4));
      assertThat(policy.backoffBound(3)).isEqualTo(Duration.ofSeconds(8));
    }
  }

  @Test
  void environmentGivesBaseUrlTokenUrlAndTsg() {
    Map<String, String> env = Map.of(
        "PANW_CLIENT_ID", "svc", "PANW_CLIENT_SECRET", "secret",
        "PANW_BASE_URL", "https://airs.eu.example.test/aisec/",
        "PANW_TOKEN_BASE_URL", "https://auth.eu.example.test/am/oauth2/access_token",
        "PANW_TSG_ID", "1234567890");
    try (AirsMgmtClient client = fromEnv(env)) {
      assertThat(client.options().baseUrl()).isEqualTo("https://airs.eu.example.test/aisec");
      assertThat(client.options().tokenUrl()).isEqualTo("https://auth.eu.example.test/am/oauth2/access_token");
      assertThat(client.options().tsgId()).hasValue("1234567890");
    }
  }

  @Test
  void explicitValuesWinOverTheEnvironmentWhateverTheOrder() {
    Map<String, String> env = Map.of(
        "PANW_CLIENT_ID", "env-id", "PANW_CLIENT_SECRET", "env-secret",
        "PANW_BASE_URL", "https://env.example.test/aisec", "PANW_TOKEN_BASE_URL", "https://env-auth.example.test");
    try (AirsMgmtClient client = AirsMgmtClient.builder()
        .clientId("explicit-id")
        .baseUrl("https://explicit.example.test/aisec")
        .options(o -> o.tokenUrl("https://explicit-auth.example.test/am/oauth2/access_token"))
        .options(o -> o.fromEnv(env))   // read after the explicit values: they still win
        .build()) {
      ClientOptions o = client.options();
      assertThat(o.clientId()).isEqualTo("explicit-id");
      assertThat(o.clientSecret()).isEqualTo("env-secret");
      assertThat(o.baseUrl()).isEqualTo("https://explicit.example.test/aisec");
      assertThat(o.tokenUrl()).isEqualTo("https://explicit-auth.example.test/am/oauth2/access_token");
    }
    try (AirsMgmtClient client = fromEnv(env)) {
      assertThat(client.options().tokenUrl()).as("a bare token host gets the OAuth2 path")
          .isEqualTo("https://env-auth.example.test/am/oauth2/access_token");
    }
  }

  @Test
  void retriesAndBackoffAreConfigurableAsNumRetries() {
    try (AirsMgmtClient client = AirsMgmtClient.builder()
        .options(o -> o.fromEnv(CREDENTIALS).maxRetries(5).backoffBase(Duration.ofMillis(500)).backoffCap(Duration.ofSeconds(8)))
        .build()) {
      DefaultRetryPolicy policy = RetryPolicy.from(client.options());
      assertThat(policy.maxRetries()).isEqualTo(5);
      assertThat(policy.backoffBound(0)).isEqualTo(Duration.ofMillis(500));
      assertThat(policy.backoffBound(5)).isEqualTo(Duration.ofSeconds(8));
    }
    assertThatThrownBy(() -> AirsMgmtClient.builder().options(o -> o.fromEnv(CREDENTIALS).maxRetries(-1)).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("maxRetries");
  }

  @Test
  void tsgIsOptionalAndAddsTheScopeWhenGiven() {
    try (AirsWireMock wm = new AirsWireMock()) {
      wm.server().stubFor(get(urlPathEqualTo("/aisec/v1/mgmt/dlpprofiles")).willReturn(aResponse()
          .withHeader("Content-Type", "application/json").withBody(Fixtures.text("dlpProfile.list.json"))));
      Map<String, String> env = Map.of("PANW_CLIENT_ID", "svc-a", "PANW_CLIENT_SECRET", "secret-a",
          "PANW_BASE_URL", wm.baseUrl(), "PANW_TOKEN_BASE_URL", wm.tokenUrl());
      try (AirsMgmtClient client = fromEnv(env)) {
        assertThat(client.dlpProfiles().list().dlpProfiles()).hasSize(2);
      }
      assertThat(wm.tokenRequests()).singleElement().satisfies(r -> {
        assertThat(r.getBodyAsString()).contains("grant_type=client_credentials").doesNotContain("scope");
        assertThat(r.getHeader("Authorization")).startsWith("Basic ");
      });
      wm.server().resetRequests();
      Map<String, String> withTsg = new java.util.HashMap<>(env);
      withTsg.put("PANW_CLIENT_ID", "svc-b");
      withTsg.put("PANW_TSG_ID", "1234567890");
      try (AirsMgmtClient client = fromEnv(withTsg)) {
        client.dlpProfiles().list();
      }
      assertThat(wm.tokenRequests()).singleElement()
          .satisfies(r -> assertThat(r.getBodyAsString()).containsAnyOf("scope=tsg_id:1234567890", "scope=tsg_id%3A1234567890"));
    }
  }

  @Test
  void bothClientsAreAutoCloseable() {
    AirsMgmtClient client = fromEnv(CREDENTIALS);
    assertThat(client).isInstanceOf(AutoCloseable.class);
    try (AirsMgmtAsyncClient async = client.async()) {
      assertThat(async).isInstanceOf(AutoCloseable.class);
      assertThat(async.executor()).isSameAs(client.executor());
    }
    client.close(); // closing twice is harmless
  }
}
