package io.sasekit.core.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service answered a redirect ({@code 3xx}) that the SDK does not follow: any redirect of a
 * method other than {@code GET}/{@code HEAD}, and any redirect to another scheme, host or port.
 * Following those could turn a write into a read, repeat a write, or send the body and the
 * credentials to another host. The message names the status and the {@code Location}.
 */
public class RedirectException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; see {@link ApiException}. */
  public RedirectException(
      int status,
      String method,
      String path,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      String requestId) {
    super(status, method, path, headers, body, errors, requestId);
  }

  /** The {@code Location} the service pointed to, if any. */
  public Optional<String> location() {
    for (Map.Entry<String, List<String>> e : headers().entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase("location") && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code redirect [302] POST /path -> https://elsewhere/x not followed (...)}, then the usual
   * API error message.
   */
  @Override
  public String getMessage() {
    boolean read = method().equals("GET") || method().equals("HEAD");
    return "redirect [" + status() + "] " + method() + " " + path() + " -> "
        + location().orElse("<no Location header>") + " not followed ("
        + (read ? "another origin, or too many redirects" : method() + " is never redirected")
        + "); " + super.getMessage();
  }
}
