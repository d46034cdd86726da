package io.sasekit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.scm.ScmClient;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.util.List;
import java.util.Optional;

/** Clients for a test's simulator and lookups in its configuration. */
final class Sims {
  private Sims() {}

  static PrismaAccessClient prismaAccess(PrismaAccessSimulator sim) {
    return PrismaAccessClient.builder().options(sim.clientOptions("prisma-access")).build();
  }

  static ScmClient scm(PrismaAccessSimulator sim) {
    return ScmClient.builder().options(sim.clientOptions("scm")).build();
  }

  static AirsMgmtClient airs(PrismaAccessSimulator sim) {
    return AirsMgmtClient.builder().options(sim.clientOptions("airs-mgmt")).build();
  }

  static Optional<JsonNode> named(List<JsonNode> objects, String name) {
    return objects.stream().filter(o -> name.equals(o.path("name").asText())).findFirst();
  }

  static List<String> names(List<JsonNode> objects) {
    return objects.stream().map(o -> o.path("name").asText()).toList();
  }

  static List<String> texts(JsonNode array) {
    java.util.List<String> out = new java.util.ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
