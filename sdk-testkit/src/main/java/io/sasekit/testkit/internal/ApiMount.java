package io.sasekit.testkit.internal;

import io.sasekit.core.operation.OperationRegistry;
import java.net.URI;
import java.util.Locale;

/**
 * A registry served under a path prefix (e.g. {@code /aisec} for the AIRS API, whose default base
 * URL carries that path) with the error shape of its service.
 *
 * @param registry the operations
 * @param prefix path prefix without a trailing slash ("" for none)
 * @param dialect error body shape and behaviour family
 */
public record ApiMount(OperationRegistry registry, String prefix, ErrorDialect dialect) {

  /** Canonical constructor: normalises the prefix. */
  public ApiMount {
    prefix = normalisePrefix(prefix);
  }

  /** A mount with the prefix taken from the registry's default base URL and a guessed dialect. */
  public static ApiMount of(OperationRegistry registry) {
    return new ApiMount(registry, prefixOf(registry.defaultBaseUrl()), dialectOf(registry.api()));
  }

  /** The path component of a base URL ("" when none). */
  public static String prefixOf(String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      return "";
    }
    try {
      String p = URI.create(baseUrl).getPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** AIRS for an API named like {@code airs-*}, SCM otherwise. */
  public static ErrorDialect dialectOf(String api) {
    return api != null && api.toLowerCase(Locale.ROOT).contains("airs") ? ErrorDialect.AIRS : ErrorDialect.SCM;
  }

  /** Removes a trailing slash, adds a leading one. */
  public static String normalisePrefix(String prefix) {
    if (prefix == null || prefix.isBlank() || prefix.equals("/")) {
      return "";
    }
    String p = prefix.startsWith("/") ? prefix : "/" + prefix;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /** The API's short name. */
  public String api() {
    return registry.api();
  }
}
