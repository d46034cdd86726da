package io.sasekit.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-call overrides: timeout, retries, validation, extra headers and query parameters. Every
 * typed operation has an overload that takes one. Immutable.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();
  private final Duration timeout;
  private final Integer maxRetries;
  private final Boolean validation;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.validation = b.validation;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
  }

  /** No overrides. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whole-call timeout (all attempts), if overridden. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Retry count, if overridden. */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /** Whether to validate the request before sending, if overridden. */
  public Optional<Boolean> validation() {
    return Optional.ofNullable(validation);
  }

  /** Extra request headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Extra query parameters, sent as given. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.validation = validation;
    b.headers.putAll(headers);
    b.queryParams.putAll(queryParams);
    return b;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", validation="
        + validation + ", headers=" + headers.keySet() + ", queryParams=" + queryParams.keySet() + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private Boolean validation;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();

    private Builder() {}

    /** Overrides the whole-call timeout. */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Overrides the number of retries (0 disables retries for this call). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Turns client-side validation on or off for this call (off: for the rare case where the spec
     * is stricter than the service).
     */
    public Builder validation(boolean enabled) {
      this.validation = enabled;
      return this;
    }

    /** Adds a request header. */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** Adds a query parameter the spec does not declare. */
    public Builder queryParam(String name, String value) {
      queryParams.put(name, value);
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
