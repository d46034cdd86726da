package io.sasekit.core.internal;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.retry.RetryPolicy;
import io.sasekit.core.retry.Sleeper;
import io.sasekit.core.transport.Transport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The request pipeline of one client, assembled once when the client is built:
 *
 * <pre>
 *   logging (WireLogger, redacted)
 *     -> authentication (TokenProvider: bearer per attempt, one refresh on 401)
 *       -> retry (RetryPolicy + Sleeper, bounded by the call's budget)
 *         -> transport (Transport: OkHttp by default, or the caller's)
 * </pre>
 *
 * Each stage is one pluggable object; {@link RetryingCall} runs a call through them. Replacing the
 * transport or the retry policy is a matter of {@link ClientOptions}, not of this class.
 *
 * @param transport sends one request (possibly wrapped by the options' customizer)
 * @param tokens the bearer source
 * @param policy what is retried and after how long
 * @param sleeper how the pipeline waits
 * @param wire the logger of every exchange
 * @param defaultBudget the bound of a call without its own {@code RequestOptions.timeout}
 */
public record Pipeline(Transport transport, TokenProvider tokens, RetryPolicy policy,
    Sleeper sleeper, WireLogger wire, Duration defaultBudget) {

  /** The pipeline for {@code options} over {@code transport} and {@code tokens}. */
  static Pipeline assemble(ClientOptions options, Transport transport, TokenProvider tokens,
      Sleeper sleeper) {
    RetryPolicy policy = options.retryPolicy().orElseGet(() -> RetryPolicy.from(options));
    return new Pipeline(transport, tokens, policy, sleeper,
        new WireLogger(new Redactor(List.of(options.clientSecret(),
            options.apiKey().map(k -> k.headerValue()).orElse("")))), options.totalTimeout());
  }

  /** Runs {@code request} blocking; see {@link RetryingCall#run()}. */
  WireResponse send(WireRequest request, RequestOptions ro) {
    return newCall(request, ro).run();
  }

  /** Runs {@code request} blocking, a 2xx body left open; see {@link RetryingCall#runStreamed()}. */
  WireResponse sendStreamed(WireRequest request, RequestOptions ro) {
    return newCall(request, ro).runStreamed();
  }

  /** Runs {@code request} without blocking; see {@link RetryingCall#runAsync()}. */
  CompletableFuture<WireResponse> sendAsync(WireRequest request, RequestOptions ro) {
    return newCall(request, ro).runAsync();
  }

  private RetryingCall newCall(WireRequest request, RequestOptions ro) {
    RetryPolicy p = ro.maxRetries().map(policy::withMaxRetries).orElse(policy);
    return new RetryingCall(this, p, request, ro.timeout().orElse(defaultBudget));
  }
}
