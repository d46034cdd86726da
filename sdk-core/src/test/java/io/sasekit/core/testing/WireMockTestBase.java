package io.sasekit.core.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.sasekit.core.ClientOptions;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One WireMock server on a dynamic loopback port per test class, reset before each test. */
public abstract class WireMockTestBase {
  public static final String TOKEN_PATH = "/am/oauth2/access_token";
  public static final String SECRET = "s3cr3t-Client-Secret-0123456789";
  public static final String TOKEN = "eyJ0b2tlbi1WQUxVRS0xMjM0NTY3ODkw";

  protected static WireMockServer server;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
        .containerThreads(80).jettyAcceptors(2));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void resetServer() {
    server.resetAll();
  }

  protected static String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Options pointing at the server, with a client id unique to the call (no shared token cache). */
  protected static ClientOptions.Builder options() {
    return ClientOptions.builder()
        .clientId("client-" + UUID.randomUUID())
        .clientSecret(SECRET)
        .tsgId("1234567890")
        .baseUrl(baseUrl())
        .tokenUrl(baseUrl() + TOKEN_PATH)
        .backoffBase(Duration.ofMillis(1))
        .backoffCap(Duration.ofMillis(5))
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(10));
  }

  protected static void stubToken() {
    stubToken(TOKEN, 900);
  }

  protected static void stubToken(String token, long expiresIn) {
    server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"" + token + "\",\"expires_in\":" + expiresIn
            + ",\"token_type\":\"Bearer\",\"scope\":\"tsg_id:1234567890\"}")));
  }

  protected static int tokenRequests() {
    return server.findAll(WireMock.postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
  }
}
