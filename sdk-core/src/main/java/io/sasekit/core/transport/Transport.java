package io.sasekit.core.transport;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request and reads its whole answer; the only place the SDK touches HTTP. It
 * neither retries, nor authenticates, nor follows redirects: the pipeline above it does that
 * (the {@code Authorization} header arrives in {@link TransportRequest#headers()}).
 * Implementations must be thread-safe.
 *
 * <p>The SDK's default is backed by OkHttp. A caller may supply another ({@link
 * io.sasekit.core.ClientOptions.Builder#transport}) or wrap the default one ({@link
 * io.sasekit.core.ClientOptions.Builder#transportCustomizer}), e.g. to count or record exchanges.
 */
public interface Transport extends AutoCloseable {
  /**
   * Sends {@code request}, blocking until the whole answer is read.
   *
   * @throws IOException when no complete answer arrived (connect failure, reset, timeout)
   */
  TransportResponse execute(TransportRequest request) throws IOException;

  /**
   * Sends {@code request} without blocking the caller. The future completes with the answer or
   * fails with the {@link IOException}; cancelling it cancels the exchange.
   */
  CompletableFuture<TransportResponse> executeAsync(TransportRequest request);

  /** Releases what this transport owns (connections, threads). The default does nothing. */
  @Override
  default void close() {}
}
