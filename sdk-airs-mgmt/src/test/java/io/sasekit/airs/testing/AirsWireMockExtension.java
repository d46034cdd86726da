package io.sasekit.airs.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.core.ClientOptions;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs an {@link AirsWireMock} and one client aimed at it for a test class: both start before all
 * tests, the server is {@linkplain AirsWireMock#reset() reset} before each test, and both close after
 * all tests. Register it on a {@code static} field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AirsWireMockExtension wm = new AirsWireMockExtension();
 * }</pre>
 */
public final class AirsWireMockExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private AirsWireMock wireMock;
  private AirsMgmtClient client;

  @Override
  public void beforeAll(ExtensionContext context) {
    wireMock = new AirsWireMock();
    client = wireMock.client();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    client.close();
    wireMock.close();
    client = null;
    wireMock = null;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    wireMock().reset();
  }

  /** The running server; fails outside the test class's lifetime. */
  public AirsWireMock wireMock() {
    if (wireMock == null) {
      throw new IllegalStateException("the WireMock server runs only while the test class executes");
    }
    return wireMock;
  }

  /** The class's client aimed at the server (closed by the extension). */
  public AirsMgmtClient client() {
    wireMock();
    return client;
  }

  /** A further client aimed at the server, with option changes; the caller closes it. */
  public AirsMgmtClient newClient(Consumer<ClientOptions.Builder> more) {
    return wireMock().client(more);
  }

  /** See {@link AirsWireMock#server()}. */
  public WireMockServer server() {
    return wireMock().server();
  }

  /** See {@link AirsWireMock#apiRequests()}. */
  public List<LoggedRequest> apiRequests() {
    return wireMock().apiRequests();
  }

  /** See {@link AirsWireMock#tokenRequests()}. */
  public List<LoggedRequest> tokenRequests() {
    return wireMock().tokenRequests();
  }
}
