package io.sasekit.prismaaccess.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.prismaaccess.PrismaAccessClient;
import io.sasekit.prismaaccess.models.Address;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code getByName} and the id of an object created with an empty answer. The answers come from
 * the spec: the create's declared status with no body (Addresses.yaml declares none), the list's
 * declared envelope generated from its schema, holding the object and a near-name decoy.
 */
class GetByNameTest {
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private static final String ID = "1b4d2d6a-55aa-4c1e-9d7e-0c9e4b5f7a01";

  private ContractServer wire;
  private WireMockServer server;
  private PrismaAccessClient client;

  @BeforeEach
  void start() {
    wire = new ContractServer();
    server = wire.server;
    client = wire.client;
  }

  @AfterEach
  void stop() {
    wire.close();
  }

  private static SpecOperation specOperation(String method, String path) {
    return PrismaAccessSpec.SPEC.operations().stream()
        .filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst().orElseThrow();
  }

  /** The list's declared answer, generated from the spec, with {@code names} as its elements (ids given to all). */
  private static String listAnswer(String path, String... names) {
    SpecOperation list = specOperation("GET", path);
    JsonNode mediaType = SpecApi.resolve(list.doc(), list.node().path("responses").path("200"))
        .path("content").path("application/json");
    SpecBodyGenerator generator = new SpecBodyGenerator(list.doc());
    SpecBodyGenerator.Variant variant = SpecBodyGenerator.Variant.standard(1, 1).get(0);
    JsonNode data0 = generator.resolve(mediaType.path("schema")).path("properties").path("data");
    JsonNode items = (data0.has("allOf") ? data0.get("allOf").get(0) : data0).path("items");
    assertThat(items.isMissingNode()).as("the declared envelope's data items").isFalse();
    JsonNode template = generator.instance(items, variant);
    ObjectNode envelope = JsonMapper.shared().createObjectNode();
    ArrayNode data = envelope.putArray("data");
    int i = 0;
    for (String n : names) {
      ObjectNode item = template.deepCopy();
      item.put("name", n).put("id", n.equals("web-1") ? ID : "decoy-" + i++).put("folder", "Shared");
      data.add(item);
    }
    envelope.put("offset", 0).put("limit", 200).put("total", names.length);
    return envelope.toString();
  }

