package io.sasekit.prismaaccess.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.ContractWireMock;
import java.util.List;

/** The testkit's contract WireMock server and a typed Prisma Access client pointed at it. */
final class ContractServer implements AutoCloseable {
  final ContractWireMock wire;
  final WireMockServer server;
  final PrismaAccessClient client;

  ContractServer() {
    wire = new ContractWireMock();
    server = wire.server();
    client = PrismaAccessClient.builder().options(wire::options).build();
  }

  /** Forgets every stub and request, then stubs the token endpoint again. */
  void reset() {
    wire.reset();
  }

  void stub(String mappingJson) {
    wire.stub(mappingJson);
  }

  /** The requests received since the last reset, except the token exchange. */
  List<CapturedRequest> apiRequests() {
    return wire.apiRequests();
  }

  @Override
  public void close() {
    client.close();
    wire.close();
  }
}
