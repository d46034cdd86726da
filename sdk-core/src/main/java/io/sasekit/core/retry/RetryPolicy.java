package io.sasekit.core.retry;

import io.sasekit.core.ClientOptions;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a failed attempt is sent again and how long to wait first. Pure: it never
 * sleeps and never sends; the pipeline asks it after each failed attempt, checks the answer
 * against the call's remaining budget and does the waiting itself. Set one with {@link
 * ClientOptions.Builder#retryPolicy}; the default is {@link DefaultRetryPolicy}.
 *
 * <p>Implementations must be thread-safe. Whatever they answer, the pipeline never sends a
 * request again once the call's budget is spent, and a wait that would pass the budget ends the
 * call with the last failure.
 */
public interface RetryPolicy {
  /**
   * The decision after an answer with a non-2xx, non-3xx {@code status}.
   *
   * @param method HTTP method of the request
   * @param status the answer's status
   * @param headers the answer's headers (names matched case-insensitively)
   * @param retriesSoFar how many retries were already made (0 after the first attempt)
   */
  Decision onResponse(String method, int status, Map<String, List<String>> headers, int retriesSoFar);

  /**
   * The decision after an attempt that failed without an answer (connection refused, DNS failure,
   * timeout, reset).
   *
   * @param method HTTP method of the request
   * @param failure what went wrong
   * @param retriesSoFar how many retries were already made (0 after the first attempt)
   */
  Decision onFailure(String method, Throwable failure, int retriesSoFar);

  /**
   * This policy with another retry count, for a per-call override ({@code
   * RequestOptions.maxRetries}). The default ignores the override and returns this policy.
   */
  default RetryPolicy withMaxRetries(int retries) {
    return this;
  }

  /** A builder of the {@link DefaultRetryPolicy}. */
  static DefaultRetryPolicy.Builder builder() {
    return DefaultRetryPolicy.builder();
  }

  /** The default policy configured by {@code options} (retries, backoff, clock). */
  static DefaultRetryPolicy from(ClientOptions options) {
    return DefaultRetryPolicy.from(options);
  }

  /** Whether {@code method} may be sent twice without changing the outcome. */
  static boolean isIdempotent(String method) {
    switch (method.toUpperCase(Locale.ROOT)) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether {@code failure} proves that the request never left this machine: connection refused
   * or an unknown host, directly or as the cause of a wrapper. Timeouts never count.
   */
  static boolean neverReachedServer(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
      if (t instanceof InterruptedIOException) {
        return false;
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The outcome of asking the policy.
   *
   * @param retry whether to send the request again
   * @param delay how long to wait before doing so ({@link Duration#ZERO} when not retrying)
   * @param reason a short explanation for logs
   */
  record Decision(boolean retry, Duration delay, String reason) {
    /** Canonical constructor: rejects a missing or negative delay. */
    public Decision {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }

    /** A decision to retry after {@code delay}. */
    public static Decision retry(Duration delay, String reason) {
      return new Decision(true, delay, reason);
    }

    /** A decision not to retry. */
    public static Decision stop(String reason) {
      return new Decision(false, Duration.ZERO, reason);
    }
  }
}
