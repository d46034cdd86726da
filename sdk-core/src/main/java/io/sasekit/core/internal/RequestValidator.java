package io.sasekit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.core.schema.SchemaType;
import io.sasekit.core.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks one call's arguments against its operation before anything is sent: required
 * parameters present, each value against its schema (paths {@code query.folder}, {@code
 * path.id}), the operation's {@code exactlyOneOf} sets, no parameter the operation does not know
 * ({@code unknown parameter}, naming the valid ones), and the body (already stripped of {@code
 * readOnly} members) against the body schema. Collects every violation.
 */
public final class RequestValidator {
  private final SchemaValidator schemas = SchemaValidator.instance();
  private final ParameterValues values;

  /** A validator that reads parameter values with {@code values}. */
  public RequestValidator(ParameterValues values) {
    this.values = values;
  }

  /**
   * Every violation of {@code op} by {@code args}.
   *
   * @param body the body as JSON (readOnly members removed), or {@code null} when none was given
   */
  public List<Violation> validate(OperationSpec op, Arguments args, JsonNode body) {
    List<Violation> out = new ArrayList<>();
    Map<String, Object> params = args.params();
    for (ParameterSpec p : op.parameters()) {
      String path = location(p) + "." + p.name();
      Object value = params.get(p.name());
      boolean absent = value == null || values.texts(value).isEmpty();
      if (absent) {
        if (p.required()) {
          out.add(new Violation(path, "required", null, path + " is required"));
        }
        continue;
      }
      JsonNode node = values.node(value, p.schema());
      SchemaSpec schema = p.schema().resolve();
      if (node.isArray() && schema.type() != SchemaType.ARRAY && schema.type() != SchemaType.ANY) {
        // a repeated parameter: each value against the parameter's schema
        for (int i = 0; i < node.size(); i++) {
          out.addAll(schemas.validate(node.get(i), p.schema(), path + "[" + i + "]"));
        }
      } else {
        out.addAll(schemas.validate(node, p.schema(), path));
      }
    }
    checkExactlyOne(op, params, out);
    List<String> unknown = new ArrayList<>();
    for (String name : params.keySet()) {
      if (op.parameter(name).isEmpty()) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      TreeSet<String> valid = new TreeSet<>();
      op.parameters().forEach(p -> valid.add(p.name()));
      String validText = valid.isEmpty() ? "none" : String.join(", ", valid);
      for (String name : unknown) {
        out.add(new Violation(name, "unknown parameter", null,
            "unknown parameter: " + name + " (valid: " + validText + ")"));
      }
    }
    if (op.body() == null) {
      if (body != null) {
        out.add(new Violation("body", "no body", null,
            "body is not accepted by " + op.key() + " (" + op.method() + " " + op.pathTemplate() + ")"));
      }
    } else if (body == null || body.isNull() || body.isMissingNode()) {
      if (op.body().required()) {
        out.add(new Violation("body", "required", null, "body is required"));
      }
    } else {
      out.addAll(schemas.validate(body, op.body().schema(), "body"));
    }
    return out;
  }

  private void checkExactlyOne(OperationSpec op, Map<String, Object> params, List<Violation> out) {
    List<String> names = op.exactlyOneOf();
    if (names.isEmpty()) {
      return;
    }
    List<String> given = new ArrayList<>();
    for (String n : names) {
      Object v = params.get(n);
      if (v != null && !values.texts(v).isEmpty()) {
        given.add(n);
      }
    }
    if (given.size() != 1) {
      String set = String.join(", ", names);
      out.add(new Violation("parameters", "exactlyOneOf=[" + set + "]", null,
          "parameters: exactly one of " + set + " must be set; found "
              + (given.isEmpty() ? "none" : String.join(", ", given))));
    }
  }

  private static String location(ParameterSpec p) {
    return p.location().name().toLowerCase(Locale.ROOT);
  }
}
