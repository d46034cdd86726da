package io.sasekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.ApiKeyCredential;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A query array with {@code "explode": false} travels as one value with literal commas. */
class ExplodeFalseQueryTest {
  private static final String REGISTRY = "{\"api\":\"t\",\"title\":\"t\",\"defaultBaseUrl\":\"https://h\","
      + "\"schemas\":{},\"operations\":[{\"resource\":\"r\",\"operation\":\"q\",\"method\":\"GET\",\"path\":\"/q\","
      + "\"parameters\":["
      + "{\"name\":\"ids\",\"in\":\"query\",\"required\":true,\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
      + "{\"name\":\"tags\",\"in\":\"query\",\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}],"
      + "\"response\":{\"shape\":\"any\"}}]}";

  private static String url(Arguments args) throws Exception {
    JsonNode root = JsonMapper.shared().readTree(REGISTRY);
    OperationSpec op = OperationRegistry.fromJson(root).require("r", "q");
    ClientOptions options = ClientOptions.builder().apiKey(ApiKeyCredential.apiKey("k-123456"))
        .baseUrl("https://h").build();
    return new WireRequestFactory(options, JsonMapper.shared()).build(op, args, RequestOptions.none()).url();
  }

  @Test
  void explodeFalse_joinsWithLiteralCommas_eachValueEncoded_explodeTrueRepeatsTheName() throws Exception {
    JsonNode root = JsonMapper.shared().readTree(REGISTRY);
    assertThat(OperationRegistry.fromJson(root).require("r", "q").parameter("ids").orElseThrow().explode()).isFalse();
    assertThat(OperationRegistry.fromJson(root).require("r", "q").parameter("tags").orElseThrow().explode()).isTrue();

    assertThat(url(Arguments.builder().param("ids", List.of("a1", "b 2", "c,3")).param("tags", List.of("x", "y")).build()))
        .isEqualTo("https://h/q?ids=a1,b%202,c%2C3&tags=x&tags=y");
    assertThat(url(Arguments.builder().param("ids", List.of("only")).build())).isEqualTo("https://h/q?ids=only");
  }
}
