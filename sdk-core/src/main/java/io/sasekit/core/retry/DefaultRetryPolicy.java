package io.sasekit.core.retry;

import io.sasekit.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The SDK's default {@link RetryPolicy}. Pure: it never sleeps, never sends; the pipeline asks it
 * after each failed attempt and does the waiting itself (through the client's {@link Sleeper}).
 * Immutable and thread-safe. Adding a retry rule is a change in this file alone.
 *
 * <h2>What is retried</h2>
 *
 * <ul>
 *   <li>{@code GET}, {@code HEAD}, {@code OPTIONS}, {@code PUT} and {@code DELETE} (idempotent):
 *       any network failure, {@code 429} and every {@code 5xx}.
 *   <li>{@code POST} and {@code PATCH} (not idempotent): only when the request certainly never
 *       reached the server ({@link java.net.ConnectException}: connection refused; {@link
 *       java.net.UnknownHostException}), or on {@code 429}/{@code 503} that carries a {@code Retry-After}
 *       header (the server said it did not process the request). Never after a timeout or a
 *       connection reset, since the server may have acted on the request.
 *   <li>Every other status (other {@code 4xx}, {@code 3xx}) fails at once.
 * </ul>
 *
 * <h2>How long to wait</h2>
 *
 * Exponential backoff with full jitter: before retry {@code n} (0-based) the delay is drawn
 * uniformly from {@code [0, min(cap, base * 2^n)]} (defaults: base 1 s, cap 30 s). On {@code 429}
 * and {@code 503} a {@code Retry-After} header (delta-seconds, or an HTTP-date read against the
 * policy's clock) replaces the backoff; it is capped at {@link #maxRetryAfter()} (5 minutes by
 * default) so that a misbehaving server cannot park a caller for hours.
 */
public final class DefaultRetryPolicy implements RetryPolicy {
  /** The default upper bound of a {@code Retry-After} wait: 5 minutes. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(5);

  private final int maxRetries;
  private final Duration backoffBase;
  private final Duration backoffCap;
  private final Duration maxRetryAfter;
  private final Clock clock;
  private final DoubleSupplier random;

  private DefaultRetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.backoffBase = b.backoffBase;
    this.backoffCap = b.backoffCap;
    this.maxRetryAfter = b.maxRetryAfter;
    this.clock = b.clock;
    this.random = b.random;
  }

  /** A builder with the defaults (3 retries, base 1 s, cap 30 s, system clock, thread-local random). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The policy configured by {@code options}: {@link ClientOptions#maxRetries()}, {@link
   * ClientOptions#backoffBase()}, {@link ClientOptions#backoffCap()} and {@link
   * ClientOptions#clock()}.
   */
  public static DefaultRetryPolicy from(ClientOptions options) {
    return builder()
        .maxRetries(options.maxRetries())
        .backoffBase(options.backoffBase())
        .backoffCap(options.backoffCap())
        .clock(options.clock())
        .build();
  }

  /** A builder holding this policy's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.backoffBase = backoffBase;
    b.backoffCap = backoffCap;
    b.maxRetryAfter = maxRetryAfter;
    b.clock = clock;
    b.random = random;
    return b;
  }

  @Override
  public DefaultRetryPolicy withMaxRetries(int retries) {
    return retries == maxRetries ? this : toBuilder().maxRetries(retries).build();
  }

  /** How many retries follow the first attempt at most. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The first backoff bound. */
  public Duration backoffBase() {
    return backoffBase;
  }

  /** The largest backoff bound. */
  public Duration backoffCap() {
    return backoffCap;
  }

  /** The largest {@code Retry-After} wait honoured; longer waits are cut to this. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The decision after an answer with a non-2xx {@code status}.
   *
   * @param method HTTP method of the request
   * @param status the answer's status
   * @param headers the answer's headers (names matched case-insensitively)
   * @param retriesSoFar how many retries were already made (0 after the first attempt)
   */
  @Override
  public Decision onResponse(
      String method, int status, Map<String, List<String>> headers, int retriesSoFar) {
    if (retriesSoFar >= maxRetries) {
      return Decision.stop("no retries left (" + maxRetries + " allowed)");
    }
    boolean throttled = status == 429 || status == 503;
    Optional<Duration> retryAfter = throttled ? retryAfter(headers) : Optional.empty();
    if (RetryPolicy.isIdempotent(method)) {
      if (status == 429 || (status >= 500 && status <= 599)) {
        return retryAfter
            .map(d -> Decision.retry(d, "status " + status + " with Retry-After"))
            .orElseGet(() -> Decision.retry(backoff(retriesSoFar), "status " + status));
      }
      return Decision.stop("status " + status + " is not retryable");
    }
    if (retryAfter.isPresent()) {
      return Decision.retry(retryAfter.get(), "status " + status + " with Retry-After");
    }
    return Decision.stop(
        "status " + status + " on " + method + " is not retried without Retry-After");
  }

  /**
   * The decision after an attempt that failed without an answer (connection refused, DNS failure,
   * timeout, reset).
   *
   * @param method HTTP method of the request
   * @param failure what went wrong
   * @param retriesSoFar how many retries were already made (0 after the first attempt)
   */
  @Override
  public Decision onFailure(String method, Throwable failure, int retriesSoFar) {
    if (retriesSoFar >= maxRetries) {
      return Decision.stop("no retries left (" + maxRetries + " allowed)");
    }
    String what = failure == null ? "network failure" : failure.getClass().getSimpleName();
    if (RetryPolicy.isIdempotent(method)) {
      return Decision.retry(backoff(retriesSoFar), what);
    }
    if (RetryPolicy.neverReachedServer(failure)) {
      return Decision.retry(backoff(retriesSoFar), what + " (request never reached the server)");
    }
    return Decision.stop(what + " on " + method + " is not retried: the server may have received it");
  }

  /**
   * The full-jitter backoff before retry number {@code retriesSoFar} (0-based): uniform in
   * {@code [0, min(cap, base * 2^retriesSoFar)]}.
   */
  public Duration backoff(int retriesSoFar) {
    long bound = backoffBound(retriesSoFar).toNanos();
    double r = random.getAsDouble();
    if (!(r >= 0.0)) {
      r = 0.0;
    } else if (r > 1.0) {
      r = 1.0;
    }
    return Duration.ofNanos((long) (bound * r));
  }

  /** The upper bound of {@link #backoff(int)}: {@code min(cap, base * 2^retriesSoFar)}. */
  public Duration backoffBound(int retriesSoFar) {
    int n = Math.max(0, retriesSoFar);
    long baseNanos = backoffBase.toNanos();
    long capNanos = backoffCap.toNanos();
    if (n >= 62 || baseNanos > (capNanos >> Math.min(n, 62))) {
      return backoffCap;
    }
    return Duration.ofNanos(Math.min(capNanos, baseNanos << n));
  }

  /**
   * The wait a {@code Retry-After} header asks for, if it is present and readable: delta-seconds
   * ({@code 120}) or an HTTP-date ({@code Wed, 21 Oct 2026 07:28:00 GMT}, measured from the
   * policy's clock; a date in the past means no wait). Capped at {@link #maxRetryAfter()}.
   */
  public Optional<Duration> retryAfter(Map<String, List<String>> headers) {
    String value = header(headers, "retry-after");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    value = value.strip();
    Duration wait;
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        wait = Duration.ofSeconds(Long.parseLong(value));
      } catch (NumberFormatException e) {
        wait = maxRetryAfter; // more digits than a long: a very long wait
      }
    } else {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = Duration.between(clock.instant(), at);
        if (wait.isNegative()) {
          wait = Duration.ZERO;
        }
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.of(wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait);
  }

  private static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        List<String> values = e.getValue();
        return values == null || values.isEmpty() ? null : values.get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "DefaultRetryPolicy{maxRetries=" + maxRetries + ", backoffBase=" + backoffBase
        + ", backoffCap=" + backoffCap + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link DefaultRetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration backoffBase = Duration.ofSeconds(1);
    private Duration backoffCap = Duration.ofSeconds(30);
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /** Retries after the first attempt (0 disables retries). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The bound of the first backoff; it doubles per retry. */
    public Builder backoffBase(Duration base) {
      this.backoffBase = positive("backoffBase", base);
      return this;
    }

    /** The largest backoff bound. */
    public Builder backoffCap(Duration cap) {
      this.backoffCap = positive("backoffCap", cap);
      return this;
    }

    /** The largest {@code Retry-After} wait honoured (default 5 minutes). */
    public Builder maxRetryAfter(Duration max) {
      Objects.requireNonNull(max, "maxRetryAfter");
      if (max.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative: " + max);
      }
      this.maxRetryAfter = max;
      return this;
    }

    /** The clock an HTTP-date {@code Retry-After} is measured against. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The source of jitter: each call returns a value in {@code [0, 1)} (tests inject a fixed
     * one; the default is {@link ThreadLocalRandom}).
     */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The policy. */
    public DefaultRetryPolicy build() {
      if (backoffCap.compareTo(backoffBase) < 0) {
        throw new IllegalArgumentException(
            "backoffCap (" + backoffCap + ") must not be less than backoffBase (" + backoffBase + ")");
      }
      return new DefaultRetryPolicy(this);
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
