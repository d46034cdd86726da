package io.sasekit.testkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation as a spec file declares it (read by {@link SpecApi}).
 *
 * @param specFile the lock path of the file
 * @param method the HTTP method, upper case
 * @param basePath the prefix the API puts before the path ({@code /config/objects/v1}, or empty)
 * @param path the path as the file writes it
 * @param operationId the operationId, or {@code null}
 * @param node the operation object of the document
 * @param doc the document (for {@code $ref} resolution)
 */
public record SpecOperation(String specFile, String method, String basePath, String path, String operationId,
    JsonNode node, ObjectNode doc) {

  /** The path the request reaches: base path and path. */
  public String fullPath() {
    return basePath + path;
  }

  /** {@code "GET /config/objects/v1/addresses"}. */
  public String signature() {
    return method + " " + fullPath();
  }

  /** The full path without its path parameters and action suffix: the collection it addresses. */
  public String stem() {
    return SpecApi.stem(fullPath());
  }

  /** Path-level and operation-level parameters, {@code $ref}s resolved, operation-level winning. */
  public List<JsonNode> parameters() {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode p : doc.path("paths").path(path).path("parameters")) {
      JsonNode r = SpecApi.resolve(doc, p);
      byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
    }
    for (JsonNode p : node.path("parameters")) {
      JsonNode r = SpecApi.resolve(doc, p);
      byKey.put(r.path("in").asText() + ":" + r.path("name").asText(), r);
    }
    return new ArrayList<>(byKey.values());
  }

  /** The parameter of that name ({@code $ref} resolved), or {@code null}. */
  public JsonNode parameter(String name) {
    for (JsonNode p : parameters()) {
      if (p.path("name").asText().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The first 2xx status the spec declares, 200 when none. */
  public int successStatus() {
    for (Iterator<String> codes = node.path("responses").fieldNames(); codes.hasNext(); ) {
      String code = codes.next();
      if (code.startsWith("2")) {
        return Integer.parseInt(code);
      }
    }
    return 200;
  }

  /** The {@code application/json} media type object of the 2xx answer (missing node when none). */
  public JsonNode successMedia() {
    JsonNode response = SpecApi.resolve(doc, node.path("responses").path(String.valueOf(successStatus())));
    return response.path("content").path("application/json");
  }

  /** The JSON schema of the 2xx answer, resolved one level, or {@code null} when none is declared. */
  public JsonNode successSchema() {
    JsonNode schema = successMedia().path("schema");
    return schema.isMissingNode() ? null : SpecApi.resolve(doc, schema);
  }

  /** The {@code application/json} request body schema ({@code $ref}s kept), or {@code null}. */
  public JsonNode requestBodySchema() {
    JsonNode body = SpecApi.resolve(doc, node.path("requestBody"));
    JsonNode schema = body.path("content").path("application/json").path("schema");
    return schema.isMissingNode() ? null : schema;
  }

  @Override
  public String toString() {
    return specFile + " " + signature();
  }
}