  private void createAnsweredAsTheSpecDeclares() {
    SpecOperation create = specOperation("POST", ADDRESSES);
    assertThat(create.successSchema()).as("Addresses.yaml declares no body for the create").isNull();
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(create.successStatus())));
  }

  private void listAnswers(String body) {
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static Address web1() {
    return Address.builder().name("web-1").ipNetmask("192.0.2.1/32").build();
  }

  private LoggedRequest onlyLookup() {
    List<LoggedRequest> gets = server.findAll(getRequestedFor(urlPathEqualTo(ADDRESSES)));
    assertThat(gets).hasSize(1);
    return gets.get(0);
  }

  @Test
  void createAnsweredWithNoBodyReturnsTheObjectWithItsIdFoundByExactName() throws Exception {
    createAnsweredAsTheSpecDeclares();
    listAnswers(listAnswer(ADDRESSES, "web-10", "web-1"));

    Address sync = client.addresses().create("Shared", web1());
    Address async = client.async().addresses().create("Shared", web1()).get(10, TimeUnit.SECONDS);

    for (Address a : List.of(sync, async)) {
      assertThat(a.id()).contains(ID);
      assertThat(a.name()).isEqualTo("web-1");
    }
    List<LoggedRequest> gets = server.findAll(getRequestedFor(urlPathEqualTo(ADDRESSES)));
    assertThat(gets).hasSize(2).allSatisfy(r -> {
      assertThat(r.queryParameter("name").firstValue()).isEqualTo("web-1");
      assertThat(r.queryParameter("folder").firstValue()).isEqualTo("Shared");
    });
  }

  @Test
  void aDynamicCreateAnsweredWithNoBodyAlsoFindsTheIdByExactName() throws Exception {
    createAnsweredAsTheSpecDeclares();
    listAnswers(listAnswer(ADDRESSES, "web-10", "web-1"));
    Map<String, Object> params = Map.of("folder", "Shared", "name", "web-1", "ip_netmask", "192.0.2.1/32");

    JsonNode sync = client.dynamic().execute("address", "create", params);
    JsonNode async = client.dynamic().executeAsync("address", "create", params).get(10, TimeUnit.SECONDS);

    for (JsonNode n : List.of(sync, async)) {
      assertThat(n.path("id").asText()).isEqualTo(ID);
      assertThat(n.path("name").asText()).isEqualTo("web-1");
    }
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(ADDRESSES)))).hasSize(2)
        .allSatisfy(r -> assertThat(r.queryParameter("folder").firstValue()).isEqualTo("Shared"));
  }

  @Test
  void aDynamicCreateWhoseLookupFindsNothingReturnsWhatWasSent() {
    createAnsweredAsTheSpecDeclares();
    listAnswers(listAnswer(ADDRESSES, "web-10"));
    JsonNode n = client.dynamic().execute("address", "create",
        Map.of("folder", "Shared", "name", "web-1", "ip_netmask", "192.0.2.1/32"));
    assertThat(n.path("name").asText()).isEqualTo("web-1");
    assertThat(n.has("id")).isFalse();
  }

  @Test
  void getByNameTakesTheExactMatchNeverTheLongerName() throws Exception {
    listAnswers(listAnswer(ADDRESSES, "web-10", "web-1", "web-100"));
    assertThat(client.addresses().getByName("Shared", "web-1").id()).contains(ID);
    assertThat(client.async().addresses().getByName("Shared", "web-1").get(10, TimeUnit.SECONDS).id()).contains(ID);
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(ADDRESSES))))
        .allSatisfy(r -> assertThat(r.queryParameter("name").firstValue()).isEqualTo("web-1"));
  }

  @Test
  void theDynamicDoorFindsTheSameObject() throws Exception {
    listAnswers(listAnswer(ADDRESSES, "web-10", "web-1"));
    Map<String, String> shared = Map.of("folder", "Shared");
    assertThat(client.dynamic().getByName("address", shared, "web-1").path("id").asText()).isEqualTo(ID);
    assertThat(client.dynamic().getByNameAsync("address", shared, "web-1").get(10, TimeUnit.SECONDS)
        .path("id").asText()).isEqualTo(ID);
    assertThat(catchThrowable(() -> client.dynamic().getByName("address", shared, "web-")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("\"web-\"");
  }

  @Test
  void getByNameReadsAnAnswerThatIsTheObjectItself() {
    ObjectNode object = (ObjectNode) JsonMapper.shared().valueToTree(web1());
    object.put("id", ID);
    listAnswers(object.toString());
    assertThat(client.addresses().getByName("Shared", "web-1").id()).contains(ID);
  }

  @Test
  void onlyNearNamesIsNotFoundNamingResourceNameAndContainer() {
    listAnswers(listAnswer(ADDRESSES, "web-10", "web-11"));
    Throwable sync = catchThrowable(() -> client.addresses().getByName("Shared", "web-1"));
    Throwable async = catchThrowable(() -> client.async().addresses().getByName("Shared", "web-1").get(10, TimeUnit.SECONDS));
    assertThat(sync).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("address").hasMessageContaining("\"web-1\"").hasMessageContaining("folder=Shared");
    assertThat(((NotFoundException) sync).status()).isEqualTo(404);
    assertThat(async).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void aFailingLookupStillReturnsWhatWasSentAfterTheServerSaidYes() throws Exception {
    createAnsweredAsTheSpecDeclares();
    for (int status : new int[] {500, 404}) {
      server.resetRequests();
      server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(status)
          .withHeader("Content-Type", "application/json").withBody("{\"_errors\":[{\"code\":\"E\",\"message\":\"m\"}]}")));
      Address sync = client.addresses().create("Shared", web1());
      Address async = client.async().addresses().create("Shared", web1()).get(10, TimeUnit.SECONDS);
      for (Address a : List.of(sync, async)) {
        assertThat(a.id()).as("status " + status).isEmpty();
        assertThat(a).isEqualTo(web1());
      }
      assertThat(server.findAll(getRequestedFor(urlPathEqualTo(ADDRESSES)))).hasSize(2);
    }
  }

  @Test
  void aLookupFindingNothingAlsoReturnsWhatWasSent() {
    createAnsweredAsTheSpecDeclares();
    listAnswers(listAnswer(ADDRESSES, "web-10"));
    assertThat(client.addresses().create("Shared", web1())).isEqualTo(web1());
    onlyLookup();
  }

  @Test
  void anAnswerCarryingTheIdNeedsNoLookup() {
    ObjectNode echo = (ObjectNode) JsonMapper.shared().valueToTree(web1());
    echo.put("id", ID);
    server.stubFor(post(urlPathEqualTo(ADDRESSES)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(echo.toString())));
    assertThat(client.addresses().create("Shared", web1()).id()).contains(ID);
    assertThat(wire.apiRequests()).hasSize(1);
  }

  /**
   * From the spec files: every collection GET with a {@code name} query filter is reachable through
   * a {@code getByName} of the typed client (sync and async), which sends that filter to that path;
   * but a singleton setting (its collection path is written by PUT, never created by POST:
   * bgp-routing, read by get and written by update, with no name to find).
   */
  @Test
  void everyListWithANameFilterHasGetByName() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (SpecOperation op : PrismaAccessSpec.SPEC.operations()) {
      JsonNode name = op.parameter("name");
      if (op.method().equals("GET") && !op.path().contains("{") && name != null
          && name.path("in").asText().equals("query") && !singleton(op)) {
        expected.add(op.path());
      }
    }
    assertThat(expected).isNotEmpty();
    Set<String> reachedSync = reached(client, false);
    Set<String> reachedAsync = reached(client.async(), true);
    assertThat(reachedSync).isEqualTo(expected);
    assertThat(reachedAsync).isEqualTo(expected);
  }

  private static boolean singleton(SpecOperation op) {
    JsonNode item = op.doc().path("paths").path(op.path());
    return item.has("put") && !item.has("post");
  }

  /**
   * A container name; the list's params class with folder "Shared" (when the container is optional
   * there); or the first known value of an enum parameter (a rule list's position).
   */
  private static Object argument(Class<?> t) throws Exception {
    if (t == String.class) {
      return "Shared";
    }
    if (t.getSimpleName().endsWith("ListParams")) {
      Object builder = t.getMethod("builder").invoke(null);
      builder.getClass().getMethod("folder", String.class).invoke(builder, "Shared");
      return builder.getClass().getMethod("build").invoke(builder);
    }
    return ((List<?>) t.getMethod("knownValues").invoke(null)).get(0);
  }

  /** Calls every service's getByName(container..., "x") and collects the paths it asked. */
  private Set<String> reached(Object facade, boolean async) throws Exception {
    Set<String> paths = new TreeSet<>();
    for (Method accessor : facade.getClass().getMethods()) {
      if (accessor.getParameterCount() != 0 || !accessor.getReturnType().getSimpleName().endsWith(async ? "ServiceAsync" : "Service")) {
        continue;
      }
      Object service = accessor.invoke(facade);
      for (Method m : accessor.getReturnType().getMethods()) {
        if (!m.getName().equals("getByName") || Modifier.isAbstract(m.getModifiers())) {
          continue;
        }
        List<Object> args = new ArrayList<>();
        for (Class<?> t : m.getParameterTypes()) {
          args.add(argument(t));
        }
        args.set(args.size() - 1, "x");
        wire.reset();
        server.stubFor(get(urlPathMatching("/sse/.*")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json").withBody("{\"data\":[{\"name\":\"x\"}]}")));
        Object result;
        try {
          result = m.invoke(service, args.toArray());
        } catch (InvocationTargetException e) {
          throw new AssertionError(accessor.getName() + ".getByName", e.getCause());
        }
        if (async) {
          ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS);
        }
        for (CapturedRequest r : wire.apiRequests()) {
          assertThat(r.query().get("name")).containsExactly("x");
          paths.add(URLDecoder.decode(r.path(), StandardCharsets.UTF_8));
        }
      }
    }
    return paths;
  }
}
