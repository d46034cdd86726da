package io.sasekit.prismaaccess.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.LoopbackOptions;
import java.util.List;

/** One WireMock server on a dynamic loopback port, its token stub, and a typed client pointed at it. */
final class ContractServer implements AutoCloseable {
  static final String TOKEN_PATH = "/am/oauth2/access_token";
  static final String TOKEN = ContractData.read("wiremock/token.json").at("/response/jsonBody/access_token").asText();

  final WireMockServer server;
  final PrismaAccessClient client;

  ContractServer() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    String base = "http://127.0.0.1:" + server.port();
    client = PrismaAccessClient.builder()
        .options(o -> LoopbackOptions.apply(o, base, TOKEN_PATH, "contract-client@1234567890.iam.panserviceaccount.com",
            "contract-secret-0123456789"))
        .build();
    reset();
  }

  /** Forgets every stub and request, then stubs the token endpoint again. */
  void reset() {
    server.resetAll();
    server.addStubMapping(StubMapping.buildFrom(ContractData.read("wiremock/token.json").toString()));
  }

  void stub(String mappingJson) {
    server.addStubMapping(StubMapping.buildFrom(mappingJson));
  }

  /** The requests received since the last reset, except the token exchange. */
  List<LoggedRequest> apiRequests() {
    return server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(r -> !r.getUrl().startsWith(TOKEN_PATH))
        .toList();
  }

  @Override
  public void close() {
    client.close();
    server.stop();
  }
}
