package io.sasekit.prismaaccess;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.prismaaccess.models.Tag;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Prisma Access client refuses before anything travels. */
class HardeningFaceTest {
  private WireMockServer server;
  private PrismaAccessClient client;

  @BeforeEach
  void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    // any request would be answered: the tests prove nothing was sent
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{}")));
    client = PrismaAccessClient.builder().baseUrl("http://127.0.0.1:" + server.port())
        .options(o -> o.tokenProvider(TokenProvider.ofStatic("token")).maxRetries(0)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  @Test
  void anEnumValueBuiltByTheCallerMustBeKnown() {
    Tag pink = Tag.builder().name("t").color(Tag.Color.of("Pink")).build();
    Throwable sync = catchThrowable(() -> client.tags().create("Shared", pink));
    Throwable async = catchThrowable(() -> client.async().tags().create("Shared", pink).get(10, TimeUnit.SECONDS));
    assertThat(async).hasCauseInstanceOf(ValidationException.class);
    assertThat(sync).isInstanceOf(ValidationException.class);
    Violation v = ((ValidationException) sync).violations().get(0);
    assertThat(v.path()).isEqualTo("body.color");
    String allowed = Tag.Color.knownValues().stream().map(Tag.Color::value).collect(Collectors.joining(", "));
    assertThat(v.message()).contains("body.color").contains("Pink").contains(allowed);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aKnownValueSpelledByTheCallerIsTheConstant() {
    String known = Tag.Color.knownValues().get(0).value();
    assertThat(Tag.Color.of(known)).isSameAs(Tag.Color.knownValues().get(0));
    client.tags().create("Shared", Tag.builder().name("t").color(Tag.Color.of(known)).build());
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }

  @Test
  void dotSegmentIdsNeverChangeThePath() {
    for (String id : new String[] {"..", "."}) {
      assertThatThrownBy(() -> client.addresses().delete(id)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("path.id must not be '" + id + "'");
      assertThat(catchThrowable(() -> client.async().addresses().delete(id).get(10, TimeUnit.SECONDS)))
          .hasCauseInstanceOf(ValidationException.class);
      assertThatThrownBy(() -> client.dynamic().execute("address", "delete", Map.of("id", id)))
          .isInstanceOf(ValidationException.class);
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("nothing sent").isEmpty();
    client.addresses().delete("%2e%2e");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly("DELETE /sse/config/v1/addresses/%252e%252e");
  }

  @Test
  void aPrismaAccessClientNeedsATsgWhenItFetchesTokens() {
    assertThatThrownBy(() -> PrismaAccessClient.builder().clientId("id").clientSecret("secret-value").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("PANW_TSG_ID")
        .extracting(e -> ((ConfigurationException) e).field()).isEqualTo("tsgId");
    try (PrismaAccessClient c = PrismaAccessClient.builder().clientId("id").clientSecret("secret-value").tsgId("1234567890").build()) {
      assertThat(c.options().baseUrl()).as("the API supplies its default base URL")
          .isEqualTo(PrismaAccessOperations.DEFAULT_BASE_URL).isEqualTo("https://api.sase.paloaltonetworks.com");
      assertThat(c.options().requiredOptions()).containsExactly("tsgId");
    }
  }
}
