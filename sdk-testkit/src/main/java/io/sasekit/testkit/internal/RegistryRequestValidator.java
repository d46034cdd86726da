package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.OperationValidator;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.schema.SchemaType;
import io.sasekit.core.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Validates a routed request the way the SDK does before sending: with sdk-core's
 * {@link OperationValidator} (one validation for both), fed the request's parameter texts and its
 * body (read-only members stripped first). The simulator adds what only the service knows: a
 * {@code folder} the tenant has is accepted even when the registry's enum lists only the system
 * folders.
 */
public final class RegistryRequestValidator implements RequestValidator {
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
    Arguments.Builder args = Arguments.builder();
    for (ParameterSpec p : op.parameters()) {
      List<String> values = values(call, p);
      if (values.isEmpty()) {
        continue;
      }
      boolean list = values.size() > 1 || p.schema().resolve().type() == SchemaType.ARRAY;
      args.param(p.name(), list ? values : values.get(0));
    }
    JsonNode body = null;
    if (op.body() != null && call.request().hasBody()) {
      try {
        body = validator.stripReadOnly(call.request().json(), op.body().schema());
      } catch (IllegalArgumentException e) {
        return List.of(new Violation("body", "json", null, "body is not valid JSON"));
      }
    }
    List<Violation> out = new ArrayList<>();
    for (Violation v : OperationValidator.validate(op, args.build(), body)) {
      if (!isKnownFolder(call, v)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The specs enumerate the six system folders wherever a folder name goes ({@code folder},
   * {@code folders[i]}); the service takes the tenant's custom folders there too.
   */
  private boolean isKnownFolder(Call call, Violation v) {
    if (v.path().equals("query.folder")) {
      List<String> folder = call.request().query().getOrDefault("folder", List.of());
      return !folder.isEmpty() && knownFolder.test(folder.get(0)) && !v.constraint().equals("required");
    }
    return v.constraint().startsWith("enum=")
        && FOLDER_FIELD.matcher(v.path()).find()
        && v.value() != null
        && knownFolder.test(v.value());
  }

  private static List<String> values(Call call, ParameterSpec p) {
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
}
