package io.sasekit.codegen.emit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.Parameter;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.model.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints the operation registry ({@code META-INF/sasekit/<api>/operations.json}) exactly in the
 * format of {@code docs/registry-format.md}.
 */
public final class RegistryEmitter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The registry's resource path inside a jar. */
  public static String resourcePath(String api) {
    return "META-INF/sasekit/" + api + "/operations.json";
  }

  /** Writes the registry under {@code resourcesRoot}; returns the file. */
  public Path write(ApiModel model, Path resourcesRoot) {
    Path file = resourcesRoot.resolve(resourcePath(model.api));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, toJson(model), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** The registry document as text. */
  public String toJson(ApiModel model) {
    try {
      return MAPPER.writeValueAsString(document(model)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The registry document as a tree. */
  public ObjectNode document(ApiModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("api", model.api);
    if (model.title != null) {
      root.put("title", model.title);
    }
    if (model.defaultBaseUrl != null) {
      root.put("defaultBaseUrl", model.defaultBaseUrl);
    }
    ObjectNode files = root.putObject("specFiles");
    model.specServers.forEach((file, urls) -> {
      ArrayNode servers = files.putObject(file).putArray("servers");
      urls.forEach(servers::add);
    });
    ObjectNode schemas = root.putObject("schemas");
    model.schemas.forEach((name, s) -> schemas.set(name, schema(s)));
    ArrayNode ops = root.putArray("operations");
    for (Operation op : model.operations()) {
      ops.add(operation(op));
    }
    return root;
  }

  private ObjectNode operation(Operation op) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("resource", op.resource);
    o.put("operation", op.name);
    o.put("operationId", op.operationId);
    o.put("specFile", op.specFile);
    o.put("method", op.method);
    o.put("path", op.path);
    if (op.summary != null) {
      o.put("summary", op.summary.strip());
    }
    ArrayNode params = o.putArray("parameters");
    for (Parameter p : op.parameters) {
      ObjectNode pn = params.addObject();
      pn.put("name", p.name);
      pn.put("in", p.in.wireName());
      pn.put("required", p.required);
      if (!p.explode) {
        pn.put("explode", false);
      }
      if (p.description != null) {
        pn.put("description", p.description.strip());
      }
      pn.set("schema", schema(p.schema));
    }
    if (!op.exactlyOneOf.isEmpty()) {
      ArrayNode x = o.putArray("exactlyOneOf");
      op.exactlyOneOf.forEach(x::add);
    }
    if (op.body != null) {
      ObjectNode b = o.putObject("body");
      b.put("required", op.bodyRequired);
      b.set("schema", schema(op.body));
    }
    ObjectNode r = o.putObject("response");
    r.put("shape", op.responseShape.wireName());
    if (op.responseShape != ResponseShape.NONE && op.responseSchema != null) {
      r.set("schema", schema(op.responseSchema));
    }
    if (op.paging != null) {
      o.set("paging", paging(op.paging));
    }
    return o;
  }

  private static ObjectNode paging(Paging p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("kind", p.kind());
    n.put("offset", p.offsetParam());
    if (p.limitParam() != null) {
      n.put("limit", p.limitParam());
    }
    if (p.maxLimit() != null) {
      n.put("maxLimit", p.maxLimit());
    }
    if (p.isNextOffset()) {
      n.put("items", p.itemsMember());
      n.put("next", p.nextMember());
    }
    return n;
  }

  /** One schema object of the registry format. */
  public ObjectNode schema(Schema s) {
    ObjectNode n = MAPPER.createObjectNode();
    if (s == null) {
      return n;
    }
    if (s.isRef()) {
      n.put("$ref", s.ref);
      return n;
    }
    if (s.type != null) {
      n.put("type", s.type);
    }
    if (!s.properties.isEmpty()) {
      ObjectNode props = n.putObject("properties");
      s.properties.forEach((k, v) -> props.set(k, schema(v)));
    }
    if (!s.required.isEmpty()) {
      ArrayNode req = n.putArray("required");
      s.required.forEach(req::add);
    }
    if (s.items != null) {
      n.set("items", schema(s.items));
    }
    if (!s.oneOf.isEmpty()) {
      ArrayNode one = n.putArray("oneOf");
      s.oneOf.forEach(o -> one.add(schema(o)));
    }
    if (!s.oneOfGroups.isEmpty()) {
      // several independent exactly-one groups: every part must match, each part one of its options
      ArrayNode all = n.putArray("allOf");
      for (List<Schema> group : s.oneOfGroups) {
        ArrayNode one = all.addObject().putArray("oneOf");
        group.forEach(o -> one.add(schema(o)));
      }
    }
    if (!s.enumValues.isEmpty()) {
      ArrayNode en = n.putArray("enum");
      s.enumValues.forEach(v -> en.add(MAPPER.valueToTree(v)));
    }
    if (s.minLength != null) n.put("minLength", s.minLength);
    if (s.maxLength != null) n.put("maxLength", s.maxLength);
    if (s.pattern != null) n.put("pattern", s.pattern);
    if (s.format != null) n.put("format", s.format);
    if (s.minimum != null) n.put("minimum", number(s.minimum));
    if (s.maximum != null) n.put("maximum", number(s.maximum));
    if (s.minItems != null) n.put("minItems", s.minItems);
    if (s.maxItems != null) n.put("maxItems", s.maxItems);
    if (s.uniqueItems != null) n.put("uniqueItems", s.uniqueItems);
    if (s.readOnly) n.put("readOnly", true);
    if (s.secret) n.put("secret", true);
    if (s.defaultValue != null) n.set("default", MAPPER.valueToTree(s.defaultValue));
    if (s.description != null && !s.description.isBlank()) n.put("description", s.description.strip());
    return n;
  }

  private static BigDecimal number(BigDecimal b) {
    BigDecimal stripped = b.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

}
