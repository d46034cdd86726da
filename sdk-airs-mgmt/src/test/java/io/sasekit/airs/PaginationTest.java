package io.sasekit.airs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.airs.models.ApiKey;
import io.sasekit.airs.models.ApiKeyList;
import io.sasekit.airs.models.CustomerAppWithApiKeys;
import io.sasekit.airs.params.ApiKeyListParams;
import io.sasekit.airs.params.CustomerAppListParams;
import io.sasekit.airs.testing.AirsSpec;
import io.sasekit.airs.testing.AirsWireMockExtension;
import io.sasekit.core.pagination.AutoPager;
import io.sasekit.core.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * AIRS lists answer {@code {"api_keys": [...], "next_offset": n}}, not the SCM data envelope:
 * {@code list} returns that wrapper (nothing lost), {@code listAll} pages lazily over its items,
 * asking offset += items received while {@code next_offset} says more follow.
 */
class PaginationTest {
  private static final String KEYS = "/aisec/v1/mgmt/apikeys";
  @RegisterExtension
  static final AirsWireMockExtension wm = new AirsWireMockExtension();

  private static String key(int i) {
    return "{\"api_key_id\":\"id-" + i + "\",\"api_key_last8\":\"0000000" + i + "\",\"api_key_name\":\"key-" + i
        + "\",\"auth_code\":\"AIRS-AUTH-PROD-0001\",\"expiration\":\"2027-01-01T00:00:00Z\",\"revoked\":false}";
  }

  /** Serves keys [from, to) at this offset, with next_offset when more follow (total keys: 5). */
  private static void page(int offset, int from, int to, Integer next) {
    String items = IntStream.range(from, to).mapToObj(PaginationTest::key).collect(Collectors.joining(","));
    wm.server().stubFor(get(urlPathEqualTo(KEYS)).withQueryParam("offset", equalTo(String.valueOf(offset)))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"api_keys\":[" + items + "]" + (next == null ? "" : ",\"next_offset\":" + next) + "}")));
  }

  private static List<String> offsetsAndLimits() {
    List<String> out = new ArrayList<>();
    for (LoggedRequest r : wm.apiRequests()) {
      assertThat(AirsSpec.errors(r)).isEmpty();
      out.add(r.queryParameter("offset").firstValue() + "/" + r.queryParameter("limit").firstValue());
    }
    return out;
  }

  @Test
  void listReturnsTheWrapperWithItsNextOffset() {
    page(0, 0, 2, 2);
    ApiKeyList first = wm.client().apiKeys().list(ApiKeyListParams.builder().offset(0).limit(2).build());
    assertThat(first.apiKeys()).extracting(ApiKey::apiKeyId).containsExactly("id-0", "id-1");
    assertThat(first.nextOffset()).hasValue(2);
  }

  @Test
  void listAllFollowsNextOffsetLazilyUntilItIsAbsent() {
    page(0, 0, 2, 2);
    page(2, 2, 4, 4);
    page(4, 4, 5, null);
    AutoPager<ApiKey> all = wm.client().apiKeys().listAll(ApiKeyListParams.builder().limit(2).build());
    assertThat(wm.apiRequests()).as("lazy: nothing fetched yet").isEmpty();
    assertThat(all.stream().map(ApiKey::apiKeyId).toList()).containsExactly("id-0", "id-1", "id-2", "id-3", "id-4");
    assertThat(offsetsAndLimits()).containsExactly("0/2", "2/2", "4/2");
    List<Page<ApiKey>> pages = new ArrayList<>();
    all.pages().forEach(pages::add);
    assertThat(pages).extracting(p -> p.data().size()).containsExactly(2, 2, 1);
    assertThat(pages.get(2).total()).hasValue(5);
  }

  @Test
  void aServiceThatCapsThePageSizeIsStillFollowedToTheEnd() {
    // asked for 10 per page, the service answers 2 at a time but says more follow
    page(0, 0, 2, 2);
    page(2, 2, 4, 4);
    page(4, 4, 5, null);
    List<ApiKey> all = new ArrayList<>();
    wm.client().apiKeys().listAll(ApiKeyListParams.builder().limit(10).build()).forEach(all::add);
    assertThat(all).hasSize(5);
    assertThat(offsetsAndLimits()).containsExactly("0/10", "2/10", "4/10");
  }

  @Test
  void listAllStartsAtTheGivenOffsetAndUsesTheConfiguredPageSize() {
    page(2, 2, 4, 4);
    page(4, 4, 5, null);
    try (AirsMgmtClient small = wm.newClient(o -> o.pageSize(2))) {
      assertThat(small.apiKeys().listAll(ApiKeyListParams.builder().offset(2).build()).stream().count()).isEqualTo(3);
    }
    assertThat(offsetsAndLimits()).containsExactly("2/2", "4/2");
  }

  @Test
  void asyncListAllPagesTheSameWay() {
    page(0, 0, 2, 2);
    page(2, 2, 4, 4);
    page(4, 4, 5, null);
    List<ApiKey> all = wm.client().async().apiKeys().listAll(ApiKeyListParams.builder().limit(2).build())
        .toList().join();
    assertThat(all).extracting(ApiKey::apiKeyId).containsExactly("id-0", "id-1", "id-2", "id-3", "id-4");
    assertThat(offsetsAndLimits()).containsExactly("0/2", "2/2", "4/2");
  }

  @Test
  void everyOffsetListHasAPagerOverItsItems() {
    wm.server().stubFor(get(urlPathEqualTo("/aisec/v1/mgmt/customerapps")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"customer_apps\":[{\"customer_appId\":\"a\",\"tsg_id\":\"1\",\"app_name\":\"x\","
            + "\"cloud_provider\":\"AWS\",\"environment\":\"dev\"}]}")));
    AutoPager<CustomerAppWithApiKeys> apps = wm.client().customerApps().listAll(CustomerAppListParams.none());
    assertThat(apps.stream().map(CustomerAppWithApiKeys::appName).toList()).containsExactly("x");
    assertThat(wm.client().aiSecurityProfiles().listAll()).isNotNull();
    assertThat(wm.client().customTopics().listAll()).isNotNull();
    assertThat(wm.client().async().customTopics().listAll()).isNotNull();
  }

  @Test
  void dynamicListAllPagesTheWrapperLikeTheTypedPager() {
    page(0, 0, 2, 2);
    page(2, 2, 4, 4);
    page(4, 4, 5, null);
    AutoPager<JsonNode> all = wm.client().dynamic().listAll("apiKey", "list", Map.of("limit", 2));
    assertThat(wm.apiRequests()).as("lazy: nothing fetched yet").isEmpty();
    assertThat(all.stream().map(n -> n.path("api_key_id").asText()).toList())
        .containsExactly("id-0", "id-1", "id-2", "id-3", "id-4");
    assertThat(offsetsAndLimits()).containsExactly("0/2", "2/2", "4/2");
  }
}
