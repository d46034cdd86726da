package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.InternalServerException;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.AutoPager;
import io.sasekit.core.pagination.Page;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.CapturedLogs;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaginationTest extends WireMockTestBase {
  private static final String PATH = "/sse/config/v1/addresses";
  private static final Arguments SHARED = Arguments.builder().param("folder", "Shared").build();
  private OperationExecutor executor;

  @BeforeEach
  void setUp() {
    stubToken();
    executor = OperationExecutor.create(options().maxRetries(0).pageSize(2).build());
  }

  @AfterEach
  void tearDown() {
    CapturedLogs.mute(false);
    executor.close();
  }

  private static String items(int from, int count) {
    return IntStream.range(from, from + count)
        .mapToObj(i -> "{\"id\":\"" + i + "\",\"name\":\"a" + i + "\",\"ip_netmask\":\"10.0.0." + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static void page(int offset, String body) {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo(String.valueOf(offset)))
        .willReturn(okJson(body)));
  }

  private static String envelope(int offset, int count, Integer total) {
    return "{\"data\":" + items(offset, count) + ",\"limit\":2,\"offset\":" + offset
        + (total == null ? "" : ",\"total\":" + total) + "}";
  }

  private List<String> names(AutoPager<Address> pager) {
    List<String> out = new ArrayList<>();
    pager.forEach(a -> out.add(a.name()));
    return out;
  }

  private AutoPager<Address> pager() {
    return executor.paginate(TestRegistry.op("address", "list"), SHARED, Address.class, RequestOptions.none());
  }

  private int listRequests() {
    return server.findAll(getRequestedFor(urlPathEqualTo(PATH))).size();
  }

  @Test
  void emptyList() {
    page(0, "{\"data\":[],\"limit\":2,\"offset\":0,\"total\":0}");
    assertThat(names(pager())).isEmpty();
    assertThat(listRequests()).isEqualTo(1);
  }

  @Test
  void oneShortPage() {
    page(0, envelope(0, 1, 1));
    assertThat(names(pager())).containsExactly("a0");
    assertThat(listRequests()).isEqualTo(1);
    server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("limit", equalTo("2"))
        .withQueryParam("offset", equalTo("0")).withQueryParam("folder", equalTo("Shared")));
  }

  @Test
  void exactMultipleStopsOnTotal() {
    page(0, envelope(0, 2, 4));
    page(2, envelope(2, 2, 4));
    assertThat(names(pager())).containsExactly("a0", "a1", "a2", "a3");
    assertThat(listRequests()).isEqualTo(2);
  }

  @Test
  void exactMultipleWithoutTotalStopsOnTheEmptyPage() {
    page(0, envelope(0, 2, null));
    page(2, envelope(2, 2, null));
    page(4, "{\"data\":[],\"limit\":2,\"offset\":4}");
    assertThat(names(pager())).containsExactly("a0", "a1", "a2", "a3");
    assertThat(listRequests()).isEqualTo(3);
  }

  @Test
  void bareArrays() {
    page(0, items(0, 2));
    page(2, items(2, 1));
    assertThat(pager().stream().map(Address::name).collect(Collectors.toList())).containsExactly("a0", "a1", "a2");
  }

  @Test
  void bareObjectIsOneElement() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"id\":\"9\",\"name\":\"only\",\"fqdn\":\"x.example.com\"}")));
    Page<Address> page = executor.execute(TestRegistry.op("address", "list"),
        SHARED.withParam("name", "only"), ResponseType.page(Address.class), RequestOptions.none());
    assertThat(page.data()).extracting(Address::name).containsExactly("only");
    assertThat(page.total()).isEmpty();
    assertThat(names(executor.paginate(TestRegistry.op("address", "list"), SHARED.withParam("name", "only"),
        Address.class, RequestOptions.none()))).containsExactly("only");
  }

  @Test
  void pageFieldsComeFromTheEnvelopeElseFromTheRequest() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"data\":" + items(0, 3) + ",\"limit\":3,\"offset\":6,\"total\":40}")));
    Page<Address> p = executor.execute(TestRegistry.op("address", "list"), SHARED, ResponseType.page(Address.class),
        RequestOptions.none());
    assertThat(p.limit()).isEqualTo(3);
    assertThat(p.offset()).isEqualTo(6);
    assertThat(p.total()).hasValue(40);
    assertThat(p.hasNextPage()).isTrue();

    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(items(0, 3))));
    Page<Address> bare = executor.execute(TestRegistry.op("address", "list"),
        SHARED.withParam("limit", 3).withParam("offset", 30), ResponseType.page(Address.class), RequestOptions.none());
    assertThat(bare.limit()).isEqualTo(3);
    assertThat(bare.offset()).isEqualTo(30);
    assertThat(bare.total()).isEmpty();

    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"total\":0,\"limit\":200,\"offset\":0}")));
    assertThat(executor.execute(TestRegistry.op("address", "list"), SHARED, ResponseType.page(Address.class),
        RequestOptions.none()).data()).isEmpty();

    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"data\":null,\"total\":0}")));
    assertThat(executor.execute(TestRegistry.op("address", "list"), SHARED, ResponseType.page(JsonNode.class),
        RequestOptions.none()).data()).isEmpty();
  }

  @Test
  void aFailureOnPage3SurfacesAfterPages1And2() {
    page(0, envelope(0, 2, null));
    page(2, envelope(2, 2, null));
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("4"))
        .willReturn(aResponse().withStatus(500).withBody("boom")));
    List<String> seen = new ArrayList<>();
    Iterator<Address> it = pager().iterator();
    assertThatThrownBy(() -> it.forEachRemaining(a -> seen.add(a.name())))
        .isInstanceOf(InternalServerException.class).hasMessageContaining("boom");
    assertThat(seen).containsExactly("a0", "a1", "a2", "a3");
  }

  @Test
  void theServiceCutsLimitsAbove5000() {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("0"))
        .willReturn(okJson("{\"data\":" + items(0, 3) + ",\"limit\":3,\"offset\":0}")));
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("3"))
        .willReturn(okJson("{\"data\":" + items(3, 1) + ",\"limit\":3,\"offset\":3}")));
    AutoPager<Address> pager = executor.paginate(TestRegistry.op("address", "list"),
        SHARED.withParam("limit", 10_000), Address.class, RequestOptions.none());
    assertThat(pager.pageSize()).isEqualTo(5000);
    assertThat(names(pager)).containsExactly("a0", "a1", "a2", "a3");
    server.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("limit", equalTo("5000")));
  }

  @Test
  void startsAtTheGivenOffsetAndSize() {
    page(10, "{\"data\":" + items(10, 1) + ",\"offset\":10}");
    AutoPager<Address> pager = executor.paginate(TestRegistry.op("address", "list"),
        SHARED.withParam("offset", 10).withParam("limit", 5), Address.class, RequestOptions.none());
    assertThat(names(pager)).containsExactly("a10");
    server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("limit", equalTo("5")));
  }

  @Test
  void anOperationWithoutOffsetIsFetchedOnce() {
    server.stubFor(get(urlPathEqualTo("/v1/mgmt/profiles")).willReturn(okJson("[{\"a\":1},{\"a\":2}]")));
    List<JsonNode> all = new ArrayList<>();
    executor.paginate(TestRegistry.op("profile", "list"), Arguments.empty(), JsonNode.class, RequestOptions.none())
        .forEach(all::add);
    assertThat(all).hasSize(2);
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/mgmt/profiles")));
  }

  @Test
  void asyncPagination() throws Exception {
    page(0, envelope(0, 2, 5));
    page(2, envelope(2, 2, 5));
    page(4, envelope(4, 1, 5));
    List<Address> all = executor.paginateAsync(TestRegistry.op("address", "list"), SHARED, Address.class,
        RequestOptions.none()).toList().get(10, TimeUnit.SECONDS);
    assertThat(all).extracting(Address::name).containsExactly("a0", "a1", "a2", "a3", "a4");

    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("2"))
        .willReturn(aResponse().withStatus(503)));
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> executor.paginateAsync(TestRegistry.op("address", "list"), SHARED, Address.class,
        RequestOptions.none()).forEach(a -> seen.add(a.name())).get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(InternalServerException.class);
    assertThat(seen).containsExactly("a0", "a1");
  }

  // ---- paginate streams each page: the elements are read as the answer arrives (unless the wire
  // log shows bodies at TRACE, which the tests' logger does until muted)

  private static void streamed() {
    CapturedLogs.mute(true);
  }

  private static String item(int i) {
    return items(i, 1).substring(1, items(i, 1).length() - 1);
  }

  /** The elements {@code execute(..., page)} reads from the answer at offset 0: the one documented reading. */
  private List<String> pageNames() {
    Page<Address> page = executor.execute(TestRegistry.op("address", "list"), SHARED.withParam("offset", 0),
        ResponseType.page(Address.class), RequestOptions.none());
    return page.data().stream().map(Address::name).collect(Collectors.toList());
  }

  @Test
  void everyShapeOfAnAnswerStreamsTheElementsThePageReaderReads() {
    streamed();
    page(2, "[]");
    List<String> bodies = List.of(
        envelope(0, 2, 2),
        "{\"limit\":2,\"offset\":0,\"total\":2,\"data\":" + items(0, 2) + "}",
        "{\"data\":" + items(0, 2) + ",\"limit\":\"2\",\"offset\":0.0,\"total\":null,\"_request_id\":\"r\"}",
        "{\"data\":" + items(0, 2) + ",\"limit\":2,\"extra\":{\"a\":[1,2]}}",
        items(0, 2),
        "[" + items(0, 1) + "," + items(1, 1) + "]",
        "[" + item(0) + "," + items(1, 1) + "]",
        "{\"data\":[" + item(0) + ",[" + item(1) + "]]}",
        item(0),
        "{\"total\":0,\"limit\":2,\"offset\":0}",
        "{\"data\":null,\"total\":0}",
        "",
        "  \n");
    for (String body : bodies) {
      page(0, body);
      List<String> expected = pageNames();
      assertThat(names(pager())).as("answer %s", body).isEqualTo(expected);
    }
  }

  @Test
  void anElementThatCannotBeReadFailsAfterTheOnesBeforeItWithItsPath() {
    streamed();
    page(0, "{\"data\":[" + item(0) + ",{\"name\":{\"not\":\"a string\"}}],\"total\":2}");
    Iterator<Address> it = pager().iterator();
    assertThat(it.next().name()).isEqualTo("a0");
    assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(ResponseParseException.class, e -> {
      assertThat(e.jsonPath()).hasValue("$.data[1]");
      assertThat(e.getMessage()).contains("cannot read it as Address");
    });

    page(0, "{\"data\":[" + item(0) + ",null],\"total\":2}");
    Iterator<Address> nulls = pager().iterator();
    assertThat(nulls.next().name()).isEqualTo("a0");
    assertThatThrownBy(nulls::hasNext)
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue("$.data[1]"));

    page(0, "{\"data\":[" + item(0) + ",{\"name\":");
    Iterator<Address> cut = pager().iterator();
    assertThat(cut.next().name()).isEqualTo("a0");
    assertThatThrownBy(cut::hasNext).isInstanceOfSatisfying(ResponseParseException.class, e -> {
      assertThat(e.jsonPath()).hasValue("$.data[1]");
      assertThat(e.getMessage()).contains("not valid JSON");
    });
  }

  @Test
  void aCountAfterTheElementsThatIsNotACountFailsAsThePageReaderFailsIt() {
    streamed();
    page(0, "{\"data\":" + items(0, 1) + ",\"total\":-1}");
    String path = catchThrowableOfType(ResponseParseException.class, this::pageNames).jsonPath().orElseThrow();
    assertThatThrownBy(() -> names(pager()))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.jsonPath()).hasValue(path));
  }

  @Test
  void aServiceThatIgnoresTheOffsetIsStoppedBeforeThePageRepeats() {
    streamed();
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"data\":" + items(0, 2) + "}")));
    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> pager().forEach(a -> seen.add(a.name())))
        .isInstanceOf(SasekitException.class)
        .hasMessageContaining("same page again at offset 2");
    assertThat(seen).containsExactly("a0", "a1");
  }
}
