package io.sasekit.examples;

import io.sasekit.airs.scan.AirsScanClient;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.auth.ApiKeyCredential;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.ApiIoException;
import io.sasekit.core.errors.BadRequestException;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.errors.ConflictException;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.errors.PermissionDeniedException;
import io.sasekit.core.errors.RateLimitException;
import io.sasekit.core.errors.TokenException;
import io.sasekit.core.errors.UnauthorizedException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.jobs.JobFailedException;
import io.sasekit.core.jobs.JobTimeoutException;
import io.sasekit.prismaaccess.PrismaAccessOperations;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a failure into what the user reads on stderr: {@code error: } plus the SDK's typed message,
 * and a {@code hint: } from the integration guide's troubleshooting table. No stack trace unless
 * {@code SASEKIT_DEBUG} is set.
 */
public final class ErrorReport {
  /** Environment variable that adds the stack trace to error reports. */
  public static final String ENV_DEBUG = "SASEKIT_DEBUG";

  private ErrorReport() {}

  /**
   * The hosts a run talks to, named by the hints about connectivity.
   *
   * @param apiBaseUrl the API's base URL (the configuration API's, AIRS management's or AIRS scan's)
   * @param tokenUrl the OAuth2 token endpoint, or {@code null} for an API that takes an API key
   *     (the AIRS runtime scan API)
   */
  public record Hosts(String apiBaseUrl, String tokenUrl) {
    /** The host of an API authenticated by an API key ({@code PANW_AI_SEC_API_KEY}), no token endpoint. */
    public static Hosts apiKey(String apiBaseUrl) {
      return new Hosts(apiBaseUrl, null);
    }

    /** Whether the API takes an API key rather than OAuth2 client credentials. */
    public boolean apiKeyAuth() {
      return tokenUrl == null;
    }

    /**
     * The hosts the {@code PANW_*} variables of {@code env} configure for the Prisma Access client:
     * {@code PANW_BASE_URL} and {@code PANW_TOKEN_BASE_URL}, else the defaults.
     */
    public static Hosts fromEnv(Map<String, String> env) {
      return new Hosts(or(env.get(ClientOptions.ENV_BASE_URL), PrismaAccessOperations.DEFAULT_BASE_URL),
          or(env.get(ClientOptions.ENV_TOKEN_BASE_URL), ClientOptions.DEFAULT_TOKEN_URL));
    }

    /** The hosts a built client uses. */
    public static Hosts of(ClientOptions options) {
      return new Hosts(options.baseUrl(), options.tokenUrl());
    }

    private static String or(String value, String fallback) {
      return value == null || value.isBlank() ? fallback : value.strip();
    }
  }

  /** Prints the error and its hint (and the stack trace when {@code debug}). */
  public static void print(Throwable e, PrintStream err, boolean debug, Hosts hosts) {
    err.println("error: " + message(e));
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message(e).contains(cause.getMessage())) {
      err.println("cause: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
    hint(e, hosts == null ? new Hosts("the API host (" + ClientOptions.ENV_BASE_URL + ")",
        "the token host (" + ClientOptions.ENV_TOKEN_BASE_URL + ")") : hosts).ifPresent(h -> err.println("hint: " + h));
    if (debug) {
      e.printStackTrace(err);
    }
  }

  /** The message, prefixed with the exception's simple name when it is not one of the SDK's. */
  static String message(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof io.sasekit.core.errors.SasekitException || e instanceof WorkflowException) {
      return m;
    }
    return e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
  }

