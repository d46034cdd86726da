package io.sasekit.core.internal;

import io.sasekit.core.transport.Transport;
import io.sasekit.core.transport.TransportRequest;
import io.sasekit.core.transport.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Sends a {@link WireRequest} through a {@link Transport}: adds the bearer, maps the answer. */
final class WireExchange {
  private WireExchange() {}

  /** Blocking exchange; {@code bearer} may be {@code null}, {@code timeout} too. */
  static WireResponse send(Transport transport, WireRequest request, String bearer, Duration timeout)
      throws IOException {
    return toWire(transport.execute(toTransport(request, bearer, timeout)));
  }

  /**
   * Blocking exchange whose 2xx body stays open ({@link WireResponse#stream()}) when the transport
   * is the SDK's own; another transport's answer is read whole, as by {@link #send}.
   */
  static WireResponse sendStreamed(Transport transport, WireRequest request, String bearer, Duration timeout)
      throws IOException {
    if (transport instanceof HttpTransport) {
      return ((HttpTransport) transport).executeStreamed(toTransport(request, bearer, timeout));
    }
    return send(transport, request, bearer, timeout);
  }

  /** Non-blocking exchange; cancelling the returned future cancels the exchange. */
  static CompletableFuture<TransportResponse> sendAsync(
      Transport transport, WireRequest request, String bearer, Duration timeout) {
    try {
      return transport.executeAsync(toTransport(request, bearer, timeout));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  static WireResponse toWire(TransportResponse r) {
    return WireResponse.of(r);
  }

  private static TransportRequest toTransport(WireRequest request, String bearer, Duration timeout) {
    List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
    if (bearer != null && !bearer.isEmpty()) { // empty: an API-key client, its header is in the request
      headers.add(Map.entry("Authorization", "Bearer " + bearer));
    }
    return new TransportRequest(request.method(), request.url(), headers, request.body(),
        request.contentType(), timeout);
  }
}
