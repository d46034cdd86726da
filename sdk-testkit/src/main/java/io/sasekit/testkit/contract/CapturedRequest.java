package io.sasekit.testkit.contract;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as WireMock received it: method, raw path, query (decoded, every value kept, in wire
 * order), headers and body text.
 *
 * @param method the HTTP method
 * @param path the raw (still percent-encoded) path
 * @param query the decoded query parameters, in wire order
 * @param headers the headers
 * @param body the body text, or {@code null}
 */
public record CapturedRequest(String method, String path, Map<String, List<String>> query,
    Map<String, List<String>> headers, String body) {

  /** The request WireMock logged. */
  public static CapturedRequest of(LoggedRequest r) {
    String url = r.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0 && q + 1 < url.length()) {
      for (String pair : url.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader h : r.getHeaders().all()) {
      headers.put(h.key(), List.copyOf(h.values()));
    }
    String body = r.getBody() == null || r.getBody().length == 0 ? null : r.getBodyAsString();
    return new CapturedRequest(r.getMethod().getName(), path, query, headers, body);
  }

  private static String decode(String s) {
    // as the service's front end reads a query string: percent-escapes, and '+' as a space
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The first value of a header (name compared ignoring case), or {@code null}. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /** Whether the body is JSON (by its content type). */
  public boolean isJson() {
    String type = header("Content-Type");
    return type != null && type.contains("json");
  }

  @Override
  public String toString() {
    return method + " " + path + " query=" + query + " content-type=" + header("Content-Type")
        + (body == null ? "" : " body=" + body);
  }
}
