package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the simulator answers: a status, headers and a body, or an abrupt connection close. */
public final class SimResponse {
  private static final SimResponse RESET = new SimResponse(-1, Map.of(), new byte[0]);

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private SimResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** A JSON answer. */
  public static SimResponse json(int status, JsonNode body) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("Content-Type", List.of("application/json; charset=utf-8"));
    return new SimResponse(status, h, Json.write(body).getBytes(StandardCharsets.UTF_8));
  }

  /** An answer without a body. */
  public static SimResponse empty(int status) {
    return new SimResponse(status, new LinkedHashMap<>(), new byte[0]);
  }

  /** The connection is closed without any answer. */
  public static SimResponse reset() {
    return RESET;
  }

  /** A copy with one more header. */
  public SimResponse withHeader(String name, String value) {
    if (this == RESET) {
      return this;
    }
    Map<String, List<String>> h = new LinkedHashMap<>(headers);
    h.put(name, List.of(value));
    return new SimResponse(status, h, body);
  }

  /** Whether this is the abrupt-close marker. */
  public boolean isReset() {
    return this == RESET;
  }

  /** The HTTP status ({@code -1} for a reset). */
  public int status() {
    return status;
  }

  /** Response headers. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body bytes (empty when none). */
  public byte[] body() {
    return body.clone();
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
