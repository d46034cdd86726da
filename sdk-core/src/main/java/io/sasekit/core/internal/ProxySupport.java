package io.sasekit.core.internal;

import io.sasekit.core.ProxySettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * Applies {@link ProxySettings} to an OkHttp builder: a selector that sends every host through
 * the proxy except those matched by {@code NO_PROXY}, and, when the proxy takes credentials, a
 * {@code Proxy-Authorization: Basic} answer to its 407 (once; a second 407 is final).
 */
final class ProxySupport {
  private ProxySupport() {}

  static void apply(OkHttpClient.Builder b, ProxySettings settings) {
    Proxy proxy = new Proxy(Proxy.Type.HTTP,
        InetSocketAddress.createUnresolved(settings.host(), settings.port()));
    b.proxySelector(new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return settings.bypasses(uri.getHost()) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to remember: the retry policy decides what happens next
      }

      @Override
      public String toString() {
        return "sasekit proxy selector " + settings;
      }
    });
    if (settings.username().isPresent()) {
      String credential = Credentials.basic(settings.username().get(), settings.password().orElse(""));
      b.proxyAuthenticator((route, response) -> {
        if (response.request().header("Proxy-Authorization") != null) {
          return null; // the proxy refused these credentials: do not loop
        }
        return response.request().newBuilder().header("Proxy-Authorization", credential).build();
      });
    }
  }
}
