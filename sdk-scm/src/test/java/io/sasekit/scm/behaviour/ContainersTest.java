package io.sasekit.scm.behaviour;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.scm.Container;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.ScmLoopback;
import io.sasekit.scm.ScmSpecFiles;
import io.sasekit.scm.models.Address;
import io.sasekit.scm.params.AddressListParams;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SCM container behaviour through the typed client against WireMock on loopback: a {@link Container}
 * goes where the spec places it (query for lists, body for creates and updates), a second or
 * contradicting container is refused before anything is sent, the exactly-one checks run before
 * sending, and {@code getByName(container, name)} takes only an exact match.
 */
class ContainersTest {
  private static final String OBJECTS = "scm/config/sase/objects/objects-june.yaml";
  private static final String ADDRESSES = "/config/objects/v1/addresses";
  private static final ObjectMapper JSON = new ObjectMapper();

  private WireMockServer server;
  private ScmClient client;

  @BeforeEach
  void start() {
    server = ScmLoopback.server();
    client = ScmLoopback.client(server, "containers@1234567890.iam.panserviceaccount.com", "containers-secret-0123");
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
  }

  private List<LoggedRequest> apiRequests() {
    return server.findAll(anyRequestedFor(urlPathMatching("/config/.*")));
  }

  /** A list answer in the envelope the spec declares for the addresses list (data, limit, offset, total). */
  private static String envelope(String... names) {
    JsonNode declared = ScmSpecFiles.document(OBJECTS)
        .at("/paths/~1addresses/get/responses/200/content/application~1json/schema/properties");
    assertThat(declared.fieldNames()).toIterable().containsExactly("data", "limit", "offset", "total");
    assertThat(declared.at("/data/allOf/0/type").asText()).isEqualTo("array");
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      data.append(i == 0 ? "" : ",").append("{\"id\":\"00000000-0000-4000-8000-00000000000").append(i)
          .append("\",\"name\":\"").append(names[i]).append("\",\"ip_netmask\":\"10.0.0.").append(i + 1)
          .append("/32\",\"folder\":\"Shared\"}");
    }
    return "{\"data\":[" + data + "],\"limit\":200,\"offset\":0,\"total\":" + names.length + "}";
  }

  @Test
  void containerValue() {
    Container shared = Container.folder("Shared");
    assertThat(shared.kind()).isEqualTo(Container.Kind.FOLDER);
    assertThat(shared.name()).isEqualTo("Shared");
    assertThat(shared.member()).isEqualTo("folder");
    assertThat(shared).isEqualTo(Container.folder("Shared")).hasSameHashCodeAs(Container.folder("Shared"))
        .isNotEqualTo(Container.snippet("Shared")).isNotEqualTo(Container.folder("shared"));
    assertThat(shared).hasToString("folder \"Shared\"");
    assertThat(Container.snippet("s").member()).isEqualTo("snippet");
    assertThat(Container.device("007951000123456").kind()).isEqualTo(Container.Kind.DEVICE);
    assertThatThrownBy(() -> Container.folder(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folder name must not be null");
    assertThatThrownBy(() -> Container.snippet("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snippet name must not be blank");
  }

  @Test
  void listSendsTheContainerAsTheQueryParameterTheSpecDeclares() {
    JsonNode params = ScmSpecFiles.document(OBJECTS).at("/paths/~1addresses/get/parameters");
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(envelope("web-1"))));
    for (Container c : List.of(Container.folder("Shared"), Container.snippet("baseline"), Container.device("0079510001"))) {
      server.resetRequests();
      assertThat(params.toString()).as("the spec declares %s on the addresses list", c.member()).contains(c.member());
      assertThat(client.addresses().list(c).data()).extracting(Address::name).containsExactly("web-1");
      LoggedRequest sent = apiRequests().get(0);
      assertThat(sent.queryParameter(c.member()).firstValue()).isEqualTo(c.name());
      assertThat(sent.getQueryParams().keySet()).containsExactly(c.member());
    }
    server.resetRequests();
    client.addresses().listAll(Container.snippet("baseline")).stream().toList();
    assertThat(apiRequests().get(0).queryParameter("snippet").firstValue()).isEqualTo("baseline");
  }

  @Test
  void zeroOrTwoContainersInTheQueryAreRefusedBeforeSending() {
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(envelope())));
    assertThatThrownBy(() -> client.addresses().list(AddressListParams.none()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.list")
        .hasMessageContaining("exactly one of folder, snippet, device must be set; found none");
    assertThatThrownBy(() -> client.addresses().list(AddressListParams.builder().folder("Shared").snippet("s").build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exactly one of folder, snippet, device must be set; found folder, snippet");
    assertThatThrownBy(() -> client.addresses().list(Container.device("d1"), AddressListParams.builder().folder("Shared").build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.list")
        .hasMessageContaining("device \"d1\"")
        .hasMessageContaining("folder \"Shared\"");
    assertThat(apiRequests()).isEmpty();
    // the same container in the params and as the argument is one container
    client.addresses().list(Container.folder("Shared"), AddressListParams.builder().folder("Shared").build());
    assertThat(apiRequests()).hasSize(1);
  }

  @Test
  void createPutsTheContainerIntoTheBody() throws IOException {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"web-1\",\"ip_netmask\":\"10.0.0.1/32\",\"snippet\":\"baseline\"}")));
    Address created = client.addresses().create(Container.snippet("baseline"),
        Address.builder().name("web-1").ipNetmask("10.0.0.1/32").build());
    assertThat(created.id()).isPresent();
    JsonNode sent = JSON.readTree(apiRequests().get(0).getBodyAsString());
    assertThat(sent.path("snippet").asText()).isEqualTo("baseline");
    assertThat(sent.has("folder")).isFalse();
    assertThat(sent.has("device")).isFalse();
    assertThat(apiRequests().get(0).getQueryParams()).isEmpty();
  }

  @Test
  void aBodyNamingAnotherContainerIsRefusedNamingBoth() {
    Address inShared = Address.builder().name("web-1").ipNetmask("10.0.0.1/32").folder("Shared").build();
    assertThatThrownBy(() -> client.addresses().create(Container.snippet("baseline"), inShared))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.create")
        .hasMessageContaining("snippet \"baseline\"")
        .hasMessageContaining("folder \"Shared\" named in the body");
    assertThatThrownBy(() -> client.addresses().update("00000000-0000-4000-8000-000000000001", Container.folder("Other"), inShared))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.update")
        .hasMessageContaining("folder \"Other\"").hasMessageContaining("folder \"Shared\"");
    // async: the refusal is the future's failure
    assertThatThrownBy(() -> client.async().addresses().create(Container.device("d1"), inShared).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
    // a body that carries its own container still goes through the plain overload, checked
    Address twoContainers = inShared.toBuilder().snippet("baseline").build();
    assertThatThrownBy(() -> client.addresses().create(twoContainers))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exactly one of folder, snippet, device must be set; found folder, snippet");
    Address noType = Address.builder().name("web-1").folder("Shared").build();
    assertThatThrownBy(() -> client.addresses().create(noType))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exactly one of ip_netmask, ip_range, ip_wildcard, fqdn must be set; found none")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("folder, snippet, device"));
    assertThat(apiRequests()).isEmpty();
  }

  @Test
  void getByNameTakesOnlyTheExactNameInTheContainer() {
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(envelope("web-10", "web-1", "web-1a"))));
    Address hit = client.addresses().getByName(Container.folder("Shared"), "web-1");
    assertThat(hit.name()).isEqualTo("web-1");
    assertThat(hit.ipNetmask()).contains("10.0.0.2/32");
    LoggedRequest sent = apiRequests().get(0);
    assertThat(sent.queryParameter("folder").firstValue()).isEqualTo("Shared");
    assertThat(sent.queryParameter("name").firstValue()).isEqualTo("web-1");
    assertThat(client.async().addresses().getByName(Container.folder("Shared"), "web-1").join().name()).isEqualTo("web-1");
  }

  @Test
  void getByNameWithOnlyADecoyIsNotFoundNamingResourceNameAndContainer() {
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(envelope("web-10"))));
    assertThatThrownBy(() -> client.addresses().getByName(Container.snippet("baseline"), "web-1"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("address")
        .hasMessageContaining("\"web-1\"")
        .hasMessageContaining("snippet=baseline");
  }

  @Test
  void getByNameReadsABareObjectAnswer() {
    // documented live behaviour (../shared/specs/README.md): a name filter may answer the bare object
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(
        "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"web-1\",\"ip_netmask\":\"10.0.0.1/32\",\"device\":\"d1\"}")));
    assertThat(client.addresses().getByName(Container.device("d1"), "web-1").name()).isEqualTo("web-1");
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(
        "{\"id\":\"00000000-0000-4000-8000-000000000002\",\"name\":\"web-10\",\"ip_netmask\":\"10.0.0.1/32\",\"device\":\"d1\"}")));
    assertThatThrownBy(() -> client.addresses().getByName(Container.device("d1"), "web-1")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aCreateAnsweredWithoutIdIsLookedUpInTheBodysContainer() {
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(201)));
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(envelope("web-1"))));
    Address created = client.addresses().create(Container.folder("Shared"),
        Address.builder().name("web-1").ipNetmask("10.0.0.1/32").build());
    assertThat(created.id()).isPresent();
    LoggedRequest lookup = apiRequests().get(1);
    assertThat(lookup.getMethod().getName()).isEqualTo("GET");
    assertThat(lookup.queryParameter("folder").firstValue()).isEqualTo("Shared");
    assertThat(lookup.queryParameter("name").firstValue()).isEqualTo("web-1");
  }
}
