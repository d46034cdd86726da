package io.sasekit.codegen.resolve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * {@link Downloader} over {@code java.net.http}: follows redirects, fails on a non-2xx status, and
 * goes through the proxy its {@link ProxySelector} picks (by default the JVM's, which honours
 * {@code -Dhttps.proxyHost}, {@code -Dhttps.proxyPort} and {@code -Dhttp.nonProxyHosts}).
 */
public final class HttpDownloader implements Downloader {
  private final ProxySelector proxies;
  private final HttpClient client;

  /** Uses the JVM's default proxy selector. */
  public HttpDownloader() {
    this(ProxySelector.getDefault());
  }

  /**
   * Uses {@code proxies} to pick a proxy per URL.
   *
   * @param proxies the selector ({@code null}: always direct)
   */
  public HttpDownloader(ProxySelector proxies) {
    this.proxies = proxies;
    HttpClient.Builder b =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20));
    if (proxies != null) {
      b.proxy(proxies);
    }
    this.client = b.build();
  }

  /**
   * A selector that sends every URL whose host is not in {@code nonProxyHosts} through
   * {@code host:port} (Maven's {@code settings.xml} proxy).
   *
   * @param host the proxy host
   * @param port the proxy port
   * @param nonProxyHosts {@code |}-separated host patterns ({@code *} wildcards), may be null
   * @return the selector
   */
  public static ProxySelector fixedProxy(String host, int port, String nonProxyHosts) {
    Objects.requireNonNull(host, "host");
    Proxy proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    return new ProxySelector() {
      @Override
      public List<Proxy> select(URI uri) {
        return bypassed(uri.getHost(), nonProxyHosts) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
      }

      @Override
      public void connectFailed(URI uri, java.net.SocketAddress sa, IOException ioe) {
        // nothing to remember
      }
    };
  }

  static boolean bypassed(String host, String nonProxyHosts) {
    if (host == null || nonProxyHosts == null || nonProxyHosts.isBlank()) {
      return false;
    }
    for (String pattern : nonProxyHosts.split("[|,]")) {
      String regex = pattern.strip().replace(".", "\\.").replace("*", ".*");
      if (!regex.isEmpty() && host.matches("(?i)" + regex)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void download(String url, Path target) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    HttpResponse<Path> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofFile(target));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + url, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode() + " from " + url);
    }
  }

  @Override
  public String route(String url) {
    if (proxies == null) {
      return "direct (no proxy)";
    }
    try {
      List<Proxy> chosen = proxies.select(URI.create(url));
      if (chosen == null || chosen.isEmpty() || chosen.get(0).type() == Proxy.Type.DIRECT) {
        return "direct (no proxy)";
      }
      Proxy p = chosen.get(0);
      if (p.address() instanceof InetSocketAddress a) {
        return "proxy " + a.getHostString() + ":" + a.getPort();
      }
      return "proxy " + p;
    } catch (RuntimeException e) {
      return "unknown route (" + e.getClass().getSimpleName() + ")";
    }
  }
}
