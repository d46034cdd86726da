package io.sasekit.airs.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.core.ClientOptions;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A WireMock server on a dynamic loopback port standing in for both the OAuth2 token endpoint and the
 * AIRS management API (served under {@code /aisec}, as in production), and clients pointed at it.
 */
public final class AirsWireMock implements AutoCloseable {
  /** Token endpoint path, as in production. */
  public static final String TOKEN_PATH = "/am/oauth2/access_token";
  /** The bearer token the stub issues. */
  public static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.airs-contract.c2ln";
  /** Client id used by the test clients. */
  public static final String CLIENT_ID = "airs-contract@1234567890.iam.panserviceaccount.com";
  /** Client secret used by the test clients. */
  public static final String CLIENT_SECRET = "airs-contract-secret-0123456789";

  private final WireMockServer server;

  /** Starts the server and stubs the token endpoint. */
  public AirsWireMock() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    reset();
  }

  /** The WireMock server (for stubs and verification). */
  public WireMockServer server() {
    return server;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String root() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The API base URL, {@code <root>/aisec}. */
  public String baseUrl() {
    return root() + "/aisec";
  }

  /** The token URL. */
  public String tokenUrl() {
    return root() + TOKEN_PATH;
  }

  /** Forgets every stub and request, then stubs the token endpoint again. */
  public void reset() {
    server.resetAll();
    server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":899,"
            + "\"scope\":\"profile tsg_id:1234567890 email\"}")));
  }

  /** Options aimed at this server: explicit credentials, no retries, short timeouts. */
  public ClientOptions.Builder options(ClientOptions.Builder b) {
    return b.clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).tsgId("1234567890")
        .baseUrl(baseUrl()).tokenUrl(tokenUrl())
        .maxRetries(0)
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(20));
  }

  /** A client aimed at this server. */
  public AirsMgmtClient client() {
    return client(b -> {});
  }

  /** A client aimed at this server, with further option changes. */
  public AirsMgmtClient client(Consumer<ClientOptions.Builder> more) {
    return AirsMgmtClient.builder().options(o -> more.accept(options(o))).build();
  }

  /** The API requests received since the last reset (the token exchange left out). */
  public List<LoggedRequest> apiRequests() {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(r -> !r.getUrl().startsWith(TOKEN_PATH))
        .toList();
  }

  /** The token requests received since the last reset. */
  public List<LoggedRequest> tokenRequests() {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(r -> r.getUrl().startsWith(TOKEN_PATH))
        .toList();
  }

  @Override
  public void close() {
    server.stop();
  }
}
