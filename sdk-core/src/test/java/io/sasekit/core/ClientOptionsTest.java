package io.sasekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  private static final Map<String, String> ENV = Map.of(
      "PANW_CLIENT_ID", "env-id",
      "PANW_CLIENT_SECRET", "env-secret-value",
      "PANW_TSG_ID", "1234567890",
      "PANW_BASE_URL", "https://env.example.com/",
      "PANW_TOKEN_BASE_URL", "https://auth.env.example.com");

  @Test
  void readsTheEnvironment() {
    ClientOptions o = ClientOptions.builder().fromEnv(ENV).build();
    assertThat(o.clientId()).isEqualTo("env-id");
    assertThat(o.clientSecret()).isEqualTo("env-secret-value");
    assertThat(o.tsgId()).contains("1234567890");
    assertThat(o.baseUrl()).isEqualTo("https://env.example.com");
    assertThat(o.tokenUrl()).isEqualTo("https://auth.env.example.com/am/oauth2/access_token");
  }

  @Test
  void explicitValuesWinWhateverTheOrder() {
    ClientOptions o = ClientOptions.builder().clientId("explicit").fromEnv(ENV)
        .baseUrl("https://explicit.example.com/aisec").build();
    assertThat(o.clientId()).isEqualTo("explicit");
    assertThat(o.clientSecret()).isEqualTo("env-secret-value");
    assertThat(o.baseUrl()).isEqualTo("https://explicit.example.com/aisec");
  }

  @Test
  void defaults() {
    ClientOptions o = ClientOptions.builder().clientId("id").clientSecret("secret").build();
    assertThat(o.baseUrl()).isEqualTo(ClientOptions.DEFAULT_BASE_URL);
    assertThat(o.tokenUrl()).isEqualTo(ClientOptions.DEFAULT_TOKEN_URL);
    assertThat(o.tsgId()).isEmpty();
    assertThat(o.maxRetries()).isEqualTo(3);
    assertThat(o.backoffBase()).isEqualTo(Duration.ofSeconds(1));
    assertThat(o.backoffCap()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.pageSize()).isEqualTo(200);
    assertThat(o.validation()).isTrue();
  }

  @Test
  void missingCredentialsAreNamedBeforeAnyNetworkCall() {
    assertThatThrownBy(() -> ClientOptions.builder().fromEnv(Map.of()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("clientId is required")
        .extracting(e -> ((ConfigurationException) e).field()).isEqualTo("clientId");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").fromEnv(Map.of()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("clientSecret is required");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("  ").clientSecret("x").build())
        .hasMessageStartingWith("clientId is required");
  }

  @Test
  void aTokenProviderReplacesTheCredentials() {
    ClientOptions o = ClientOptions.builder().tokenProvider(TokenProvider.ofStatic("t")).build();
    assertThat(o.tokenProvider()).isPresent();
    assertThat(o.clientSecret()).isEmpty();
  }

  @Test
  void malformedValuesAreNamed() {
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").tsgId("abc").build())
        .hasMessageContaining("tsgId");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").baseUrl("not a url").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").baseUrl("ftp://x").build())
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").tokenUrl("//x").build())
        .hasMessageContaining("tokenUrl");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").maxRetries(-1).build())
        .hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").pageSize(5001).build())
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").readTimeout(Duration.ZERO).build())
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").clock(null).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("clock");
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("s").userAgentSuffix("a\nb").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("userAgentSuffix");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    ClientOptions o = ClientOptions.builder().fromEnv(ENV).build();
    assertThat(o.toString()).doesNotContain("env-secret-value").contains("env-id");
  }

  @Test
  void toBuilderDerivesAVariant() {
    ClientOptions o = ClientOptions.builder().clientId("id").clientSecret("secret").maxRetries(1).build();
    ClientOptions v = o.toBuilder().maxRetries(5).build();
    assertThat(v.maxRetries()).isEqualTo(5);
    assertThat(v.clientId()).isEqualTo("id");
    assertThat(o.maxRetries()).isEqualTo(1);
  }
}
