package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;

/** The one place where an HTTP status becomes an exception type and a message. */
public final class ApiExceptions {
  /** How much of a raw body a message shows. */
  public static final int MAX_BODY_IN_MESSAGE = 1024;

  private ApiExceptions() {}

  /** Builds the exception subclass that matches {@code status}. */
  public static ApiException forStatus(
      int status,
      String method,
      String path,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      String requestId) {
    switch (status) {
      case 400:
        return new BadRequestException(status, method, path, headers, body, errors, requestId);
      case 401:
        return new UnauthorizedException(status, method, path, headers, body, errors, requestId);
      case 403:
        return new PermissionDeniedException(status, method, path, headers, body, errors, requestId);
      case 404:
        return new NotFoundException(status, method, path, headers, body, errors, requestId);
      case 409:
        return new ConflictException(status, method, path, headers, body, errors, requestId);
      case 422:
        return new UnprocessableEntityException(
            status, method, path, headers, body, errors, requestId);
      case 429:
        return new RateLimitException(status, method, path, headers, body, errors, requestId);
      default:
        if (status >= 300 && status <= 399) {
          return new RedirectException(status, method, path, headers, body, errors, requestId);
        }
        if (status >= 500 && status <= 599) {
          return new InternalServerException(status, method, path, headers, body, errors, requestId);
        }
        return new UnexpectedStatusCodeException(
            status, method, path, headers, body, errors, requestId);
    }
  }

  /**
   * Records on {@code e} how many attempts the call made (shown in its message when more than
   * one); returns {@code e}. Used by the SDK's pipeline.
   */
  public static ApiException withAttempts(ApiException e, int attempts) {
    e.attempts(attempts);
    return e;
  }

  /**
   * The message: {@code API error [409] POST /sse/config/v1/addresses: Name Not Unique (E006,
   * request abcd-1234)}; several errors are joined with {@code ; }; without parsed errors the
   * body's first 1 KB is shown.
   */
  static String message(
      int status, String method, String path, String body, List<ApiError> errors, String requestId) {
    StringBuilder sb = new StringBuilder("API error [").append(status).append("] ");
    sb.append(method).append(' ').append(path);
    if (errors != null && !errors.isEmpty()) {
      sb.append(": ");
      for (int i = 0; i < errors.size(); i++) {
        ApiError e = errors.get(i);
        if (i > 0) {
          sb.append("; ");
        }
        sb.append(e.message() == null ? "error" : e.message());
        boolean last = i == errors.size() - 1;
        String id = last ? requestId : null;
        if (e.code() != null || id != null) {
          sb.append(" (");
          if (e.code() != null) {
            sb.append(e.code());
          }
          if (id != null) {
            sb.append(e.code() != null ? ", " : "").append("request ").append(id);
          }
          sb.append(')');
        }
        if (e.details() != null) {
          sb.append(" details=").append(truncate(e.details()));
        }
      }
    } else {
      if (body != null && !body.isBlank()) {
        sb.append(": ").append(truncate(body.strip()));
      }
      if (requestId != null) {
        sb.append(" (request ").append(requestId).append(')');
      }
    }
    return sb.toString();
  }

  /**
   * The first {@link #MAX_BODY_IN_MESSAGE} characters of {@code text} after redaction (so no
   * secret is cut in half and survives), marked when cut.
   */
  public static String truncate(String raw) {
    if (raw == null) {
      return "";
    }
    String text = io.sasekit.core.internal.Redactor.text(raw);
    return text.length() <= MAX_BODY_IN_MESSAGE
        ? text
        : text.substring(0, MAX_BODY_IN_MESSAGE) + "...(" + text.length() + " chars)";
  }
}
