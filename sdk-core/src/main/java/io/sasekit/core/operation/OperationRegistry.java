package io.sasekit.core.operation;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.UnknownOperationException;
import io.sasekit.core.schema.SchemaSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every operation of one API, as compiled by the generator into {@code operations.json} (format:
 * {@code docs/registry-format.md}). Immutable and thread-safe; load it once.
 *
 * <p>Loading reads the document and indexes its operations by name; an operation (and each named
 * schema) is parsed when it is first asked for, so a client that makes one call parses one row.
 */
public final class OperationRegistry {
  private final String api;
  private final String title;
  private final String defaultBaseUrl;
  private final Map<String, SchemaSpec> schemas;
  /** The server URLs each spec file declares, by spec path. */
  private final Map<String, List<String>> specServers;
  /** Each operation's row of the document, by resource and operation name, in registry order. */
  private final Map<String, Map<String, JsonNode>> rows;
  private final int size;
  /** The operations parsed so far, by key ({@code resource.operation}). */
  private final Map<String, OperationSpec> parsed = new ConcurrentHashMap<>();
  private volatile List<OperationSpec> operations;

  private OperationRegistry(JsonNode root) {
    this.api = root.path("api").asText();
    this.title = root.path("title").asText(api);
    this.defaultBaseUrl = root.path("defaultBaseUrl").asText(null);
    this.schemas = SchemaSpec.lazyDefinitions(root.get("schemas"));
    Map<String, List<String>> servers = new LinkedHashMap<>();
    root.path("specFiles").fields().forEachRemaining(f -> {
      List<String> urls = new ArrayList<>();
      f.getValue().path("servers").forEach(u -> urls.add(u.asText()));
      servers.put(f.getKey(), List.copyOf(urls));
    });
    this.specServers = Collections.unmodifiableMap(servers);
    Map<String, Map<String, JsonNode>> res = new LinkedHashMap<>();
    int count = 0;
    for (JsonNode op : root.path("operations")) {
      String resource = op.path("resource").asText();
      String operation = op.path("operation").asText();
      if (res.computeIfAbsent(resource, k -> new LinkedHashMap<>()).put(operation, op) != null) {
        throw new IllegalStateException("duplicate operation in registry: " + resource + "." + operation);
      }
      count++;
    }
    res.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    this.rows = Collections.unmodifiableMap(res);
    this.size = count;
  }

  /** The operation of {@code row} (parsed on first use, then kept). */
  private OperationSpec spec(String resource, String operation, JsonNode row) {
    String key = resource + "." + operation;
    OperationSpec spec = parsed.get(key);
    return spec != null ? spec : parsed.computeIfAbsent(key, k -> parseOperation(row));
  }

  private OperationSpec parseOperation(JsonNode op) {
    List<ParameterSpec> params = new ArrayList<>();
    for (JsonNode p : op.path("parameters")) {
      params.add(
          new ParameterSpec(
              p.path("name").asText(),
              ParameterLocation.fromName(p.path("in").asText()),
              p.path("required").asBoolean(false),
              SchemaSpec.parse(p.path("schema"), schemas),
              p.hasNonNull("description") ? p.get("description").asText() : null,
              p.path("explode").asBoolean(true)));
    }
    BodySpec body = null;
    JsonNode b = op.get("body");
    if (b != null && !b.isNull()) {
      body = new BodySpec(b.path("required").asBoolean(false), SchemaSpec.parse(b.path("schema"), schemas));
    }
    JsonNode r = op.path("response");
    ResponseShape shape = ResponseShape.fromName(r.path("shape").asText("any"));
    SchemaSpec responseSchema = r.hasNonNull("schema") ? SchemaSpec.parse(r.get("schema"), schemas) : null;
    List<String> exactlyOne = new ArrayList<>();
    op.path("exactlyOneOf").forEach(n -> exactlyOne.add(n.asText()));
    return new OperationSpec(
        op.path("resource").asText(),
        op.path("operation").asText(),
        op.path("operationId").asText(null),
        op.path("specFile").asText(null),
        op.path("method").asText().toUpperCase(java.util.Locale.ROOT),
        op.path("path").asText(),
        op.hasNonNull("summary") ? op.get("summary").asText() : null,
        params,
        body,
        shape,
        responseSchema,
        exactlyOne,
        parsePaging(op));
  }

