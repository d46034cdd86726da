package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.schema.SchemaValidator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes text safe to log or to put in an exception message: JSON members whose names look secret
 * ({@code secret}, {@code password}, {@code psk}, {@code passphrase}, {@code token}, {@code key},
 * {@code authorization}, ...) are replaced by {@code ****}, the same for form fields, sensitive
 * headers are masked, and every literal secret is scrubbed from whatever text remains.
 *
 * <p>Literal secrets are the ones given to the constructor plus a JVM-wide, bounded registry of
 * what the SDK knows to be secret: every client secret with the encodings it travels in (raw,
 * URL-encoded, the base64 {@code id:secret} of the Basic header) and every bearer token obtained
 * or sent (see {@link #registerCredentials}, {@link #registerToken}, {@link #remembering}). A
 * server that echoes any of them cannot get them into a message or a log line. On top of that,
 * {@link #text} masks {@code Bearer}/{@code Basic} credentials and token-shaped members ({@code
 * access_token}, {@code refresh_token}, {@code client_secret}, {@code api_key}, ...) in any text,
 * whether or not their values are known.
 */
public final class Redactor {
  /** What replaces a hidden value. */
  public static final String MASK = "****";
  private static final int MAX_LOGGED_BODY = 4096;
  /** Shorter literals are not scrubbed (they would mangle ordinary words). */
  private static final int MIN_LITERAL = 6;
  /** How many registered secrets are kept (the oldest are forgotten first). */
  private static final int MAX_REGISTERED = 512;
  private static final Map<String, Boolean> REGISTERED = new LinkedHashMap<>(16, 0.75f, false);
  private static volatile String[] registered = new String[0];
  private static volatile java.util.Set<String> registeredSet = java.util.Set.of();
  private static final java.util.regex.Pattern AUTH_SCHEME = java.util.regex.Pattern.compile(
      // a credential, not a word: it holds a digit or a symbol ("Basic configuration" stays)
      "\\b(Bearer|bearer|BEARER)(\\s+|%20|\\+)(?=[A-Za-z._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{6,}"
          + "|\\b(Basic|basic|BASIC)(\\s+|%20|\\+)(?=[A-Za-z+/]*[0-9+/=%])[A-Za-z0-9+/]{8,}(?:=|%3D){0,2}");
  private static final String TOKEN_NAME =
      "[A-Za-z0-9_.-]*(?:token|secret|password|passwd|passphrase|psk|api[_-]?key|apikey|authorization|credentials?)";
  private static final java.util.regex.Pattern JSON_MEMBER = java.util.regex.Pattern.compile(
      "(?i)(\\\\?\"" + TOKEN_NAME + "\\\\?\"\\s*:\\s*)(\\\\?\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
  private static final java.util.regex.Pattern FORM_FIELD = java.util.regex.Pattern.compile(
      "(?i)(^|[?&\\s])(" + TOKEN_NAME + ")=([^&\\s]+)");

  private final List<String> literals;

  /** A redactor that also scrubs the given literal values (short or blank ones are ignored). */
  public Redactor(Collection<String> literalSecrets) {
    List<String> l = new ArrayList<>();
    for (String s : literalSecrets) {
      if (s != null && s.length() >= MIN_LITERAL) {
        l.add(s);
        l.addAll(encodings(s));
      }
    }
    this.literals = List.copyOf(l);
  }

  /**
   * Registers a client's credentials JVM-wide: the secret raw and URL-encoded, and the Basic
   * credential {@code base64(id:secret)} (also of the URL-encoded pair, and unpadded).
   */
  public static void registerCredentials(String clientId, String clientSecret) {
    if (clientSecret == null || clientSecret.length() < MIN_LITERAL) {
      return;
    }
    List<String> all = new ArrayList<>(encodings(clientSecret));
    all.add(clientSecret);
    String id = clientId == null ? "" : clientId;
    for (String pair : List.of(id + ":" + clientSecret,
        urlEncoded(id) + ":" + urlEncoded(clientSecret))) {
      String b64 = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      all.add(b64);
      all.add(b64.replace("=", ""));
      all.add(Base64.getUrlEncoder().withoutPadding().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    register(all);
  }

  /** Registers a bearer token JVM-wide. */
  public static void registerToken(String token) {
    if (token != null && token.length() >= MIN_LITERAL) {
      register(List.of(token));
    }
  }

  /** {@code provider}, registering every token it hands out (for caller-supplied providers). */
  public static io.sasekit.core.auth.TokenProvider remembering(io.sasekit.core.auth.TokenProvider provider) {
    return new io.sasekit.core.auth.TokenProvider() {
      @Override
      public io.sasekit.core.auth.AccessToken token() {
        io.sasekit.core.auth.AccessToken t = provider.token();
        registerToken(t == null ? null : t.value());
        return t;
      }

      @Override
      public java.util.concurrent.CompletableFuture<io.sasekit.core.auth.AccessToken> tokenAsync() {
        return provider.tokenAsync().thenApply(t -> {
          registerToken(t == null ? null : t.value());
          return t;
        });
      }

      @Override
      public void invalidate(io.sasekit.core.auth.AccessToken rejected) {
        provider.invalidate(rejected);
      }

      @Override
      public String toString() {
        return provider.toString();
      }
    };
  }

  private static void register(List<String> secrets) {
    if (registeredSet.containsAll(secrets)) {
      return; // the common case: a token already known
    }
    synchronized (REGISTERED) {
      for (String s : secrets) {
        if (s.length() >= MIN_LITERAL) {
          REGISTERED.remove(s);
          REGISTERED.put(s, Boolean.TRUE);
        }
      }
      while (REGISTERED.size() > MAX_REGISTERED) {
        REGISTERED.remove(REGISTERED.keySet().iterator().next());
      }
      // longest first, so a secret is scrubbed before a shorter encoding inside it
      registered = REGISTERED.keySet().stream()
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .toArray(String[]::new);
      registeredSet = java.util.Set.of(registered);
    }
  }

  private static List<String> encodings(String secret) {
    List<String> out = new ArrayList<>();
    String form = urlEncoded(secret);
    if (!form.equals(secret)) {
      out.add(form);
    }
    String pct = PercentEncoding.encode(secret);
    if (!pct.equals(secret) && !pct.equals(form)) {
      out.add(pct);
    }
    return out;
  }

  private static String urlEncoded(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * Any text the SDK produces (an exception message, a log line) made safe: registered secrets
   * scrubbed, {@code Bearer}/{@code Basic} credentials and token-shaped JSON members and form
   * fields masked.
   */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = scrubRegistered(text);
    out = AUTH_SCHEME.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        (m.group(1) != null ? m.group(1) + m.group(2) : m.group(3) + m.group(4)) + MASK));
    out = JSON_MEMBER.matcher(out).replaceAll("$1\"" + MASK + "\"");
    return FORM_FIELD.matcher(out).replaceAll("$1$2=" + MASK);
  }

  private static String scrubRegistered(String text) {
    String out = text;
    for (String s : registered) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /** Whether a header's value must not be logged. */
  public static boolean sensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization")
        || n.equals("proxy-authorization")
        || n.equals("cookie")
        || n.equals("set-cookie")
        || SchemaValidator.looksSecret(n);
  }

  /** The header value as it may be logged. */
  public String header(String name, String value) {
    return sensitiveHeader(name) ? MASK : scrub(value);
  }

  /**
   * A URL as it may be logged: query values whose names look secret are masked, literal secrets
   * scrubbed.
   */
  public String url(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return scrub(url);
    }
    return scrub(url.substring(0, q + 1) + form(url.substring(q + 1)));
  }

  /** A body as it may be logged: secrets masked, at most 4 KB. */
  public String body(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String text = body.strip();
    String out;
    if (text.startsWith("{") || text.startsWith("[")) {
      out = json(text);
    } else if (text.indexOf('=') > 0 && text.indexOf(' ') < 0 && text.indexOf('\n') < 0) {
      out = form(text);
    } else {
      out = text;
    }
    out = scrub(out);
    return out.length() <= MAX_LOGGED_BODY
        ? out
        : out.substring(0, MAX_LOGGED_BODY) + "...(" + out.length() + " chars)";
  }

  /**
   * {@code text} with every literal secret (this redactor's and the registered ones) replaced by
   * {@link #MASK}, and {@code Bearer}/{@code Basic} credentials and token-shaped members masked.
   */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : literals) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return text(out);
  }

  private static String json(String text) {
    try {
      JsonNode tree = JsonMapper.shared().readTree(text);
      mask(tree, 0);
      return tree.toString();
    } catch (Exception e) {
      // Not JSON after all (e.g. truncated): mask "name": "value" pairs textually.
      return text.replaceAll(
          "(?i)(\"[^\"]*(secret|password|passwd|psk|passphrase|token|key|authorization|credential)[^\"]*\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]]*)",
          "$1\"" + MASK + "\"");
    }
  }

  private static void mask(JsonNode node, int depth) {
    if (depth > 64) {
      return;
    }
    if (node instanceof ObjectNode) {
      ObjectNode obj = (ObjectNode) node;
      List<String> hide = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (SchemaValidator.looksSecret(e.getKey())) {
          hide.add(e.getKey());
        } else {
          mask(e.getValue(), depth + 1);
        }
      }
      hide.forEach(k -> obj.set(k, TextNode.valueOf(MASK)));
    } else if (node instanceof ArrayNode) {
      node.forEach(n -> mask(n, depth + 1));
    }
  }

  private static String form(String text) {
    StringBuilder sb = new StringBuilder();
    for (String pair : text.split("&")) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && SchemaValidator.looksSecret(name)) {
        sb.append(name).append('=').append(MASK);
      } else {
        sb.append(pair);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Redactor{literals=" + literals.size() + "}";
  }
}
