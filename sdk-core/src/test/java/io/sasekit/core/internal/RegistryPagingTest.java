package io.sasekit.core.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.dynamic.DynamicDispatcher;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.PagingSpec;
import io.sasekit.core.testing.Address;
import io.sasekit.core.testing.TestRegistry;
import io.sasekit.core.testing.WireMockTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one pager follows each operation's registry {@code paging}: offset lists and next-offset
 * wrappers, typed and dynamic calls alike, with the parameter names and the page-size cap the
 * registry gives.
 */
class RegistryPagingTest extends WireMockTestBase {
  private static final String KEYS = "/v1/mgmt/api-keys";
  private static final String ADDRESSES = "/sse/config/v1/addresses";
  private OperationExecutor executor;
  private DynamicDispatcher dynamic;

  @BeforeEach
  void setUp() {
    stubToken();
    executor = OperationExecutor.create(options().maxRetries(0).pageSize(2).build());
    dynamic = new DynamicDispatcher(TestRegistry.REGISTRY, executor);
  }

  @AfterEach
  void tearDown() {
    executor.close();
  }

  private static String keys(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> "{\"api_key_name\":\"k" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** Three wrapper pages: 2 + 2 + 1 keys; the last one carries no next_offset. */
  private static void keyPages() {
    server.stubFor(get(urlPathEqualTo(KEYS)).withQueryParam("offset", equalTo("0"))
        .willReturn(okJson("{\"api_keys\":" + keys(0, 2) + ",\"next_offset\":2}")));
    server.stubFor(get(urlPathEqualTo(KEYS)).withQueryParam("offset", equalTo("2"))
        .willReturn(okJson("{\"api_keys\":" + keys(2, 2) + ",\"next_offset\":4}")));
    server.stubFor(get(urlPathEqualTo(KEYS)).withQueryParam("offset", equalTo("4"))
        .willReturn(okJson("{\"api_keys\":" + keys(4, 1) + "}")));
  }

  private static List<String> names(Iterable<JsonNode> items) {
    List<String> out = new ArrayList<>();
    items.forEach(n -> out.add(n.path("api_key_name").asText(n.path("name").asText())));
    return out;
  }

  @Test
  void theRegistryRowCarriesThePaging() {
    PagingSpec keys = TestRegistry.op("apiKey", "list").pagingSpec().orElseThrow();
    assertThat(keys.kind()).isEqualTo(PagingSpec.Kind.NEXT_OFFSET);
    assertThat(keys.itemsMember()).isEqualTo("api_keys");
    assertThat(keys.nextMember()).isEqualTo("next_offset");
    assertThat(TestRegistry.op("address", "list").pagingSpec().orElseThrow().maxLimit()).isEqualTo(5000);
    assertThat(TestRegistry.op("address", "get").pagingSpec()).isEmpty();
  }

  @Test
  void dynamicListAll_followsNextOffsetUntilTheAnswerHasNone() {
    keyPages();
    assertThat(names(dynamic.listAll("apiKey", "list", Map.of()))).containsExactly("k0", "k1", "k2", "k3", "k4");
    server.verify(3, getRequestedFor(urlPathEqualTo(KEYS)));
    server.verify(getRequestedFor(urlPathEqualTo(KEYS)).withQueryParam("offset", equalTo("2"))
        .withQueryParam("limit", equalTo("2")));
  }

  @Test
  void typedPaginate_readsTheSameWrapperIntoTheElementType() {
    keyPages();
    List<String> names = new ArrayList<>();
    executor.paginate(TestRegistry.op("apiKey", "list"), Arguments.empty(), JsonNode.class, RequestOptions.none())
        .forEach(n -> names.add(n.path("api_key_name").asText()));
    assertThat(names).containsExactly("k0", "k1", "k2", "k3", "k4");
  }

  @Test
  void asyncListAll_followsNextOffset() throws Exception {
    keyPages();
    List<JsonNode> all = dynamic.listAllAsync("apiKey", "list", Map.of()).toList().get(10, TimeUnit.SECONDS);
    assertThat(names(all)).containsExactly("k0", "k1", "k2", "k3", "k4");
  }

  @Test
  void aNextOffsetNotBeyondThePageEndsTheList() {
    // a service answering next_offset 0 at offset 0 would loop forever if followed
    server.stubFor(get(urlPathEqualTo(KEYS)).willReturn(okJson("{\"api_keys\":" + keys(0, 2) + ",\"next_offset\":0}")));
    assertThat(names(dynamic.listAll("apiKey", "list", Map.of()))).containsExactly("k0", "k1");
    server.verify(1, getRequestedFor(urlPathEqualTo(KEYS)));
  }

  @Test
  void anItemsMemberThatIsNoArrayIsATypedParseError() {
    server.stubFor(get(urlPathEqualTo(KEYS)).willReturn(okJson("{\"api_keys\":{\"k\":1}}")));
    assertThatThrownBy(() -> dynamic.listAll("apiKey", "list", Map.of()).iterator().hasNext())
        .isInstanceOf(ResponseParseException.class)
        .hasMessageContaining("apiKey.list").hasMessageContaining("api_keys");
  }

  @Test
  void dynamicListAll_pagesOffsetListsLikeTheTypedPager() {
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).withQueryParam("offset", equalTo("0")).willReturn(okJson(
        "{\"data\":[{\"name\":\"a0\"},{\"name\":\"a1\"}],\"limit\":2,\"offset\":0,\"total\":3}")));
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).withQueryParam("offset", equalTo("2")).willReturn(okJson(
        "{\"data\":[{\"name\":\"a2\"}],\"limit\":2,\"offset\":2,\"total\":3}")));
    assertThat(names(dynamic.listAll("address", "list", Map.of("folder", "Shared")))).containsExactly("a0", "a1", "a2");
    List<String> typed = new ArrayList<>();
    executor.paginate(TestRegistry.op("address", "list"), Arguments.builder().param("folder", "Shared").build(),
        Address.class, RequestOptions.none()).forEach(a -> typed.add(a.name()));
    assertThat(typed).containsExactly("a0", "a1", "a2");
  }

  @Test
  void thePageSizeIsCutToTheRegistryMaxLimit_andOnlyThere() {
    server.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson("{\"data\":[],\"limit\":5000,\"offset\":0,\"total\":0}")));
    server.stubFor(get(urlPathEqualTo(KEYS)).willReturn(okJson("{\"api_keys\":[]}")));
    dynamic.listAll("address", "list", Map.of("folder", "Shared", "limit", 7000)).iterator().hasNext();
    dynamic.listAll("apiKey", "list", Map.of("limit", 7000)).iterator().hasNext();
    server.verify(getRequestedFor(urlPathEqualTo(ADDRESSES)).withQueryParam("limit", equalTo("5000")));
    server.verify(getRequestedFor(urlPathEqualTo(KEYS)).withQueryParam("limit", equalTo("7000")));
  }

  @Test
  void listAllOfAnOperationThatDoesNotPageIsRejectedByName() {
    assertThatThrownBy(() -> dynamic.listAll("address", "get", Map.of("id", "x")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("address.get does not page")
        .hasMessageContaining("address.list");
    server.verify(0, getRequestedFor(urlPathEqualTo(ADDRESSES + "/x")));
  }
}
