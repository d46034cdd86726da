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

  /** A builder as an API client starts it: with the API's default base URL. */
  private static ClientOptions.Builder builder() {
    return ClientOptions.builder().defaultBaseUrl("https://api.example.com");
  }

  @Test
  void readsTheEnvironment() {
    ClientOptions o = builder().fromEnv(ENV).build();
    assertThat(o.clientId()).isEqualTo("env-id");
    assertThat(o.clientSecret()).isEqualTo("env-secret-value");
    assertThat(o.tsgId()).contains("1234567890");
    assertThat(o.baseUrl()).isEqualTo("https://env.example.com");
    assertThat(o.tokenUrl()).isEqualTo("https://auth.env.example.com/am/oauth2/access_token");
  }

  @Test
  void explicitValuesWinWhateverTheOrder() {
    ClientOptions o = builder().clientId("explicit").fromEnv(ENV)
        .baseUrl("https://explicit.example.com/aisec").build();
    assertThat(o.clientId()).isEqualTo("explicit");
    assertThat(o.clientSecret()).isEqualTo("env-secret-value");
    assertThat(o.baseUrl()).isEqualTo("https://explicit.example.com/aisec");
  }

  @Test
  void defaults() {
    ClientOptions o = builder().clientId("id").clientSecret("secret")
        .defaultBaseUrl("https://api.example.com").build();
    assertThat(o.baseUrl()).isEqualTo("https://api.example.com");
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
    assertThatThrownBy(() -> builder().fromEnv(Map.of()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("clientId is required")
        .extracting(e -> ((ConfigurationException) e).field()).isEqualTo("clientId");
    assertThatThrownBy(() -> builder().clientId("id").fromEnv(Map.of()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("clientSecret is required");
    assertThatThrownBy(() -> builder().clientId("  ").clientSecret("x").build())
        .hasMessageStartingWith("clientId is required");
  }

  @Test
  void aTokenProviderReplacesTheCredentials() {
    ClientOptions o = builder().tokenProvider(TokenProvider.ofStatic("t")).build();
    assertThat(o.tokenProvider()).isPresent();
    assertThat(o.clientSecret()).isEmpty();
  }

  @Test
  void malformedValuesAreNamed() {
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").tsgId("abc").build())
        .hasMessageContaining("tsgId");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").baseUrl("not a url").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").baseUrl("ftp://x").build())
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").tokenUrl("//x").build())
        .hasMessageContaining("tokenUrl");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").maxRetries(-1).build())
        .hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").pageSize(5001).build())
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").readTimeout(Duration.ZERO).build())
        .hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").clock(null).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("clock");
    assertThatThrownBy(() -> builder().clientId("id").clientSecret("s").userAgentSuffix("a\nb").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("userAgentSuffix");
  }

  @Test
  void toStringNeverShowsTheSecret() {
    ClientOptions o = builder().fromEnv(ENV).build();
    assertThat(o.toString()).doesNotContain("env-secret-value").contains("env-id");
  }

  @Test
  void toBuilderDerivesAVariant() {
    ClientOptions o = builder().clientId("id").clientSecret("secret").maxRetries(1).build();
    ClientOptions v = o.toBuilder().maxRetries(5).build();
    assertThat(v.maxRetries()).isEqualTo(5);
    assertThat(v.clientId()).isEqualTo("id");
    assertThat(o.maxRetries()).isEqualTo(1);
  }

  @Test
  void theCoreHasNoDefaultBaseUrl() {
    assertThatThrownBy(() -> ClientOptions.builder().clientId("id").clientSecret("secret-value").build())
        .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("baseUrl is required")
        .extracting(e -> ((ConfigurationException) e).field()).isEqualTo("baseUrl");
    assertThat(ClientOptions.builder().clientId("id").clientSecret("secret-value")
        .fromEnv(Map.of("PANW_BASE_URL", "https://env.example.com")).build().baseUrl())
        .isEqualTo("https://env.example.com");
  }

  @Test
  void plainHttpIsRefusedExceptForLoopbackUnlessAllowedByName() {
    for (String field : new String[] {"baseUrl", "tokenUrl"}) {
      ClientOptions.Builder b = builder().clientId("id").clientSecret("secret-value");
      if (field.equals("baseUrl")) {
        b.baseUrl("http://api.example.com");
      } else {
        b.tokenUrl("http://auth.example.com/am/oauth2/access_token");
      }
      assertThatThrownBy(b::build).isInstanceOf(ConfigurationException.class)
          .hasMessageStartingWith(field + " uses plain http://").hasMessageContaining("allowInsecureHttp")
          .extracting(e -> ((ConfigurationException) e).field()).isEqualTo(field);
      assertThat(b.allowInsecureHttp(true).build().allowInsecureHttp()).isTrue();
    }
    for (String loopback : new String[] {"localhost", "127.0.0.1", "127.10.20.30", "[::1]", "LOCALHOST"}) {
      assertThat(builder().clientId("id").clientSecret("secret-value").baseUrl("http://" + loopback + ":8080")
          .tokenUrl("http://" + loopback + ":8080/token").build().baseUrl())
          .isEqualTo("http://" + loopback + ":8080");
    }
    // names that merely look local are not loopback, and nothing is resolved to decide
    for (String notLoopback : new String[] {"localhost.example.com", "128.0.0.1", "[::2]", "127.0.0.1.nip.io"}) {
      assertThatThrownBy(() -> builder().clientId("id").clientSecret("secret-value")
          .baseUrl("http://" + notLoopback).build()).hasMessageStartingWith("baseUrl uses plain http://");
    }
    // the environment is held to the same rule
    assertThatThrownBy(() -> builder().fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "secret-value",
        "PANW_TOKEN_BASE_URL", "http://auth.example.com")).build()).hasMessageStartingWith("tokenUrl uses plain http://");
  }

  @Test
  void portsOutsideTheValidRangeFailBuild() {
    for (String url : new String[] {"https://api.example.com:0", "https://api.example.com:65536", "https://api.example.com:99999"}) {
      assertThatThrownBy(() -> builder().clientId("id").clientSecret("secret-value").baseUrl(url).build())
          .isInstanceOf(ConfigurationException.class).hasMessageContaining("baseUrl port must be between 1 and 65535");
      assertThatThrownBy(() -> builder().clientId("id").clientSecret("secret-value").tokenUrl(url).build())
          .isInstanceOf(ConfigurationException.class).hasMessageContaining("tokenUrl port must be between 1 and 65535");
    }
    assertThat(builder().clientId("id").clientSecret("secret-value").baseUrl("https://api.example.com:65535").build().baseUrl())
        .endsWith(":65535");
    assertThatThrownBy(() -> ProxySettings.of("proxy", 0)).isInstanceOf(ConfigurationException.class);
  }

  @Test
  void aSecretIsKeptAsGivenAndSurroundingWhitespaceIsRefused() {
    assertThat(builder().clientId("id").clientSecret("in ner").build().clientSecret()).isEqualTo("in ner");
    for (String padded : new String[] {" secret-value", "secret-value ", "secret-value\n", "\tsecret-value"}) {
      assertThatThrownBy(() -> builder().clientId("id").clientSecret(padded).build())
          .isInstanceOf(ConfigurationException.class).hasMessageContaining("leading or trailing whitespace")
          .hasMessageNotContaining("secret-value")
          .extracting(e -> ((ConfigurationException) e).field()).isEqualTo("clientSecret");
      assertThatThrownBy(() -> builder().fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", padded)).build())
          .hasMessageContaining("leading or trailing whitespace");
    }
  }

  @Test
  void anApiCanRequireTheTsgNamingItsVariable() {
    assertThatThrownBy(() -> builder().require("tsgId").clientId("id").clientSecret("secret-value").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("PANW_TSG_ID")
        .extracting(e -> ((ConfigurationException) e).field()).isEqualTo("tsgId");
    ClientOptions o = builder().require("tsgId").clientId("id").clientSecret("secret-value").tsgId("123").build();
    // the requirement survives toBuilder (withOptions) ...
    assertThatThrownBy(() -> o.toBuilder().tsgId(null).build()).hasMessageContaining("PANW_TSG_ID");
    // ... is met by the environment, and does not apply when the caller brings the token
    assertThat(builder().require("tsgId").fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "secret-value",
        "PANW_TSG_ID", "42")).build().tsgId()).contains("42");
    assertThat(builder().require("tsgId").tokenProvider(TokenProvider.ofStatic("t")).build().tsgId()).isEmpty();
    // without the requirement (e.g. AIRS management) the TSG stays optional
    assertThat(builder().clientId("id").clientSecret("secret-value").build().tsgId()).isEmpty();
    assertThatThrownBy(() -> builder().require("colour")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tsgId");
  }

  @Test
  void fromEnvReadsTheStandardProxyVariablesAndNeverPrintsThePassword() {
    ClientOptions o = builder().fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "secret-value",
        "HTTPS_PROXY", "http://proxy-user:p%40ss-w0rd@proxy.corp:3128", "NO_PROXY", "localhost, .internal.corp,example.org")).build();
    ProxySettings p = o.proxy().orElseThrow();
    assertThat(p.host()).isEqualTo("proxy.corp");
    assertThat(p.port()).isEqualTo(3128);
    assertThat(p.username()).contains("proxy-user");
    assertThat(p.password()).contains("p@ss-w0rd");
    assertThat(p.bypasses("localhost")).isTrue();
    assertThat(p.bypasses("db.internal.corp")).isTrue();
    assertThat(p.bypasses("internal.corp")).isFalse();
    assertThat(p.bypasses("api.example.org")).isTrue();
    assertThat(p.bypasses("api.example.com")).isFalse();
    assertThat(o.toString()).contains("proxy.corp:3128").doesNotContain("p@ss-w0rd").doesNotContain("p%40ss");
    // lower case wins, as curl does; an explicit proxy wins over both
    ClientOptions lower = builder().fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "secret-value",
        "HTTPS_PROXY", "upper.corp:1", "https_proxy", "lower.corp:2", "no_proxy", "*")).build();
    assertThat(lower.proxy().orElseThrow().host()).isEqualTo("lower.corp");
    assertThat(lower.proxy().orElseThrow().bypasses("anything.example")).isTrue();
    assertThat(builder().fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "secret-value",
        "HTTPS_PROXY", "upper.corp:1")).proxy(ProxySettings.of("mine.corp", 8080)).build().proxy().orElseThrow().host())
        .isEqualTo("mine.corp");
    assertThatThrownBy(() -> builder().fromEnv(Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "secret-value",
        "HTTPS_PROXY", "socks5://user:hunter22@proxy:1080")).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("HTTPS_PROXY").hasMessageNotContaining("hunter22");
  }

  @Test
  void toBuilderReproducesTheOptionsExactly() {
    ClientOptions o = builder().fromEnv(ENV).require("tsgId").allowInsecureHttp(true).pageSize(17)
        .proxy(ProxySettings.of("proxy.corp", 3128).withCredentials("u", "pw-123456")).build();
    ClientOptions copy = o.toBuilder().fromEnv(Map.of()).build();
    assertThat(copy.toString()).isEqualTo(o.toString());
    assertThat(copy.proxy()).isEqualTo(o.proxy());
    assertThat(copy.clientSecret()).isEqualTo(o.clientSecret());
    assertThat(copy.requiredOptions()).containsExactly("tsgId");
  }
}
