package io.sasekit.core.auth;

import io.sasekit.core.errors.ConfigurationException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A static credential sent as one request header on every call, the second credential kind beside
 * OAuth2 bearer tokens ({@link TokenProvider}). APIs such as the Prisma AIRS runtime scan API
 * authenticate with an API key in the {@code x-pan-token} header ({@link #apiKey}) or with a
 * bearer token the caller already holds ({@link #bearerToken}). Set it with {@code
 * ClientOptions.builder().apiKey(...)}; the client then sends no OAuth2 token.
 *
 * <p>The value never appears in {@link #toString()}, in exception messages or in the SDK's logs
 * (the header is masked and the literal value scrubbed from every logged text).
 */
public final class ApiKeyCredential {
  /** The header Prisma AIRS reads its API key from. */
  public static final String DEFAULT_HEADER = "x-pan-token";
  /** Environment variable holding an AIRS API key (read by {@link #fromEnv}). */
  public static final String ENV_API_KEY = "PANW_AI_SEC_API_KEY";
  /** Environment variable holding an AIRS bearer token, used when no API key is set. */
  public static final String ENV_API_TOKEN = "PANW_AI_SEC_API_TOKEN";
  /** The longest value accepted (the limit of Palo Alto's Python SDK). */
  public static final int MAX_LENGTH = 2048;

  private final String headerName;
  private final String headerValue;
  private final boolean bearer;

  private ApiKeyCredential(String headerName, String headerValue, boolean bearer) {
    this.headerName = headerName;
    this.headerValue = headerValue;
    this.bearer = bearer;
  }

  /**
   * An API key sent in the {@code x-pan-token} header.
   *
   * @param apiKey the key (e.g. the value {@code apiKeys().create(...)} of the AIRS management API returns)
   * @return the credential
   * @throws ConfigurationException (field {@code apiKey}) when the key is blank, longer than
   *     {@value #MAX_LENGTH} characters or contains characters a header cannot carry
   */
  public static ApiKeyCredential apiKey(String apiKey) {
    return of(DEFAULT_HEADER, apiKey, "apiKey");
  }

  /**
   * An API key sent in a header of another name.
   *
   * @param headerName the header, e.g. {@code x-api-key}
   * @param value the key
   * @return the credential
   * @throws ConfigurationException when the name is not a header name or the value is unusable
   */
  public static ApiKeyCredential header(String headerName, String value) {
    return of(headerName, value, "apiKey");
  }

  /**
   * A bearer token sent as {@code Authorization: Bearer <token>} (the alternative to an API key
   * that Palo Alto's Python SDK accepts as {@code api_token}).
   *
   * @param token the token
   * @return the credential
   * @throws ConfigurationException (field {@code apiToken}) when the token is blank, too long or
   *     contains characters a header cannot carry
   */
  public static ApiKeyCredential bearerToken(String token) {
    check("apiToken", token);
    return new ApiKeyCredential("Authorization", "Bearer " + token.strip(), true);
  }

  /**
   * Reads {@value #ENV_API_KEY}, else {@value #ENV_API_TOKEN}, from an environment map.
   *
   * @param environment the variables (e.g. {@code System.getenv()})
   * @return the credential, or empty when neither variable is set
   */
  public static Optional<ApiKeyCredential> fromEnv(Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    String key = environment.get(ENV_API_KEY);
    if (key != null && !key.isBlank()) {
      return Optional.of(apiKey(key));
    }
    String token = environment.get(ENV_API_TOKEN);
    if (token != null && !token.isBlank()) {
      return Optional.of(bearerToken(token));
    }
    return Optional.empty();
  }

  private static ApiKeyCredential of(String headerName, String value, String field) {
    if (headerName == null || !headerName.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new ConfigurationException("apiKeyHeader",
          "apiKeyHeader must be an HTTP header name, got '" + headerName + "'");
    }
    check(field, value);
    return new ApiKeyCredential(headerName, value.strip(), false);
  }

  private static void check(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ConfigurationException(field, field + " is required and must not be blank");
    }
    String v = value.strip();
    if (v.length() > MAX_LENGTH) {
      throw new ConfigurationException(field,
          field + " must not be longer than " + MAX_LENGTH + " characters, got " + v.length());
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        // name the position, never the value
        throw new ConfigurationException(field,
            field + " contains a character a header cannot carry at position " + i);
      }
    }
  }

  /** The header the credential travels in ({@code x-pan-token}, or {@code Authorization}). */
  public String headerName() {
    return headerName;
  }

  /** The header value. A secret: never log it. */
  public String headerValue() {
    return headerValue;
  }

  /** Whether this is a bearer token ({@code Authorization: Bearer ...}) rather than an API key. */
  public boolean isBearerToken() {
    return bearer;
  }

  /** The header name and a mask; never the value. */
  @Override
  public String toString() {
    return "ApiKeyCredential{" + headerName + ": ****}";
  }
}
