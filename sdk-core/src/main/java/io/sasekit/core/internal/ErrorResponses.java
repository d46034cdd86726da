package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.ApiError;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ApiExceptions;
import io.sasekit.core.json.JsonMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a non-2xx answer into the matching {@link ApiException} (through {@link
 * ApiExceptions#forStatus}, the one status mapping). Reads the service's error body
 * {@code {"_errors":[{"code","message","details"}],"_request_id"}} tolerantly: every entry is
 * kept, {@code details} may be an object, a string or an array, any member may be missing, and a
 * body that is not JSON at all (an HTML 502 page, truncated JSON, nothing) still yields a typed
 * exception whose message shows the body's first 1 KB. An entry's {@code retry_after} (the AIRS
 * scan API's 429: {@code {"interval": 5, "unit": "minute"}}) becomes its details,
 * {@code retry after 5 minute}, and {@link #retryAfter} reads it as the wait the retry policy
 * honours like a {@code Retry-After} header. Never throws.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  /** The exception for {@code response} to {@code request}. */
  public static ApiException toException(WireRequest request, WireResponse response) {
    Parsed parsed = parse(response.body());
    String requestId = parsed.requestId;
    if (requestId == null) {
      requestId = response.header("x-request-id");
    }
    return ApiExceptions.forStatus(response.status(), request.method(), request.path(),
        response.headers(), response.body(), parsed.errors, requestId);
  }

  /** The {@code _request_id} of a body, or {@code null}. */
  public static String requestId(String body) {
    return body == null || body.isBlank() ? null : parse(body).requestId;
  }

  /**
   * The wait an error body asks for: the first {@code retry_after} member at its top level, in an
   * {@code error} object or in an entry of an error array, either {@code {"interval": 5, "unit":
   * "minute"}} (units millisecond, second, minute, hour, day, singular or plural, any case; no unit
   * means seconds) or a number of seconds. Empty when the body has none, or an unreadable one.
   *
   * @param body the answer's body text
   * @return the wait, never negative
   */
  public static Optional<Duration> retryAfter(String body) {
    if (body == null || body.isBlank() || !body.contains("retry_after")) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(body.strip());
    } catch (Exception e) {
      return Optional.empty();
    }
    return root == null ? Optional.empty() : findRetryAfter(root, 0);
  }

  private static Optional<Duration> findRetryAfter(JsonNode node, int depth) {
    if (depth > 2) {
      return Optional.empty();
    }
    if (node.isObject() && node.has("retry_after")) {
      Optional<Duration> wait = waitOf(node.get("retry_after"));
      if (wait.isPresent()) {
        return wait;
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (child.isContainerNode()) {
          Optional<Duration> wait = findRetryAfter(child, depth + 1);
          if (wait.isPresent()) {
            return wait;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Duration> waitOf(JsonNode retryAfter) {
    if (retryAfter.isNumber() || (retryAfter.isTextual() && retryAfter.asText().strip().matches("\\d{1,9}"))) {
      return Optional.of(Duration.ofSeconds(Math.max(0, retryAfter.asLong())));
    }
    JsonNode interval = retryAfter.path("interval");
    if (!(interval.isIntegralNumber() || (interval.isTextual() && interval.asText().strip().matches("\\d{1,9}")))) {
      return Optional.empty();
    }
    long n = Math.max(0, interval.asLong());
    String unit = retryAfter.path("unit").asText("second").strip().toLowerCase(Locale.ROOT);
    if (unit.endsWith("s") && unit.length() > 2) {
      unit = unit.substring(0, unit.length() - 1);
    }
    return switch (unit) {
      case "", "s", "sec", "second" -> Optional.of(Duration.ofSeconds(n));
      case "ms", "millisecond" -> Optional.of(Duration.ofMillis(n));
      case "m", "min", "minute" -> Optional.of(Duration.ofMinutes(n));
      case "h", "hour" -> Optional.of(Duration.ofHours(n));
      case "d", "day" -> Optional.of(Duration.ofDays(n));
      default -> Optional.empty();
    };
  }

  static Parsed parse(String body) {
    Parsed out = new Parsed();
    if (body == null || body.isBlank()) {
      return out;
    }
    String text = body.strip();
    if (!(text.startsWith("{") || text.startsWith("["))) {
      return out;
    }
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(text);
    } catch (Exception e) {
      return out; // truncated or broken JSON: the message shows the raw body
    }
    if (root == null) {
      return out;
    }
    if (root.isArray()) {
      root.forEach(n -> addEntry(out.errors, n));
      return out;
    }
    if (!root.isObject()) {
      return out;
    }
    JsonNode id = root.get("_request_id");
    if (id == null) {
      id = root.get("request_id");
    }
    if (id != null && id.isValueNode() && !id.isNull()) {
      out.requestId = id.asText();
    }
    JsonNode errors = root.get("_errors");
    if (errors == null) {
      errors = root.get("errors");
    }
    if (errors != null && errors.isArray()) {
      errors.forEach(n -> addEntry(out.errors, n));
    } else if (errors != null && !errors.isNull()) {
      addEntry(out.errors, errors);
    } else if (root.has("error") && !root.get("error").isNull()) {
      JsonNode e = root.get("error");
      if (e.isObject()) {
        addEntry(out.errors, e);
      } else {
        out.errors.add(new ApiError(null, messageOf(root, e.asText()), detailsOf(root.get("details"))));
      }
    } else if (root.hasNonNull("error_message")) {
      // The AIRS management API's error body: {"status_code": 409, "error_message": "..."}.
      JsonNode code = root.get("status_code");
      out.errors.add(new ApiError(code == null || code.isNull() ? null : code.asText(),
          root.get("error_message").asText(), null));
    } else if (root.hasNonNull("message") || root.hasNonNull("detail")) {
      addEntry(out.errors, root);
    }
    return out;
  }

  private static String messageOf(JsonNode root, String error) {
    String description = text(root.get("error_description"));
    if (description == null) {
      description = text(root.get("message"));
    }
    return description == null ? error : error + ": " + description;
  }

  private static void addEntry(List<ApiError> errors, JsonNode entry) {
    if (entry == null || entry.isNull()) {
      return;
    }
    if (!entry.isObject()) {
      errors.add(new ApiError(null, entry.isValueNode() ? entry.asText() : entry.toString(), null));
      return;
    }
    String code = text(entry.get("code"));
    if (code == null) {
      code = text(entry.get("error_code"));
    }
    String message = text(entry.get("message"));
    if (message == null) {
      message = text(entry.get("msg"));
    }
    if (message == null) {
      message = text(entry.get("detail"));
    }
    String details = detailsOf(entry.get("details"));
    if (details == null) {
      details = retryAfterOf(entry.get("retry_after"));
    }
    errors.add(new ApiError(code, message, details));
  }

  /**
   * The AIRS scan API's 429 wait, {@code "retry_after": {"interval": 5, "unit": "minute"}}, as
   * {@code retry after 5 minute}; any other shape as its JSON; {@code null} when absent.
   */
  private static String retryAfterOf(JsonNode retryAfter) {
    if (retryAfter == null || retryAfter.isNull() || retryAfter.isMissingNode()) {
      return null;
    }
    String interval = text(retryAfter.get("interval"));
    if (retryAfter.isObject() && interval != null) {
      String unit = text(retryAfter.get("unit"));
      return "retry after " + interval + (unit == null ? "" : " " + unit);
    }
    String raw = text(retryAfter);
    return raw == null ? null : "retry after " + raw;
  }

  private static String detailsOf(JsonNode details) {
    if (details == null || details.isNull() || details.isMissingNode()) {
      return null;
    }
    if (details.isTextual()) {
      return details.textValue().isBlank() ? null : details.textValue();
    }
    if ((details.isObject() || details.isArray()) && details.isEmpty()) {
      return null;
    }
    return details.toString();
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isValueNode()) {
      String s = n.asText();
      return s.isBlank() ? null : s;
    }
    return n.toString();
  }

  static final class Parsed {
    final List<ApiError> errors = new ArrayList<>();
    String requestId;
  }
}
