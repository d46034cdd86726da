package io.sasekit.core;

import io.sasekit.core.errors.ConfigurationException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy for API and token calls: host, port, optional {@code user:password}
 * authentication and the hosts that bypass it ({@code NO_PROXY}). Immutable. {@link #toString()}
 * never shows the password.
 *
 * <p>{@link ClientOptions.Builder#fromEnv()} builds one from the standard {@code HTTPS_PROXY}
 * (or {@code https_proxy}) and {@code NO_PROXY} (or {@code no_proxy}) variables, e.g. {@code
 * HTTPS_PROXY=http://user:pa%40ss@proxy.corp:3128} and {@code NO_PROXY=localhost,.internal.corp}.
 */
public final class ProxySettings {
  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private final List<String> noProxy;

  private ProxySettings(String host, int port, String username, String password, List<String> noProxy) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.noProxy = List.copyOf(noProxy);
  }

  /**
   * A proxy at {@code host:port}, without authentication.
   *
   * @throws ConfigurationException when the host is blank or the port is outside 1-65535
   */
  public static ProxySettings of(String host, int port) {
    if (host == null || host.isBlank()) {
      throw new ConfigurationException("proxy", "proxy host is required");
    }
    checkPort("proxy", port);
    return new ProxySettings(host.strip(), port, null, null, List.of());
  }

  /**
   * A proxy from a URL such as {@code http://user:password@proxy.corp:3128} (the scheme may be
   * left out; user and password are percent-decoded; the port defaults to 80, or 443 for https).
   *
   * @param field the option or variable named in errors (e.g. {@code HTTPS_PROXY})
   * @throws ConfigurationException naming {@code field} when the URL is malformed; the message
   *     never shows the password
   */
  public static ProxySettings parse(String url, String field) {
    Objects.requireNonNull(url, "url");
    String text = url.strip();
    if (!text.contains("://")) {
      text = "http://" + text;
    }
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(field, field + " is not a valid proxy URL");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ConfigurationException(field, field + " must be an http proxy URL, got scheme '" + scheme + "'");
    }
    if (uri.getHost() == null) {
      throw new ConfigurationException(field, field + " must name a proxy host");
    }
    int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
    checkPort(field, port);
    String user = null;
    String pass = null;
    String info = uri.getRawUserInfo();
    if (info != null && !info.isEmpty()) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      pass = colon < 0 ? "" : decode(info.substring(colon + 1));
    }
    return new ProxySettings(uri.getHost(), port, user, pass, List.of());
  }

  /** A copy that authenticates to the proxy with {@code user:password} (HTTP Basic). */
  public ProxySettings withCredentials(String user, String password) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    return new ProxySettings(host, port, user, password, noProxy);
  }

  /**
   * A copy whose proxy is bypassed for the given hosts: {@code example.com} matches the host and
   * its subdomains, {@code .example.com} only subdomains, {@code *} every host.
   */
  public ProxySettings withNoProxy(List<String> hosts) {
    List<String> clean = new ArrayList<>();
    for (String h : hosts) {
      if (h != null && !h.isBlank()) {
        clean.add(h.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new ProxySettings(host, port, username, password, clean);
  }

  /** Proxy host. */
  public String host() {
    return host;
  }

  /** Proxy port. */
  public int port() {
    return port;
  }

  /** The proxy user, if the proxy takes authentication. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** The proxy password, if the proxy takes authentication. Never log it. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** Hosts that bypass the proxy, as given. */
  public List<String> noProxy() {
    return noProxy;
  }

  /**
   * Whether a request to {@code targetHost} goes direct rather than through the proxy: loopback
   * hosts always do, and hosts matched by {@link #noProxy()}.
   */
  public boolean bypasses(String targetHost) {
    if (targetHost == null) {
      return false;
    }
    if (io.sasekit.core.internal.Loopback.isLoopback(targetHost)) {
      return true;
    }
    String h = targetHost.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    for (String rule : noProxy) {
      if (rule.equals("*")) {
        return true;
      }
      String r = rule.startsWith("*.") ? rule.substring(1) : rule;
      if (r.startsWith(".")) {
        if (h.endsWith(r)) {
          return true;
        }
      } else if (h.equals(r) || h.endsWith("." + r)) {
        return true;
      }
    }
    return false;
  }

  static void checkPort(String field, int port) {
    if (port < 1 || port > 65535) {
      throw new ConfigurationException(field, field + " port must be between 1 and 65535, got " + port);
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProxySettings)) {
      return false;
    }
    ProxySettings p = (ProxySettings) o;
    return host.equals(p.host) && port == p.port && Objects.equals(username, p.username)
        && Objects.equals(password, p.password) && noProxy.equals(p.noProxy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, username, noProxy);
  }

  @Override
  public String toString() {
    return "ProxySettings{" + host + ":" + port
        + (username == null ? "" : ", user=" + username + ", password=****")
        + (noProxy.isEmpty() ? "" : ", noProxy=" + noProxy) + "}";
  }
}
