package io.sasekit.scm;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.transport.Transport;
import io.sasekit.core.transport.TransportRequest;
import io.sasekit.core.transport.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Targets the old host ({@link #OLD_HOST}, {@code https://api.sase.paloaltonetworks.com}) with the old
 * {@code /sse/config/v1} paths: the second server every unified SCM file but setup declares
 * ({@code .../sse/config/v1/mobile-agent} for the mobile-agent file).
 *
 * <pre>{@code
 * ScmClient client = ScmClient.builder().fromEnv().options(LegacyHost.options()).build();
 * client.addresses().list(...);   // GET https://api.sase.paloaltonetworks.com/sse/config/v1/addresses
 * }</pre>
 *
 * <p>Each operation's path keeps its tail and trades its file's base path for the file's old one
 * ({@link #BASE_PATHS}, read from the servers each spec file declares, which the generator records in
 * the SCM registry: a new spec file needs no change here). The setup file ({@code /config/setup/v1}: folders, snippets, devices,
 * labels, variables, ...) declares only the new host, so on this client its operations fail before
 * the API request is sent (the rewrite sits below authentication: the access token is obtained
 * first, so an unreachable token endpoint fails the call with its {@code TokenException}) with a
 * {@link ConfigurationException} naming the operation's path (use a second client on
 * the default host for them). {@code baseUrl(...)} or {@code PANW_BASE_URL}, when given, still win
 * over {@link #OLD_HOST} (a proxy, a test server): the paths are rewritten all the same. The
 * rewrite is a transport decorator: it replaces a {@code transportCustomizer} set before it, and
 * the SDK's log lines and error messages name the unified path the client built ({@code GET
 * /config/objects/v1/addresses/7}), while the request travels to the old one (the decorator sits below
 * the pipeline).
 */
public final class LegacyHost {
  /**
   * The old host: scheme and host of the second server of the first unified file that declares one
   * ({@code https://api.sase.paloaltonetworks.com}).
   */
  public static final String OLD_HOST;

  /**
   * New base path of each unified file (its first server's path) and its old one (its second
   * server's path); {@code null} for a file that declares no second server (setup). Built from the
   * servers of each spec file in the SCM registry ({@link io.sasekit.core.operation.OperationRegistry#specServers()}).
   */
  public static final Map<String, String> BASE_PATHS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    String oldHost = null;
    for (Map.Entry<String, List<String>> file : ScmOperations.registry().specServers().entrySet()) {
      List<String> servers = file.getValue();
      if (servers.isEmpty()) {
        continue;
      }
      String second = null;
      if (servers.size() > 1) {
        URI old = URI.create(servers.get(1));
        second = old.getPath();
        if (oldHost == null) {
          oldHost = old.getScheme() + "://" + old.getHost();
        }
      }
      m.put(URI.create(servers.get(0)).getPath(), second);
    }
    BASE_PATHS = Collections.unmodifiableMap(m);
    OLD_HOST = oldHost;
  }

  private LegacyHost() {}

  /**
   * The builder option: old host by default, old paths always.
   *
   * @return a modifier for {@code ScmClient.builder().options(...)}
   */
  public static Consumer<ClientOptions.Builder> options() {
    return o -> o.defaultBaseUrl(OLD_HOST).transportCustomizer(OldPaths::new);
  }

  /**
   * The old path of a request path of the unified API.
   *
   * @param path a request path such as {@code /config/objects/v1/addresses}, possibly behind a base
   *     URL's own path prefix
   * @return the old path, e.g. {@code /sse/config/v1/addresses}; the path unchanged when it is not one
   *     of the unified API's
   * @throws ConfigurationException for a setup path (no old server)
   */
  public static String oldPath(String path) {
    for (Map.Entry<String, String> e : BASE_PATHS.entrySet()) {
      int at = path.indexOf(e.getKey());
      int end = at + e.getKey().length();
      if (at >= 0 && (end == path.length() || path.charAt(end) == '/')) {
        if (e.getValue() == null) {
          throw new ConfigurationException("baseUrl", path.substring(at)
              + ": the setup API (" + e.getKey() + ") is served by the new host only (its spec file declares no"
              + " second server); use a client on " + ScmOperations.DEFAULT_BASE_URL + " for it");
        }
        return path.substring(0, at) + e.getValue() + path.substring(end);
      }
    }
    return path;
  }

  /** Rewrites request paths to the old ones; other URLs (the token endpoint) pass unchanged. */
  private static final class OldPaths implements Transport {
    private final Transport next;

    OldPaths(Transport next) {
      this.next = next;
    }

    private static TransportRequest rewrite(TransportRequest r) {
      URI u = URI.create(r.url());
      String rawPath = u.getRawPath();
      String newPath = oldPath(rawPath);
      if (newPath.equals(rawPath)) {
        return r;
      }
      String prefix = r.url().substring(0, r.url().indexOf(rawPath, r.url().indexOf("//") + 2));
      String url = prefix + newPath + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      return new TransportRequest(r.method(), url, r.headers(), r.body(), r.contentType(), r.timeout());
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException {
      return next.execute(rewrite(request));
    }

    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
      try {
        return next.executeAsync(rewrite(request));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }

    @Override
    public void close() {
      next.close();
    }
  }
}