  private static PagingSpec parsePaging(JsonNode op) {
    JsonNode p = op.get("paging");
    if (p == null || p.isNull()) {
      return null;
    }
    try {
      return new PagingSpec(
          PagingSpec.Kind.fromName(p.path("kind").asText()),
          p.path("offset").asText(null),
          p.path("limit").asText(null),
          p.hasNonNull("maxLimit") ? p.get("maxLimit").asInt() : null,
          p.path("items").asText(null),
          p.path("next").asText(null));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("registry operation " + op.path("resource").asText() + "."
          + op.path("operation").asText() + ": bad paging: " + e.getMessage(), e);
    }
  }

  /** Builds a registry from a parsed registry document. */
  public static OperationRegistry fromJson(JsonNode root) {
    return new OperationRegistry(root);
  }

  /** Reads a registry document from a stream (closed afterwards). */
  public static OperationRegistry load(InputStream in) {
    try (InputStream s = in) {
      return fromJson(io.sasekit.core.json.JsonMapper.shared().readTree(s));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read operation registry", e);
    }
  }

  /**
   * Reads a registry document from the class path, e.g. {@code
   * META-INF/sasekit/prisma-access/operations.json}.
   */
  public static OperationRegistry fromClasspath(String resourceName, ClassLoader loader) {
    InputStream in = loader.getResourceAsStream(resourceName);
    if (in == null) {
      throw new SasekitException("operation registry not found on the class path: " + resourceName);
    }
    return load(in);
  }

  /** The API's short name, e.g. {@code prisma-access}. */
  public String api() {
    return api;
  }

  /** The API's title. */
  public String title() {
    return title;
  }

  /** The API's default base URL, or {@code null}. */
  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** Every operation, in registry order. */
  public List<OperationSpec> operations() {
    List<OperationSpec> all = operations;
    if (all == null) {
      List<OperationSpec> list = new ArrayList<>(size);
      rows.forEach((resource, ops) -> ops.forEach((name, row) -> list.add(spec(resource, name, row))));
      all = List.copyOf(list);
      operations = all;
    }
    return all;
  }

  /** Every resource key, in registry order. */
  public Set<String> resources() {
    return rows.keySet();
  }

  /** The operations of one resource by name; empty when the resource is unknown. */
  public Map<String, OperationSpec> operations(String resource) {
    Map<String, JsonNode> ops = rows.get(resource);
    if (ops == null) {
      return Map.of();
    }
    Map<String, OperationSpec> out = new LinkedHashMap<>();
    ops.forEach((name, row) -> out.put(name, spec(resource, name, row)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The server URLs each spec file of the API declares, in the file's order, by spec path (the
   * {@code specFile} of its operations); empty for a registry written before the generator recorded
   * them.
   */
  public Map<String, List<String>> specServers() {
    return specServers;
  }

  /** The named schemas. */
  public Map<String, SchemaSpec> schemas() {
    return schemas;
  }

  /**
   * The operation {@code resource.operation}.
   *
   * @throws UnknownOperationException naming the resource, or the operation with the valid ones
   */
  public OperationSpec require(String resource, String operation) {
    Map<String, JsonNode> ops = rows.get(resource);
    if (ops == null) {
      throw new UnknownOperationException(resource, null, new ArrayList<>(rows.keySet()));
    }
    JsonNode row = ops.get(operation);
    if (row == null) {
      throw new UnknownOperationException(resource, operation, new ArrayList<>(ops.keySet()));
    }
    return spec(resource, operation, row);
  }

  @Override
  public String toString() {
    return "OperationRegistry{api=" + api + ", operations=" + size + "}";
  }
}
