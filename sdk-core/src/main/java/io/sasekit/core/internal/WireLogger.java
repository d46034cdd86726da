package io.sasekit.core.internal;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the wire through SLF4J (logger {@code io.sasekit.core.http}): one INFO line per retry
 * (reason, wait, next attempt), one DEBUG line per attempt
 * with method, path, status, duration, attempt and request id; headers and bodies only at TRACE,
 * with {@code Authorization} and secrets masked by a {@link Redactor}, and token requests and
 * answers never shown at all.
 */
public final class WireLogger {
  /** The logger name users configure. */
  public static final String LOGGER_NAME = "io.sasekit.core.http";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private final Redactor redactor;

  /** A logger that masks with {@code redactor}. */
  public WireLogger(Redactor redactor) {
    this.redactor = redactor;
  }

  /** The redactor in use. */
  public Redactor redactor() {
    return redactor;
  }

  /** Logs a request about to be sent (TRACE only). */
  public void request(WireRequest request, int attempt) {
    if (!LOG.isTraceEnabled()) {
      return;
    }
    StringBuilder sb = new StringBuilder("--> ").append(request.method()).append(' ')
        .append(redactor.url(request.url())).append(" (attempt ").append(attempt).append(')');
    for (Map.Entry<String, String> h : request.headers()) {
      sb.append("\n").append(h.getKey()).append(": ").append(redactor.header(h.getKey(), h.getValue()));
    }
    if (request.headers().stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Authorization"))) {
      sb.append("\nAuthorization: ").append(Redactor.MASK); // the bearer, added by the transport
    }
    if (request.body() != null) {
      sb.append("\n\n").append(request.sensitiveBody()
          ? "<redacted " + request.body().length + " bytes>"
          : redactor.body(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)));
    }
    LOG.trace(sb.toString());
  }

  /** Logs an answer: DEBUG summary, TRACE headers and body. */
  public void response(
      WireRequest request, WireResponse response, long millis, int attempt, String requestId) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {} ({} ms, attempt {}{})", request.method(), request.path(),
          response.status(), millis, attempt, requestId == null ? "" : ", request " + requestId);
    }
    if (LOG.isTraceEnabled()) {
      StringBuilder sb = new StringBuilder("<-- ").append(response.status()).append(' ')
          .append(request.method()).append(' ').append(request.path());
      for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
        for (String v : h.getValue()) {
          sb.append("\n").append(h.getKey()).append(": ").append(redactor.header(h.getKey(), v));
        }
      }
      if (!response.body().isEmpty()) {
        sb.append("\n\n").append(request.sensitiveBody()
            ? "<redacted " + response.body().length() + " chars>"
            : redactor.body(response.body()));
      }
      LOG.trace(sb.toString());
    }
  }

  /** Whether answers' bodies are logged (TRACE): then no answer is streamed past the log. */
  boolean showsBodies() {
    return LOG.isTraceEnabled();
  }

  /** Logs an attempt that failed without an answer (DEBUG). */
  public void failure(WireRequest request, Throwable failure, long millis, int attempt) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} failed after {} ms (attempt {}): {}", request.method(), request.path(),
          millis, attempt, redactor.scrub(String.valueOf(failure)));
    }
  }

  /** Logs a retry decision at INFO: what failed (the reason), the wait and the next attempt. */
  public void retry(WireRequest request, int nextAttempt, long delayMillis, String reason) {
    if (LOG.isInfoEnabled()) {
      LOG.info("{} {} will be retried in {} ms as attempt {}: {}", request.method(),
          request.path(), delayMillis, nextAttempt, redactor.scrub(reason));
    }
  }

  /** Logs that a 401 led to a token refresh and one more attempt (DEBUG). */
  public void unauthorizedRetry(WireRequest request) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} got 401: token invalidated, retrying once with a fresh token",
          request.method(), request.path());
    }
  }

  @Override
  public String toString() {
    return "WireLogger{" + LOGGER_NAME + "}";
  }
}
