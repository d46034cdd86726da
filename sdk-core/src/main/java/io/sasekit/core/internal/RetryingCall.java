package io.sasekit.core.internal;

import io.sasekit.core.auth.AccessToken;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ApiIoException;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One call's attempts: bearer token, send, log, and on failure ask the {@link RetryPolicy}
 * whether and when to try again; a 401 invalidates the token and repeats the call once with a
 * fresh one (not counted as a retry). An optional deadline bounds the whole call, retries and
 * waits included: a wait that would pass it ends the call with the last failure.
 *
 * <p>{@link #run()} sleeps between attempts on the calling thread; {@link #runAsync()} schedules
 * the wait on {@link AsyncScheduler} and sends through the HTTP dispatcher, never blocking.
 * Single use.
 */
public final class RetryingCall {
  private final HttpTransport transport;
  private final TokenProvider tokens;
  private final RetryPolicy policy;
  private final WireLogger wire;
  private final WireRequest request;
  private final Duration timeout;
  private final long deadline; // System.nanoTime() based; Long.MAX_VALUE when unbounded

  private int attempt;
  private int retries;
  private boolean refreshedAfter401;
  private volatile Runnable cancel = () -> {};

  /**
   * Creates the call.
   *
   * @param timeout bound of the whole call, or {@code null} for none beyond each attempt's own
   */
  public RetryingCall(HttpTransport transport, TokenProvider tokens, RetryPolicy policy,
      WireLogger wire, WireRequest request, Duration timeout) {
    this.transport = transport;
    this.tokens = tokens;
    this.policy = policy;
    this.wire = wire;
    this.request = request;
    this.timeout = timeout;
    this.deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
  }

  /**
   * Runs the call, blocking, and returns its 2xx answer.
   *
   * @throws ApiException for an error status that is not (or no longer) retried
   * @throws ApiIoException for a network failure that is not (or no longer) retried
   * @throws TokenException when no token can be obtained
   */
  public WireResponse run() {
    AccessToken token = null;
    while (true) {
      Duration budget = remaining();
      if (budget != null && budget.isZero()) {
        throw timedOut(null);
      }
      if (token == null) {
        token = token();
      }
      attempt++;
      long start = System.nanoTime();
      wire.request(request, attempt);
      WireResponse response;
      try {
        response = transport.execute(request, token.value(), remaining());
      } catch (IOException e) {
        wire.failure(request, e, millisSince(start), attempt);
        RetryPolicy.Decision d = policy.onFailure(request.method(), e, retries);
        if (!d.retry() || !fits(d.delay())) {
          throw networkFailure(e);
        }
        waitBlocking(d, e);
        token = null;
        continue;
      }
      wire.response(request, response, millisSince(start), attempt, requestId(response));
      if (response.successful()) {
        return response;
      }
      if (response.status() == 401 && !refreshedAfter401) {
        refreshedAfter401 = true;
        tokens.invalidate(token);
        AccessToken fresh = token();
        if (fresh != token) {
          wire.unauthorizedRetry(request);
          token = fresh;
          continue;
        }
      }
      RetryPolicy.Decision d =
          policy.onResponse(request.method(), response.status(), response.headers(), retries);
      if (!d.retry() || !fits(d.delay())) {
        throw ErrorResponses.toException(request, response);
      }
      waitBlocking(d, null);
      token = null;
    }
  }

  /**
   * Runs the call without blocking. The future completes with the 2xx answer or fails with the
   * same exceptions {@link #run()} throws (not wrapped); cancelling it cancels the exchange.
   */
  public CompletableFuture<WireResponse> runAsync() {
    CompletableFuture<WireResponse> result = new CompletableFuture<>();
    result.whenComplete((r, e) -> {
      if (result.isCancelled()) {
        cancel.run();
      }
    });
    next(result, null);
    return result;
  }

  private void next(CompletableFuture<WireResponse> result, AccessToken preset) {
    if (result.isDone()) {
      return;
    }
    Duration budget = remaining();
    if (budget != null && budget.isZero()) {
      result.completeExceptionally(timedOut(null));
      return;
    }
    CompletableFuture<AccessToken> token;
    try {
      token = preset != null ? CompletableFuture.completedFuture(preset) : tokens.tokenAsync();
    } catch (RuntimeException e) {
      token = CompletableFuture.failedFuture(e);
    }
    token.whenComplete((t, error) -> {
      if (error != null) {
        result.completeExceptionally(unwrap(error));
        return;
      }
      try {
        send(result, t);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private void send(CompletableFuture<WireResponse> result, AccessToken token) {
    if (result.isDone()) {
      return;
    }
    attempt++;
    long start = System.nanoTime();
    wire.request(request, attempt);
    cancel = transport.enqueue(request, token.value(), remaining(),
        new HttpTransport.ResultCallback() {
          @Override
          public void onResponse(WireResponse response) {
            try {
              handle(result, token, response, start);
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(IOException failure) {
            try {
              wire.failure(request, failure, millisSince(start), attempt);
              RetryPolicy.Decision d = policy.onFailure(request.method(), failure, retries);
              if (!d.retry() || !fits(d.delay()) || result.isDone()) {
                result.completeExceptionally(networkFailure(failure));
                return;
              }
              scheduleRetry(result, d);
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
  }

  private void handle(CompletableFuture<WireResponse> result, AccessToken token,
      WireResponse response, long start) {
    wire.response(request, response, millisSince(start), attempt, requestId(response));
    if (response.successful()) {
      result.complete(response);
      return;
    }
    if (response.status() == 401 && !refreshedAfter401) {
      refreshedAfter401 = true;
      tokens.invalidate(token);
      CompletableFuture<AccessToken> fresh;
      try {
        fresh = tokens.tokenAsync();
      } catch (RuntimeException e) {
        fresh = CompletableFuture.failedFuture(e);
      }
      fresh.whenComplete((t, error) -> {
        if (error != null) {
          result.completeExceptionally(unwrap(error));
        } else if (t == token) {
          result.completeExceptionally(ErrorResponses.toException(request, response));
        } else {
          wire.unauthorizedRetry(request);
          next(result, t);
        }
      });
      return;
    }
    RetryPolicy.Decision d =
        policy.onResponse(request.method(), response.status(), response.headers(), retries);
    if (!d.retry() || !fits(d.delay())) {
      result.completeExceptionally(ErrorResponses.toException(request, response));
      return;
    }
    scheduleRetry(result, d);
  }

  private void scheduleRetry(CompletableFuture<WireResponse> result, RetryPolicy.Decision d) {
    retries++;
    wire.retry(request, attempt + 1, d.delay().toMillis(), d.reason());
    AsyncScheduler.schedule(d.delay(), () -> {
      try {
        next(result, null);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private void waitBlocking(RetryPolicy.Decision d, IOException failure) {
    retries++;
    wire.retry(request, attempt + 1, d.delay().toMillis(), d.reason());
    try {
      long nanos = d.delay().toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
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

  private AccessToken token() {
    try {
      return tokens.token();
    } catch (SasekitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new TokenException("failed to obtain access token", e);
    }
  }

  /** The time left before the deadline ({@link Duration#ZERO} once passed), or {@code null}. */
  private Duration remaining() {
    if (deadline == Long.MAX_VALUE) {
      return null;
    }
    long left = deadline - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  /** Whether waiting {@code delay} still leaves time for another attempt. */
  private boolean fits(Duration delay) {
    Duration left = remaining();
    return left == null || delay.compareTo(left) < 0;
  }

  private ApiIoException networkFailure(IOException e) {
    if (timeout != null && remaining() != null && remaining().isZero()) {
      return timedOut(e);
    }
    return new ApiIoException(request.method(), request.path(), attempt, e);
  }

  private ApiIoException timedOut(IOException last) {
    InterruptedIOException io =
        new InterruptedIOException("call timed out after " + timeout + " (all attempts)");
    if (last != null) {
      io.initCause(last);
    }
    return new ApiIoException(request.method(), request.path(), Math.max(1, attempt), io);
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

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException)
        && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof SasekitException) {
      return c;
    }
    return new TokenException("failed to obtain access token", c);
  }

  @Override
  public String toString() {
    return "RetryingCall{" + request + ", attempt=" + attempt + "}";
  }
}
