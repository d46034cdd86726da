package io.sasekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ErrorResponses#retryAfter}: the wait an error body names. The AIRS scan API declares its
 * 429 as {@code {"error": {"message", "retry_after": {"interval": 5, "unit": "minute"}}}}; the same
 * member at the top level, in an error array's entry, or as plain seconds is read too.
 */
class ErrorBodyRetryAfterTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"error\":{\"message\":\"Request exceeds limit\",\"retry_after\":{\"interval\":5,\"unit\":\"minute\"}}} | PT5M",
      "{\"retry_after\":{\"interval\":30,\"unit\":\"Seconds\"}} | PT30S",
      "{\"_errors\":[{\"code\":\"E429\",\"retry_after\":{\"interval\":2,\"unit\":\"hours\"}}]} | PT2H",
      "{\"retry_after\":{\"interval\":\"250\",\"unit\":\"ms\"}} | PT0.25S",
      "{\"retry_after\":{\"interval\":7}} | PT7S",
      "{\"retry_after\":12} | PT12S",
      "{\"retry_after\":{\"interval\":-3,\"unit\":\"minute\"}} | PT0S",
      // none it can read: no wait
      "{\"error\":{\"message\":\"Request exceeds limit\"}} | ",
      "{\"retry_after\":{\"interval\":5,\"unit\":\"fortnight\"}} | ",
      "{\"retry_after\":{\"unit\":\"minute\"}} | ",
      "{\"retry_after\":\"soon\"} | ",
      "<html>retry_after</html> | ",
      "{\"retry_after\": | ",
  })
  void readsTheWaitTheBodyNames(String body, String expected) {
    assertThat(ErrorResponses.retryAfter(body))
        .isEqualTo(expected == null ? Optional.empty() : Optional.of(Duration.parse(expected)));
  }
}
