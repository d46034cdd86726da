package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTTP request as the simulator sees it: decoded path, parsed query, lower-case headers. */
public final class SimRequest {
  private final String method;
  private final String rawPath;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private JsonNode json;
  private boolean jsonParsed;
  private RuntimeException jsonError;

  /**
   * Creates a request.
   *
   * @param method upper-case method
   * @param rawPath the path as sent (percent-encoded)
   * @param rawQuery the query string as sent, or {@code null}
   * @param headers header values by name (any case)
   * @param body the body as UTF-8 text ("" when none)
   */
  public SimRequest(
      String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath;
    this.path = decodePath(rawPath);
    this.rawQuery = rawQuery;
    this.query = Collections.unmodifiableMap(parseForm(rawQuery));
    Map<String, List<String>> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(h);
    this.body = body == null ? "" : body;
  }

  /** Parses {@code a=1&b=2&a=3} (form or query encoding) into a multi-map, keeping order. */
  public static Map<String, List<String>> parseForm(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String decodePath(String raw) {
    // '+' is literal in a path; only %XX escapes are decoded
    return decode(raw.replace("+", "%2B"));
  }

  /** Decodes one percent-encoded path segment. */
  public static String decodeSegment(String raw) {
    return decodePath(raw);
  }

  /** Upper-case method. */
  public String method() {
    return method;
  }

  /** The path as sent (percent-encoded). */
  public String rawPath() {
    return rawPath;
  }

  /** The decoded path. */
  public String path() {
    return path;
  }

  /** The raw query string, or {@code null}. */
  public String rawQuery() {
    return rawQuery;
  }

  /** Query parameters (decoded). */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The first value of a query parameter. */
  public Optional<String> param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Headers by lower-case name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (name in any case). */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The body text. */
  public String body() {
    return body;
  }

  /** Whether a non-blank body was sent. */
  public boolean hasBody() {
    return !body.isBlank();
  }

  /**
   * The body as JSON, or {@code null} when there is none.
   *
   * @throws IllegalArgumentException when the body is not valid JSON
   */
  public synchronized JsonNode json() {
    if (!jsonParsed) {
      jsonParsed = true;
      if (hasBody()) {
        try {
          json = Json.MAPPER.readTree(body);
        } catch (Exception e) {
          jsonError = new IllegalArgumentException("malformed JSON body: " + e.getMessage(), e);
        }
      }
    }
    if (jsonError != null) {
      throw jsonError;
    }
    return json;
  }
}
