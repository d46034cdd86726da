package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny JDK HttpClient wrapper for talking to the simulator in tests. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private String token;

  Http(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** A client for the simulator's API with a freshly issued token. */
  static Http api(PrismaAccessSimulator sim) {
    return new Http(sim.baseUrl(), sim.issueToken());
  }

  /** A client for the simulator's AIRS API with a freshly issued token. */
  static Http airs(PrismaAccessSimulator sim) {
    return new Http(sim.airsBaseUrl(), sim.issueToken());
  }

  /** {@link #api(PrismaAccessSimulator)} for the simulator an extension runs. */
  static Http api(SimulatorExtension sim) {
    return api(sim.simulator());
  }

  /** {@link #airs(PrismaAccessSimulator)} for the simulator an extension runs. */
  static Http airs(SimulatorExtension sim) {
    return airs(sim.simulator());
  }

  Http withToken(String token) {
    return new Http(base, token);
  }

  /** One answer. */
  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return body.isBlank() ? null : JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  Reply send(String method, String path, String json) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(b.build());
  }

  Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The client-credentials exchange, as an SDK would send it. */
  static Reply token(PrismaAccessSimulator sim, String clientId, String secret, String scope) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    return new Http(sim.baseUrl(), null).exchange(req);
  }

  /** {@link #token(PrismaAccessSimulator, String, String, String)} against the simulator an extension runs. */
  static Reply token(SimulatorExtension sim, String clientId, String secret, String scope) {
    return token(sim.simulator(), clientId, secret, scope);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
