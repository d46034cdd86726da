package io.sasekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class HttpTransportHeadersTest {

  @Test
  void namesAreLowerCasedAndRepeatedOnesKeepEveryValueInOrder() {
    Map<String, List<String>> h = HttpTransport.headers(
        Headers.of("Content-Type", "application/json", "X-Request-Id", "r1", "Set-Cookie", "a=1", "set-cookie", "b=2"));
    assertThat(h).containsOnlyKeys("content-type", "x-request-id", "set-cookie");
    assertThat(h.get("set-cookie")).containsExactly("a=1", "b=2");
    assertThat(h.get("content-type")).containsExactly("application/json");
    assertThatThrownBy(() -> h.put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.get("set-cookie").add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void noHeadersIsAnEmptyMap() {
    assertThat(HttpTransport.headers(Headers.of())).isEmpty();
  }
}
