package io.sasekit.scm;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.sasekit.testkit.LoopbackOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A WireMock server on loopback answering the token request, and an {@link ScmClient} pointed at it. */
public final class ScmLoopback {
  /** The token endpoint path the stub answers. */
  public static final String TOKEN_PATH = "/am/oauth2/access_token";

  private ScmLoopback() {}

  /** A started server on 127.0.0.1 with the token answer of {@code /contract/token.json}. */
  public static WireMockServer server() {
    WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    try (InputStream in = ScmLoopback.class.getResourceAsStream("/contract/token.json")) {
      server.addStubMapping(StubMapping.buildFrom(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      server.stop();
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** A client of that server (no retries, short timeouts). */
  public static ScmClient client(WireMockServer server, String clientId, String clientSecret) {
    String base = "http://127.0.0.1:" + server.port();
    return ScmClient.builder()
        .options(o -> LoopbackOptions.apply(o, base, TOKEN_PATH, clientId, clientSecret))
        .build();
  }
}
