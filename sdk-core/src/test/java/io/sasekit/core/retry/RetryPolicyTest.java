package io.sasekit.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.ClientOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static DefaultRetryPolicy policy(double random) {
    return RetryPolicy.builder().maxRetries(3).clock(CLOCK).random(() -> random).build();
  }

  private static Map<String, List<String>> retryAfter(String value) {
    return Map.of("Retry-After", List.of(value));
  }

  @Test
  void backoffStaysWithinFullJitterBounds() {
    Random seeded = new Random(42);
    DefaultRetryPolicy p = RetryPolicy.builder().random(seeded::nextDouble).build();
    for (int n = 0; n < 12; n++) {
      Duration bound = Duration.ofSeconds(Math.min(30, 1L << n));
      assertThat(p.backoffBound(n)).isEqualTo(bound);
      for (int i = 0; i < 200; i++) {
        Duration d = p.backoff(n);
        assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO).isLessThanOrEqualTo(bound);
      }
    }
  }

  @Test
  void backoffUsesTheInjectedRandomSource() {
    assertThat(policy(0.0).backoff(2)).isEqualTo(Duration.ZERO);
    assertThat(policy(0.5).backoff(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy(0.5).backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy(0.999999).backoff(40)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(policy(0.5).backoffBound(100)).isEqualTo(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE"})
  void idempotentMethodsRetryNetworkErrors429And5xx(String method) {
    DefaultRetryPolicy p = policy(0.5);
    assertThat(p.onFailure(method, new SocketTimeoutException("read timed out"), 0).retry()).isTrue();
    assertThat(p.onFailure(method, new SocketException("Connection reset"), 0).retry()).isTrue();
    assertThat(p.onFailure(method, new ConnectException("refused"), 0).retry()).isTrue();
    for (int status : new int[] {429, 500, 502, 503, 504}) {
      RetryPolicy.Decision d = p.onResponse(method, status, Map.of(), 1);
      assertThat(d.retry()).as("status %s", status).isTrue();
      assertThat(d.delay()).isEqualTo(Duration.ofSeconds(1)); // 0.5 * 2^1 s
    }
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 301}) {
      assertThat(p.onResponse(method, status, Map.of(), 0).retry()).as("status %s", status).isFalse();
    }
  }

  @Test
  void postIsRetriedOnlyWhenItNeverReachedTheServer() {
    DefaultRetryPolicy p = policy(0.5);
    assertThat(p.onFailure("POST", new ConnectException("Connection refused"), 0).retry()).isTrue();
    assertThat(p.onFailure("POST", new UnknownHostException("nope.invalid"), 0).retry()).isTrue();
    assertThat(p.onFailure("POST", new IOException("wrapped", new ConnectException("x")), 0).retry()).isTrue();
    assertThat(p.onFailure("POST", new SocketTimeoutException("timeout"), 0).retry()).isFalse();
    assertThat(p.onFailure("POST", new InterruptedIOException("timeout"), 0).retry()).isFalse();
    assertThat(p.onFailure("POST", new SocketException("Connection reset"), 0).retry()).isFalse();
    assertThat(p.onFailure("PATCH", new SocketException("Connection reset"), 0).retry()).isFalse();
  }

  @Test
  void postIsRetriedOn429And503OnlyWithRetryAfter() {
    DefaultRetryPolicy p = policy(0.5);
    assertThat(p.onResponse("POST", 429, Map.of(), 0).retry()).isFalse();
    assertThat(p.onResponse("POST", 503, Map.of(), 0).retry()).isFalse();
    assertThat(p.onResponse("POST", 500, retryAfter("1"), 0).retry()).isFalse();
    assertThat(p.onResponse("POST", 502, Map.of(), 0).retry()).isFalse();
    RetryPolicy.Decision d = p.onResponse("POST", 429, retryAfter("7"), 0);
    assertThat(d.retry()).isTrue();
    assertThat(d.delay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(p.onResponse("POST", 503, retryAfter("2"), 0).delay()).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.onResponse("POST", 429, retryAfter("soon"), 0).retry()).isFalse();
  }

  @Test
  void retryAfterInSecondsAndHttpDateFormRelativeToTheClock() {
    DefaultRetryPolicy p = policy(0.5);
    assertThat(p.retryAfter(retryAfter("120"))).contains(Duration.ofSeconds(120));
    assertThat(p.retryAfter(retryAfter(" 0 "))).contains(Duration.ZERO);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(NOW.plusSeconds(45), ZoneOffset.UTC));
    assertThat(p.retryAfter(retryAfter(date))).contains(Duration.ofSeconds(45));
    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.ofInstant(NOW.minusSeconds(45), ZoneOffset.UTC));
    assertThat(p.retryAfter(retryAfter(past))).contains(Duration.ZERO);
    assertThat(p.retryAfter(Map.of("retry-after", List.of("3")))).contains(Duration.ofSeconds(3));
    assertThat(p.retryAfter(retryAfter("garbage"))).isEmpty();
    assertThat(p.retryAfter(Map.of())).isEmpty();
    // GET 429 with an HTTP-date waits exactly that long instead of the backoff
    assertThat(p.onResponse("GET", 429, retryAfter(date), 0).delay()).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void retryAfterIsCappedAtFiveMinutes() {
    DefaultRetryPolicy p = policy(0.5);
    assertThat(p.retryAfter(retryAfter("86400"))).contains(Duration.ofMinutes(5));
    assertThat(p.retryAfter(retryAfter("99999999999999999999999"))).contains(Duration.ofMinutes(5));
    DefaultRetryPolicy custom = p.toBuilder().maxRetryAfter(Duration.ofSeconds(10)).build();
    assertThat(custom.retryAfter(retryAfter("60"))).contains(Duration.ofSeconds(10));
  }

  @Test
  void stopsWhenNoRetriesAreLeft() {
    DefaultRetryPolicy p = policy(0.5);
    assertThat(p.onResponse("GET", 503, Map.of(), 2).retry()).isTrue();
    assertThat(p.onResponse("GET", 503, Map.of(), 3).retry()).isFalse();
    assertThat(p.onFailure("GET", new SocketTimeoutException(), 3).retry()).isFalse();
    DefaultRetryPolicy none = p.withMaxRetries(0);
    assertThat(none.onResponse("GET", 503, Map.of(), 0).retry()).isFalse();
    assertThat(none.maxRetries()).isZero();
    assertThat(p.withMaxRetries(3)).isSameAs(p);
  }

  @Test
  void isBuiltFromClientOptions() {
    ClientOptions o = ClientOptions.builder().clientId("id").clientSecret("secret")
        .defaultBaseUrl("https://api.example.com").maxRetries(5).backoffBase(Duration.ofMillis(10)).backoffCap(Duration.ofMillis(40)).build();
    DefaultRetryPolicy p = RetryPolicy.from(o);
    assertThat(p.maxRetries()).isEqualTo(5);
    assertThat(p.backoffBound(0)).isEqualTo(Duration.ofMillis(10));
    assertThat(p.backoffBound(5)).isEqualTo(Duration.ofMillis(40));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().backoffBase(Duration.ofSeconds(10))
        .backoffCap(Duration.ofSeconds(1)).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.Decision.retry(Duration.ofSeconds(-1), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
