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

/**
 * Every operation of one API, as compiled by the generator into {@code operations.json} (format:
 * {@code docs/registry-format.md}). Immutable and thread-safe; load it once.
 */
public final class OperationRegistry {
  private final String api;
  private final String title;
  private final String defaultBaseUrl;
  private final Map<String, SchemaSpec> schemas;
  private final Map<String, Map<String, OperationSpec>> byResource;
  private final List<OperationSpec> operations;

  private OperationRegistry(JsonNode root) {
    this.api = root.path("api").asText();
    this.title = root.path("title").asText(api);
    this.defaultBaseUrl = root.path("defaultBaseUrl").asText(null);
    this.schemas = SchemaSpec.parseDefinitions(root.get("schemas"));
    Map<String, Map<String, OperationSpec>> res = new LinkedHashMap<>();
    List<OperationSpec> all = new ArrayList<>();
    for (JsonNode op : root.path("operations")) {
      OperationSpec spec = parseOperation(op);
      Map<String, OperationSpec> ops = res.computeIfAbsent(spec.resource(), k -> new LinkedHashMap<>());
      if (ops.put(spec.operation(), spec) != null) {
        throw new IllegalStateException("duplicate operation in registry: " + spec.key());
      }
      all.add(spec);
    }
    res.replaceAll((k, v) -> Collections.unmodifiableMap(v));
    this.byResource = Collections.unmodifiableMap(res);
    this.operations = List.copyOf(all);
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
    return operations;
  }

  /** Every resource key, in registry order. */
  public Set<String> resources() {
    return byResource.keySet();
  }

  /** The operations of one resource by name; empty when the resource is unknown. */
  public Map<String, OperationSpec> operations(String resource) {
    return byResource.getOrDefault(resource, Map.of());
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
    Map<String, OperationSpec> ops = byResource.get(resource);
    if (ops == null) {
      throw new UnknownOperationException(resource, null, new ArrayList<>(byResource.keySet()));
    }
    OperationSpec spec = ops.get(operation);
    if (spec == null) {
      throw new UnknownOperationException(resource, operation, new ArrayList<>(ops.keySet()));
    }
    return spec;
  }

  @Override
  public String toString() {
    return "OperationRegistry{api=" + api + ", operations=" + operations.size() + "}";
  }
}
