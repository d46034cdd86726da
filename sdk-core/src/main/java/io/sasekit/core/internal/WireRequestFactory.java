package io.sasekit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an operation and its arguments into a {@link WireRequest}: serializes the body to a JSON
 * tree, strips {@code readOnly} members, validates (unless switched off), fills the path template
 * (values percent-encoded as path segments; literal text such as a {@code :move} suffix passes
 * through unchanged), builds the query (spec parameters in spec order, list values repeating the
 * name, or joined by literal commas for an {@code explode: false} parameter, then {@link
 * RequestOptions#queryParams()}), and sets the headers.
 */
public final class WireRequestFactory {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]+)}");
  /** Split path templates by template text (one per operation at most). */
  private static final Map<String, String[]> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

  private final ClientOptions options;
  private final ObjectMapper mapper;
  private final ParameterValues values;
  private final RequestValidator validator;
  private final String userAgent;

  /** A factory for requests to {@code options.baseUrl()}. */
  public WireRequestFactory(ClientOptions options, ObjectMapper mapper) {
    this.options = options;
    this.mapper = mapper;
    this.values = new ParameterValues(mapper);
    this.validator = new RequestValidator(values);
    this.userAgent = SdkVersion.userAgent(options.userAgentSuffix().orElse(null));
  }

  /** The User-Agent sent. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Builds the request.
   *
   * @throws ValidationException when validation is on and the arguments break a constraint, or
   *     (always) when a path parameter is missing
   */
  public WireRequest build(OperationSpec op, Arguments args, RequestOptions ro) {
    boolean validate = ro.validation().orElse(options.validation());
    java.util.Set<String> unknownEnums = new java.util.HashSet<>();
    JsonNode body = bodyTree(op, args, unknownEnums);
    if (validate) {
      List<Violation> violations = validator.validate(op, args, body);
      // A value of an open enum that the SDK does not know came from the service (or was chosen
      // on purpose): sending it back is not the caller's mistake.
      violations.removeIf(v -> v.constraint().startsWith("enum=") && unknownEnums.contains(v.path()));
      if (!violations.isEmpty()) {
        throw new ValidationException(op.key(), violations);
      }
    }
    String path = fillPath(op, args);
    String query = query(op, args, ro, validate);
    String url = joinBase(options.baseUrl(), path) + (query.isEmpty() ? "" : "?" + query);

    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(Map.entry("User-Agent", userAgent));
    headers.add(Map.entry("Accept", "application/json"));
    byte[] bytes = null;
    String contentType = null;
    if (body != null && !body.isMissingNode()) {
      try {
        bytes = mapper.writeValueAsBytes(body);
      } catch (JsonProcessingException e) {
        throw new SasekitException("cannot serialize the body of " + op.key(), e);
      }
      contentType = "application/json";
      headers.add(Map.entry("Content-Type", contentType));
    }
    for (ParameterSpec p : op.parameters()) {
      if (p.location() == ParameterLocation.HEADER) {
        List<String> texts = values.texts(args.params().get(p.name()));
        if (!texts.isEmpty()) {
          headers.add(Map.entry(p.name(), String.join(",", texts)));
        }
      }
    }
    ro.headers().forEach((k, v) -> headers.add(Map.entry(k, v)));
    options.apiKey().ifPresent(k -> headers.add(Map.entry(k.headerName(), k.headerValue())));
    return new WireRequest(op.method(), url, prefixPath(options.baseUrl()) + path, headers, bytes,
        contentType, false);
  }

  /** The body as a JSON tree without readOnly members, or {@code null} when none was given. */
  private JsonNode bodyTree(OperationSpec op, Arguments args, java.util.Set<String> unknownEnums) {
    Object raw = args.body().orElse(null);
    if (raw == null) {
      return null;
    }
    JsonNode tree;
    boolean own = !(raw instanceof JsonNode); // a tree made here may be stripped without a copy
    try {
      if (!own) {
        tree = (JsonNode) raw;
      } else {
        com.fasterxml.jackson.databind.util.TokenBuffer buffer =
            new com.fasterxml.jackson.databind.util.TokenBuffer(mapper, false);
        mapper.writer().withAttribute(io.sasekit.core.json.JsonMapper.UNKNOWN_ENUM_PATHS, unknownEnums)
            .writeValue(buffer, raw);
        tree = mapper.readTree(buffer.asParser());
      }
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new ValidationException(op.key(), List.of(new Violation("body", "json", null,
          "body cannot be written as JSON: " + e.getMessage())));
    }
    if (tree == null || tree.isNull()) {
      return null;
    }
    if (op.body() != null) {
      tree = own
          ? SchemaValidator.instance().stripReadOnlyInPlace(tree, op.body().schema())
          : SchemaValidator.instance().stripReadOnly(tree, op.body().schema());
    }
    return tree;
  }

  private String fillPath(OperationSpec op, Arguments args) {
    String[] parts = TEMPLATES.computeIfAbsent(op.pathTemplate(), WireRequestFactory::splitTemplate);
    StringBuilder sb = new StringBuilder();
    List<Violation> missing = null;
    for (int i = 0; i < parts.length; i++) {
      if (i % 2 == 0) {
        sb.append(parts[i]);
        continue;
      }
      String name = parts[i];
      String value = values.text(args.params().get(name));
      String unsafe = value == null || value.isEmpty() ? null : PercentEncoding.checkPathSegment(value);
      if (value == null || value.isEmpty()) {
        missing = add(missing, new Violation("path." + name, "required", null, "path." + name + " is required"));
      } else if (unsafe != null) {
        missing = add(missing, new Violation("path." + name, "segment", value, "path." + name + " " + unsafe));
      } else {
        sb.append(PercentEncoding.encode(value));
      }
    }
    if (missing != null) {
      throw new ValidationException(op.key(), missing);
    }
    String path = sb.toString();
    return path.startsWith("/") ? path : "/" + path;
  }

  private static List<Violation> add(List<Violation> list, Violation v) {
    List<Violation> out = list == null ? new ArrayList<>() : list;
    out.add(v);
    return out;
  }

  /**
   * A path template split once into literal text and placeholder names, alternating (even
   * indexes literal, odd indexes names): the request of every call fills the same few templates.
   */
  private static String[] splitTemplate(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    List<String> parts = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      parts.add(template.substring(last, m.start()));
      parts.add(m.group(1));
      last = m.end();
    }
    parts.add(template.substring(last));
    return parts.toArray(new String[0]);
  }

  private String query(OperationSpec op, Arguments args, RequestOptions ro, boolean validate) {
    StringBuilder q = new StringBuilder();
    for (ParameterSpec p : op.parameters()) {
      if (p.location() == ParameterLocation.QUERY) {
        List<String> texts = values.texts(args.params().get(p.name()));
        if (!p.explode() && texts.size() > 1) {
          appendJoined(q, p.name(), texts);
        } else {
          append(q, p.name(), texts);
        }
      }
    }
    if (!validate) {
      // Validation is off: parameters the operation does not declare travel in the query.
      for (Map.Entry<String, Object> e : args.params().entrySet()) {
        if (op.parameter(e.getKey()).isEmpty()) {
          append(q, e.getKey(), values.texts(e.getValue()));
        }
      }
    }
    ro.queryParams().forEach((k, v) -> append(q, k, v == null ? List.of() : List.of(v)));
    return q.toString();
  }

  private static void append(StringBuilder q, String name, List<String> texts) {
    for (String t : texts) {
      if (q.length() > 0) {
        q.append('&');
      }
      q.append(PercentEncoding.encode(name)).append('=').append(PercentEncoding.encode(t));
    }
  }

  /** {@code explode: false}: one value, each element encoded, separated by literal commas. */
  private static void appendJoined(StringBuilder q, String name, List<String> texts) {
    if (q.length() > 0) {
      q.append('&');
    }
    q.append(PercentEncoding.encode(name)).append('=');
    for (int i = 0; i < texts.size(); i++) {
      q.append(i == 0 ? "" : ",").append(PercentEncoding.encode(texts.get(i)));
    }
  }

  /** {@code base} (no trailing slash, possibly with a path prefix) joined with {@code path}. */
  static String joinBase(String base, String path) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return b + (path.startsWith("/") ? path : "/" + path);
  }

  /** The path prefix of the base URL ({@code /aisec} for {@code https://host/aisec}), or empty. */
  private static String prefixPath(String base) {
    int scheme = base.indexOf("://");
    int slash = base.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (slash < 0) {
      return "";
    }
    String p = base.substring(slash);
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