  /**
   * What to do about it, following the guide's troubleshooting section; connectivity hints name
   * {@code hosts}, the ones this run is configured with.
   */
  public static Optional<String> hint(Throwable e, Hosts hosts) {
    // Prisma Access job exceptions extend sdk-core's; the Strata Cloud Manager client throws sdk-core's
    boolean prismaAccess = e instanceof io.sasekit.prismaaccess.workflow.JobFailedException
        || e instanceof io.sasekit.prismaaccess.workflow.JobTimeoutException;
    if (e instanceof JobFailedException) {
      return Optional.of("the candidate configuration has issues (see the job details above, or Configuration"
          + " Issues in Strata Cloud Manager): fix them and push again, or discard the candidate"
          + (prismaAccess ? " (DELETE /sse/config/v1/config-versions/candidate)" : ""));
    }
    if (e instanceof JobTimeoutException) {
      return Optional.of("large pushes can take several minutes; the job may still finish: check it with"
          + " GET " + (prismaAccess ? "/sse/config/v1/jobs/" : "/config/operations/v1/jobs/")
          + ((JobTimeoutException) e).jobId() + " or wait longer with --timeout");
    }
    if (hosts.apiKeyAuth() && (e instanceof ConfigurationException || e instanceof UnauthorizedException
        || e instanceof PermissionDeniedException)) {
      return Optional.of((e instanceof ConfigurationException ? "" : "the API key was rejected: ") + "check "
          + ApiKeyCredential.ENV_API_KEY + " (or " + ApiKeyCredential.ENV_API_TOKEN + ") and "
          + AirsScanClient.ENV_ENDPOINT + " (us, eu, in, sg or a URL: the region the key's deployment profile"
          + " was activated in), or unset them to use the embedded simulator");
    }
    if (e instanceof ConfigurationException) {
      return Optional.of("set PANW_CLIENT_ID, PANW_CLIENT_SECRET and PANW_TSG_ID for a real tenant,"
          + " or unset them to use the embedded simulator");
    }
    if (e instanceof TokenException) {
      return Optional.of(((TokenException) e).status().isPresent()
          ? "the identity provider rejected the credentials: check PANW_CLIENT_ID / PANW_CLIENT_SECRET"
            + " (regenerate the secret in Settings > Identity & Access > Service Accounts if unsure) and PANW_TSG_ID"
          : "the token endpoint is not reachable: check connectivity to " + hosts.tokenUrl()
            + " (" + ClientOptions.ENV_TOKEN_BASE_URL + ") and proxy settings");
    }
    if (e instanceof UnauthorizedException) {
      return Optional.of("the credentials or token were rejected: check PANW_CLIENT_ID / PANW_CLIENT_SECRET");
    }
    if (e instanceof PermissionDeniedException) {
      return Optional.of("the service account is authenticated but lacks the role for this resource"
          + " (most need Prisma Access Admin), or PANW_TSG_ID names another tenant");
    }
    if (e instanceof ValidationException || e instanceof BadRequestException) {
      return Optional.of(isAboutNames(e)
          ? "the name breaks the object's naming rule (the message gives it): at most 63 characters for most"
            + " objects, 31 for some, of letters, digits and . _ -"
          : "a field is invalid or missing: the message names it");
    }
    if (e instanceof ConflictException) {
      return Optional.of("an object with this name already exists in the folder: reuse it, or delete it first");
    }
    if (e instanceof NotFoundException) {
      return Optional.of("the object does not exist, or lives in another folder: list it to check its folder and id");
    }
    if (e instanceof RateLimitException) {
      return Optional.of("rate limited after all retries: run again later, or with fewer objects at once");
    }
    if (e instanceof ApiIoException) {
      return Optional.of("the API was not reachable: check connectivity to " + hosts.apiBaseUrl()
          + " and proxy settings");
    }
    if (e instanceof ApiException && ((ApiException) e).status() >= 500) {
      return Optional.of("a service-side error: retry; if it persists, contact Palo Alto Networks support"
          + ((ApiException) e).requestId().map(id -> " with request id " + id).orElse(""));
    }
    return Optional.empty();
  }

  /** Whether a validation error is about an object's name (its length or its characters). */
  private static boolean isAboutNames(Throwable e) {
    if (e instanceof ValidationException v) {
      return v.violations().stream().anyMatch(x -> x.path() != null && x.path().matches("(.*\\.)?name")
          && x.constraint() != null && x.constraint().matches("(?i).*(length|pattern).*"));
    }
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    return m.matches("(?s).*\\bname\\b.*") && m.matches("(?s).*(63|too long|length|characters).*");
  }
}
