package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.operation.BodySpec;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.schema.SchemaSpec;
import io.sasekit.core.schema.SchemaType;
import io.sasekit.core.schema.SchemaValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Validates a routed request the way the service would, with sdk-core's {@link SchemaValidator}:
 * required parameters, parameter constraints (query strings read as the schema's type), the
 * {@code exactlyOneOf} parameter groups, and the body (read-only members stripped first). A
 * {@code folder} the tenant has is accepted even when the registry's enum lists only the system
 * folders.
 */
public final class RegistryRequestValidator implements RequestValidator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final java.util.regex.Pattern FOLDER_FIELD =
      java.util.regex.Pattern.compile("(^|\\.)folders?(\\[\\d+])?$");
  private final SchemaValidator validator = SchemaValidator.instance();
  private final Predicate<String> knownFolder;

  /** Creates the validator; {@code knownFolder} says whether the tenant has a folder. */
  public RegistryRequestValidator(Predicate<String> knownFolder) {
    this.knownFolder = knownFolder;
  }

  @Override
  public List<Violation> validate(Call call) {
    OperationSpec op = call.op();
    List<Violation> out = new ArrayList<>();
    for (ParameterSpec p : op.parameters()) {
      String where = p.location().name().toLowerCase(Locale.ROOT);
      String path = where + "." + p.name();
      List<String> values = values(call, p);
      if (values.isEmpty()) {
        if (p.required()) {
          out.add(new Violation(path, "required", null, path + " is required"));
        }
        continue;
      }
      if (p.name().equals("folder") && p.location() == ParameterLocation.QUERY
          && knownFolder.test(values.get(0))) {
        continue;
      }
      out.addAll(validator.validate(coerce(values, p.schema()), p.schema(), path));
    }
    if (!op.exactlyOneOf().isEmpty()) {
      long given = op.exactlyOneOf().stream().filter(n -> !values(call, op.parameter(n).orElse(null)).isEmpty()).count();
      if (given != 1) {
        String group = String.join(", ", op.exactlyOneOf());
        out.add(new Violation("query", "exactlyOneOf=[" + group + "]", null,
            "exactly one of [" + group + "] must be given, got " + given));
      }
    }
    BodySpec body = op.body();
    if (body != null) {
      if (!call.request().hasBody()) {
        if (body.required()) {
          out.add(new Violation("body", "required", null, "body is required"));
        }
      } else {
        JsonNode json;
        try {
          json = call.request().json();
        } catch (IllegalArgumentException e) {
          out.add(new Violation("body", "json", null, "body is not valid JSON"));
          return out;
        }
        JsonNode stripped = validator.stripReadOnly(json, body.schema());
        for (Violation v : validator.validate(stripped, body.schema(), "body")) {
          if (!isKnownFolderOutsideEnum(v)) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }

  /**
   * The specs enumerate the six system folders wherever a folder name goes ({@code folder},
   * {@code folders[i]}); the service takes the tenant's custom folders there too.
   */
  private boolean isKnownFolderOutsideEnum(Violation v) {
    return v.constraint().startsWith("enum=")
        && FOLDER_FIELD.matcher(v.path()).find()
        && v.value() != null
        && knownFolder.test(v.value());
  }

  private static List<String> values(Call call, ParameterSpec p) {
    if (p == null) {
      return List.of();
    }
    switch (p.location()) {
      case PATH:
        String v = call.pathParams().get(p.name());
        return v == null ? List.of() : List.of(v);
      case HEADER:
        return call.request().headers().getOrDefault(p.name().toLowerCase(Locale.ROOT), List.of());
      default:
        return call.request().query().getOrDefault(p.name(), List.of());
    }
  }

  /** Reads query/path text as the schema's type; unparseable text stays text (a type violation). */
  private static JsonNode coerce(List<String> values, SchemaSpec schema) {
    SchemaSpec s = schema.resolve();
    if (s.type() == SchemaType.ARRAY) {
      ArrayNode a = NODES.arrayNode();
      SchemaSpec item = s.items().orElse(null);
      for (String v : values) {
        a.add(item == null ? NODES.textNode(v) : scalar(v, item.resolve().type()));
      }
      return a;
    }
    return scalar(values.get(0), s.type());
  }

  private static JsonNode scalar(String v, SchemaType type) {
    switch (type) {
      case INTEGER:
      case NUMBER:
        try {
          return NODES.numberNode(new BigDecimal(v.trim()));
        } catch (NumberFormatException e) {
          return NODES.textNode(v);
        }
      case BOOLEAN:
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(v));
        }
        return NODES.textNode(v);
      default:
        return NODES.textNode(v);
    }
  }
}
