package io.sasekit.testkit;

import io.sasekit.core.ClientOptions;
import java.time.Duration;

/**
 * Client options for tests against a mock server on loopback: its base URL and token endpoint, the
 * given test credentials, a fixed tenant, no retries and short timeouts.
 */
public final class LoopbackOptions {
  /** The tenant (TSG) id the options carry. */
  public static final String TSG_ID = "1234567890";

  private LoopbackOptions() {}

  /**
   * Sets the loopback options on {@code o}.
   *
   * @param o the builder
   * @param baseUrl the mock server's base URL, e.g. {@code http://127.0.0.1:8089}
   * @param tokenPath the path of its token endpoint
   * @param clientId the test client id
   * @param clientSecret the test client secret
   * @return the builder
   */
  public static ClientOptions.Builder apply(ClientOptions.Builder o, String baseUrl, String tokenPath, String clientId,
      String clientSecret) {
    return o.clientId(clientId)
        .clientSecret(clientSecret)
        .tsgId(TSG_ID)
        .baseUrl(baseUrl)
        .tokenUrl(baseUrl + tokenPath)
        .maxRetries(0)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(10))
        .callTimeout(Duration.ofSeconds(20));
  }
}
