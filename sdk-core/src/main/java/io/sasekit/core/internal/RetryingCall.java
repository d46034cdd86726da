package io.sasekit.core.internal;

import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.errors.ApiIoException;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.retry.RetryPolicy;
import io.sasekit.core.transport.TransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call through the {@link Pipeline}: authentication (bearer; one refresh on 401), then the
 * retry loop, then the transport, with every exchange logged by the {@link WireLogger}.
 *
 * <p>The call has a budget (its deadline): the token fetch, every attempt and every wait count
 * against it, nothing is sent once it is spent, and a wait that would pass it ends the call with
 * the last failure. After each attempt the one decision function {@link #decide} says what comes
 * next: done, again after a wait, or fail with which exception. {@link #run()} (blocking) and
 * {@link #runAsync()} (never blocking) are two loops around that same function. Single use.
 */
final class RetryingCall {
  private static final int MAX_REDIRECTS = 5;

  private final Pipeline pipeline;
  private final RetryPolicy policy;
  private final Duration budget;
  private final long deadline; // on the sleeper's clock (System.nanoTime() by default)
  private WireRequest request;
  private boolean streamed; // a 2xx body is left open for the reader (blocking loop only)

  private int attempt;
  private int retries;
  private int redirects;
  private AccessToken rejected; // the token a 401 invalidated
  private WireResponse unauthorized; // that 401

  // async state
  private volatile CompletableFuture<?> inFlight;
  private volatile Runnable pendingWait;

  RetryingCall(Pipeline pipeline, RetryPolicy policy, WireRequest request, Duration budget) {
    this.pipeline = pipeline;
    this.policy = policy;
    this.request = request;
    this.budget = budget;
    this.deadline = pipeline.sleeper().nanoTime() + budget.toNanos();
  }

  /** What comes after an attempt. */
  private record Step(WireResponse done, Duration again, RuntimeException fail) {
    static Step done(WireResponse r) {
      return new Step(r, null, null);
    }

    static Step again(Duration delay) {
      return new Step(null, delay, null);
    }

    static Step fail(RuntimeException e) {
      return new Step(null, null, e);
    }
  }

  // ---------------------------------------------------------------- the decision

  /**
   * The one decision, shared by both loops: given the attempt's answer or failure (and the call's
   * state: attempts, retries, remaining budget), what comes next.
   */
  private Step decide(WireResponse response, IOException failure, AccessToken token) {
    if (failure != null) {
      RetryPolicy.Decision d = policy.onFailure(request.method(), failure, retries);
      if (!d.retry() || !fits(d.delay())) {
        return Step.fail(networkFailure(failure));
      }
      return retry(d);
    }
    if (response.successful()) {
      return Step.done(response);
    }
    int status = response.status();
    if (status >= 300 && status <= 399 && status != 304) {
      return redirect(response);
    }
    if (status == 401 && rejected == null && token != null) {
      rejected = token;
      unauthorized = response;
      pipeline.tokens().invalidate(token);
      pipeline.wire().unauthorizedRetry(request);
      return Step.again(Duration.ZERO); // not a retry: the next loop gets a fresh token
    }
    RetryPolicy.Decision d = policy.onResponse(request.method(), status, retryHeaders(response), retries);
    if (!d.retry() || !fits(d.delay())) {
      return Step.fail(apiError(response));
    }
    return retry(d);
  }

  /**
   * The headers the policy judges: the answer's, plus a {@code Retry-After} (whole seconds, rounded
   * up) when a 429 or 503 has none but its error body names the wait ({@link
   * ErrorResponses#retryAfter}: the AIRS scan API's {@code error.retry_after}).
   */
  private static Map<String, List<String>> retryHeaders(WireResponse response) {
    int status = response.status();
    if ((status != 429 && status != 503) || response.header("retry-after") != null) {
      return response.headers();
    }
    return ErrorResponses.retryAfter(response.body()).map(wait -> {
      long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
      Map<String, List<String>> headers = new LinkedHashMap<>(response.headers());
      headers.put("retry-after", List.of(String.valueOf(seconds)));
      return headers;
    }).orElse(response.headers());
  }

  private Step retry(RetryPolicy.Decision d) {
    retries++;
    pipeline.wire().retry(request, attempt + 1, d.delay().toMillis(), d.reason());
    return Step.again(d.delay());
  }

  /** Follows a {@code GET}/{@code HEAD} redirect on the same origin; anything else fails. */
  private Step redirect(WireResponse response) {
    String location = response.header("location");
    String method = request.method();
    ApiException refused = apiError(response);
    if (location == null || !(method.equals("GET") || method.equals("HEAD"))
        || redirects >= MAX_REDIRECTS) {
      return Step.fail(refused);
    }
    URI from;
    URI to;
    try {
      from = URI.create(request.url());
      to = from.resolve(location);
    } catch (IllegalArgumentException e) {
      return Step.fail(refused);
    }
    if (!sameOrigin(from, to)) {
      return Step.fail(refused);
    }
    redirects++;
    request = new WireRequest(method, to.toString(), to.getRawPath(), request.headers(),
        request.body(), request.contentType(), request.sensitiveBody());
    return Step.again(Duration.ZERO);
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** The token to send with, or the exception that ends the call (same token as the 401's). */
  private RuntimeException checkFresh(AccessToken token) {
    if (rejected != null && token == rejected && unauthorized != null) {
      WireResponse r = unauthorized;
      unauthorized = null;
      return apiError(r);
    }
    if (token != rejected) {
      unauthorized = null;
    }
    return null;
  }

  // ---------------------------------------------------------------- blocking loop

  /**
   * Like {@link #run()}, but a 2xx answer of the SDK's own transport comes back with its body open
   * ({@link WireResponse#stream()}) for the reader to stream, unless the wire log shows bodies.
   */
  WireResponse runStreamed() {
    streamed = !pipeline.wire().showsBodies();
    return run();
  }

  /**
   * Runs the call, blocking, and returns its 2xx answer.
   *
   * @throws ApiException for an error status that is not (or no longer) retried
   * @throws ApiIoException for a network failure that is not (or no longer) retried, or when the
   *     budget is spent
   * @throws TokenException when no token can be obtained
   * @throws io.sasekit.core.errors.RedirectException for a redirect that is not followed
   */
  WireResponse run() {
    while (true) {
      AccessToken token = tokenBlocking();
      RuntimeException stale = checkFresh(token);
      if (stale != null) {
        throw stale;
      }
      if (spent()) {
        throw timedOut(null, "before sending");
      }
      attempt++;
      long start = System.nanoTime();
      pipeline.wire().request(request, attempt);
      WireResponse response = null;
      IOException failure = null;
      try {
        response = streamed
            ? WireExchange.sendStreamed(pipeline.transport(), request, token.value(), remaining())
            : WireExchange.send(pipeline.transport(), request, token.value(), remaining());
        pipeline.wire().response(request, response, millisSince(start), attempt, requestId(response));
      } catch (IOException e) {
        failure = e;
        pipeline.wire().failure(request, e, millisSince(start), attempt);
      }
      Step step = decide(response, failure, token);
      if (step.done != null) {
        return step.done;
      }
      if (step.fail != null) {
        throw step.fail;
      }
      try {
        if (step.again.toNanos() > 0) {
          pipeline.sleeper().sleep(step.again);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
        if (failure != null) {
          io.addSuppressed(failure);
        }
        throw new ApiIoException(request.method(), request.path(), attempt, io);
      }
    }
  }

  /** A token within the remaining budget, blocking. */
  private AccessToken tokenBlocking() {
    if (spent()) {
      throw timedOut(null, "before obtaining an access token");
    }
    CompletableFuture<AccessToken> f = tokenFuture();
    try {
      return f.get(remaining().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw timedOut(null, "while obtaining an access token");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw new ApiIoException(request.method(), request.path(), Math.max(1, attempt),
          new InterruptedIOException("interrupted while obtaining an access token"));
    } catch (ExecutionException | CancellationException e) {
      throw tokenFailure(e);
    }
  }

  private CompletableFuture<AccessToken> tokenFuture() {
    try {
      CompletableFuture<AccessToken> f = pipeline.tokens().tokenAsync();
      // a copy: timing out or cancelling this call's wait must not touch a future the provider shares
      return f == null ? CompletableFuture.failedFuture(new NullPointerException("no token")) : f.copy();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  // ---------------------------------------------------------------- non-blocking loop

  /**
   * Runs the call without blocking. The future completes with the 2xx answer or fails with the
   * same exceptions {@link #run()} throws (not wrapped). Completing it from outside (cancel,
   * {@code orTimeout}, {@code complete}) stops the call: the pending wait is dropped, the in-flight
   * exchange cancelled and nothing more is sent.
   */
  CompletableFuture<WireResponse> runAsync() {
    CompletableFuture<WireResponse> result = new CompletableFuture<>();
    result.whenComplete((r, e) -> stop());
    next(result);
    return result;
  }

  private void stop() {
    Runnable wait = pendingWait;
    if (wait != null) {
      wait.run();
    }
    CompletableFuture<?> f = inFlight;
    if (f != null) {
      f.cancel(true);
    }
  }

  private void next(CompletableFuture<WireResponse> result) {
    if (result.isDone()) {
      return;
    }
    if (spent()) {
      result.completeExceptionally(timedOut(null, "before obtaining an access token"));
      return;
    }
    CompletableFuture<AccessToken> token =
        tokenFuture().orTimeout(remaining().toNanos(), TimeUnit.NANOSECONDS);
    track(result, token);
    token.whenComplete((t, error) -> {
      if (error != null) {
        Throwable c = unwrap(error);
        result.completeExceptionally(c instanceof TimeoutException
            ? timedOut(null, "while obtaining an access token") : tokenFailure(error));
        return;
      }
      guard(result, () -> send(result, t));
    });
  }

  private void send(CompletableFuture<WireResponse> result, AccessToken token) {
    RuntimeException stale = checkFresh(token);
    if (stale != null) {
      result.completeExceptionally(stale);
      return;
    }
    if (result.isDone()) {
      return;
    }
    if (spent()) {
      result.completeExceptionally(timedOut(null, "before sending"));
      return;
    }
    attempt++;
    long start = System.nanoTime();
    pipeline.wire().request(request, attempt);
    CompletableFuture<TransportResponse> exchange =
        WireExchange.sendAsync(pipeline.transport(), request, token.value(), remaining());
    track(result, exchange); // the exchange itself, so that cancelling reaches the transport
    exchange.whenComplete((r, error) -> guard(result, () -> {
          WireResponse response = null;
          IOException failure = null;
          if (error != null) {
            Throwable c = unwrap(error);
            if (!(c instanceof IOException)) {
              result.completeExceptionally(c instanceof CancellationException
                  ? c : c instanceof SasekitException ? c : new SasekitException(String.valueOf(c), c));
              return;
            }
            failure = (IOException) c;
            pipeline.wire().failure(request, failure, millisSince(start), attempt);
          } else {
            response = WireExchange.toWire(r);
            pipeline.wire().response(request, response, millisSince(start), attempt,
                requestId(response));
          }
          if (result.isDone()) {
            return;
          }
          Step step = decide(response, failure, token);
          if (step.done != null) {
            result.complete(step.done);
          } else if (step.fail != null) {
            result.completeExceptionally(step.fail);
          } else if (step.again.isZero()) {
            next(result);
          } else {
            pendingWait = pipeline.sleeper().schedule(step.again, () -> guard(result, () -> next(result)));
            if (result.isDone()) {
              pendingWait.run();
            }
          }
        }));
  }

  /** Remembers {@code f} as the in-flight step, cancelling it at once if the call already ended. */
  private void track(CompletableFuture<WireResponse> result, CompletableFuture<?> f) {
    inFlight = f;
    if (result.isDone()) {
      f.cancel(true);
    }
  }

  private static void guard(CompletableFuture<WireResponse> result, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  // ---------------------------------------------------------------- budget and errors

  private boolean spent() {
    return deadline - pipeline.sleeper().nanoTime() <= 0;
  }

  /** The time left before the deadline ({@link Duration#ZERO} once passed). */
  private Duration remaining() {
    long left = deadline - pipeline.sleeper().nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  /** Whether waiting {@code delay} still leaves time for another attempt. */
  private boolean fits(Duration delay) {
    return delay.compareTo(remaining()) < 0;
  }

  private ApiException apiError(WireResponse response) {
    return ApiExceptions.withAttempts(ErrorResponses.toException(request, response), attempt);
  }

  private ApiIoException networkFailure(IOException e) {
    if (spent()) {
      return timedOut(e, "after the last attempt");
    }
    return new ApiIoException(request.method(), request.path(), attempt, e);
  }

  private ApiIoException timedOut(IOException last, String when) {
    InterruptedIOException io = new InterruptedIOException(
        "call timed out: budget of " + budget + " spent " + when + " (" + attempt
            + (attempt == 1 ? " attempt" : " attempts") + " sent)");
    if (last != null) {
      io.initCause(last);
    }
    return new ApiIoException(request.method(), request.path(), Math.max(1, attempt), io);
  }

  private static RuntimeException tokenFailure(Throwable t) {
    Throwable c = unwrap(t);
    if (c instanceof SasekitException) {
      return (SasekitException) c;
    }
    if (c instanceof CancellationException) {
      return (CancellationException) c;
    }
    return new TokenException("failed to obtain access token: " + c, c);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  private static String requestId(WireResponse response) {
    String id = response.header("x-request-id");
    if (id == null && !response.successful()) {
      id = ErrorResponses.requestId(response.body());
    }
    return id;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public String toString() {
    return "RetryingCall{" + request + ", attempt=" + attempt + "}";
  }
}
