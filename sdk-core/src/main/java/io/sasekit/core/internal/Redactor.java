package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes text safe to log: JSON members whose names look secret ({@code secret}, {@code password},
 * {@code psk}, {@code passphrase}, {@code token}, {@code key}, {@code authorization}, ...) are
 * replaced by {@code ****}, the same for form fields, sensitive headers are masked, and every
 * literal secret it was given (the client secret) is scrubbed from whatever text remains.
 */
public final class Redactor {
  /** What replaces a hidden value. */
  public static final String MASK = "****";
  private static final int MAX_LOGGED_BODY = 4096;

  private final List<String> literals;

  /** A redactor that also scrubs the given literal values (blank ones are ignored). */
  public Redactor(Collection<String> literalSecrets) {
    List<String> l = new ArrayList<>();
    for (String s : literalSecrets) {
      if (s != null && s.length() >= 4) {
        l.add(s);
      }
    }
    this.literals = List.copyOf(l);
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

  /** {@code text} with every literal secret replaced by {@link #MASK}. */
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
    return out;
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
