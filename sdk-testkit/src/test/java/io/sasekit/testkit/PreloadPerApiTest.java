package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.operation.OperationRegistry;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With two configuration APIs mounted that both have {@code address} (as Prisma Access and the
 * unified SCM API do), {@code preload("<api>:address", ...)} stores the object in that API's
 * configuration, where that API's paths serve it; the bare key keeps naming the first mount's.
 */
class PreloadPerApiTest {
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private PrismaAccessSimulator sim;

  @BeforeEach
  void start() throws IOException {
    sim = PrismaAccessSimulator.builder()
        .registry(TestRegistries.prismaAccess())
        .registry(renamed("second"), "/second")
        .start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /** The test subset once more, under another API name. */
  private static OperationRegistry renamed(String api) throws IOException {
    try (InputStream in = PreloadPerApiTest.class.getClassLoader()
        .getResourceAsStream("registries/prisma-access-subset.json")) {
      ObjectNode root = (ObjectNode) Http.JSON.readTree(in);
      root.put("api", api);
      return OperationRegistry.fromJson(root);
    }
  }

  @Test
  void anApiQualifiedKeyPreloadsIntoThatApi() {
    JsonNode pre = sim.config().preload("second:address", "Shared", "{\"name\":\"legacy\",\"fqdn\":\"legacy.example.com\"}");
    String id = pre.get("id").asText();

    assertThat(sim.config().candidate("second:address", "Shared")).hasSize(1);
    assertThat(sim.config().candidate("prisma-access:address", "Shared")).isEmpty();
    Http second = new Http(sim.baseUrl() + "/second", sim.issueToken());
    assertThat(second.get(ADDRESSES + "/" + id).status()).isEqualTo(200);
    assertThat(Http.api(sim).get(ADDRESSES + "/" + id).status()).isEqualTo(404);
  }

  @Test
  void theBareKeyNamesTheFirstMountedApi() {
    JsonNode pre = sim.config().preload("address", "Shared", "{\"name\":\"legacy\",\"fqdn\":\"legacy.example.com\"}");
    assertThat(Http.api(sim).get(ADDRESSES + "/" + pre.get("id").asText()).status()).isEqualTo(200);
    assertThat(sim.config().candidate("second:address", "Shared")).isEmpty();
  }

  @Test
  void anUnknownApiOrResourceIsRefusedNamingIt() {
    assertThatThrownBy(() -> sim.config().preload("third:address", "Shared", "{\"name\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no mounted configuration API named third")
        .hasMessageContaining("prisma-access, second");
    assertThatThrownBy(() -> sim.config().preload("second:widget", "Shared", "{\"name\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the mounted API second has no resource named widget");
  }
}
