package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ParamLocation;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Parameter;
import io.sasekit.codegen.normalize.draft.Schema;
import io.sasekit.codegen.parse.ParsedSpec;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the operations of one parsed file into raw {@link Operation}s (parameters, body and declared
 * success schema, all with placeholder references); the response shape is left undecided for
 * {@link ResponseShapes}.
 */
final class OperationReader {
  private final ParsedSpec spec;
  private final SchemaConverter converter;
  private final Components components;

  OperationReader(ParsedSpec spec, SchemaConverter converter) {
    this.spec = spec;
    this.converter = converter;
    OpenAPI api = spec.openApi();
    this.components = api.getComponents() == null ? new Components() : api.getComponents();
  }

  /** Raw operation bundle: method, path and the converted operation. */
  record RawOperation(String method, String path, io.swagger.v3.oas.models.Operation source) {}

  /** Every operation of the file in spec order. */
  List<RawOperation> list() {
    List<RawOperation> out = new ArrayList<>();
    if (spec.openApi().getPaths() == null) {
      return out;
    }
    for (Map.Entry<String, PathItem> e : spec.openApi().getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> m : e.getValue().readOperationsMap().entrySet()) {
        out.add(new RawOperation(m.getKey().name(), e.getKey(), m.getValue()));
      }
    }
    return out;
  }

  /** Converts one operation; resource and name come from the naming table. */
  Operation read(RawOperation raw, String resource, String name) {
    io.swagger.v3.oas.models.Operation src = raw.source();
    Operation op = new Operation();
    op.resource = resource;
    op.name = name;
    op.operationId = src.getOperationId();
    op.specFile = spec.path();
    op.method = raw.method();
    op.path = raw.path();
    op.summary = src.getSummary();
    op.description = src.getDescription();
    String where = spec.fileName() + " " + raw.method() + " " + raw.path();
    Map<String, io.swagger.v3.oas.models.parameters.Parameter> params = new LinkedHashMap<>();
    PathItem item = spec.openApi().getPaths().get(raw.path());
    if (item.getParameters() != null) {
      item.getParameters().forEach(p -> put(params, deref(p)));
    }
    if (src.getParameters() != null) {
      src.getParameters().forEach(p -> put(params, deref(p)));
    }
    for (io.swagger.v3.oas.models.parameters.Parameter p : params.values()) {
      ParamLocation in;
      switch (p.getIn()) {
        case "path":
          in = ParamLocation.PATH;
          break;
        case "query":
          in = ParamLocation.QUERY;
          break;
        case "header":
          in = ParamLocation.HEADER;
          break;
        default:
          continue; // cookies are not used by these APIs
      }
      Schema schema = converter.convert(p.getSchema(), where + " (" + p.getName() + ")");
      Parameter param = new Parameter(p.getName(), in, in == ParamLocation.PATH || Boolean.TRUE.equals(p.getRequired()), p.getDescription(), schema);
      param.explode = !(in == ParamLocation.QUERY && Boolean.FALSE.equals(p.getExplode()) && "array".equals(schema.type));
      op.parameters.add(param);
    }
    RequestBody body = src.getRequestBody();
    if (body != null && body.get$ref() != null) {
      body = components.getRequestBodies().get(last(body.get$ref()));
    }
    if (body != null) {
      MediaType mt = json(body.getContent());
      if (mt != null) {
        op.body = converter.convert(mt.getSchema(), where + " body");
        op.bodyRequired = Boolean.TRUE.equals(body.getRequired());
        op.bodyDescription = body.getDescription();
      }
    }
    op.responseShape = null;
    if (src.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> r : src.getResponses().entrySet()) {
        if (!r.getKey().startsWith("2")) {
          continue;
        }
        ApiResponse resp = r.getValue();
        if (resp.get$ref() != null) {
          resp = components.getResponses().get(last(resp.get$ref()));
        }
        MediaType mt = resp == null ? null : json(resp.getContent());
        if (mt != null && mt.getSchema() != null) {
          op.responseSchema = converter.convert(mt.getSchema(), where + " response");
        }
        break;
      }
    }
    return op;
  }

  private static void put(Map<String, io.swagger.v3.oas.models.parameters.Parameter> into, io.swagger.v3.oas.models.parameters.Parameter p) {
    into.put(p.getIn() + ":" + p.getName(), p);
  }

  private io.swagger.v3.oas.models.parameters.Parameter deref(io.swagger.v3.oas.models.parameters.Parameter p) {
    if (p.get$ref() == null) {
      return p;
    }
    io.swagger.v3.oas.models.parameters.Parameter target =
        components.getParameters() == null ? null : components.getParameters().get(last(p.get$ref()));
    if (target == null) {
      throw new IllegalArgumentException(spec.path() + ": unresolved parameter reference " + p.get$ref());
    }
    return target;
  }

  private static MediaType json(Content content) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    MediaType mt = content.get("application/json");
    return mt != null ? mt : content.values().iterator().next();
  }

  private static String last(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }
}
