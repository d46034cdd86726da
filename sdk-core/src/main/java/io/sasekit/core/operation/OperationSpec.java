package io.sasekit.core.operation;

import io.sasekit.core.schema.SchemaSpec;
import java.util.List;
import java.util.Optional;

/**
 * One row of the operation registry: everything needed to execute, validate and document one API
 * operation. Typed clients and the dynamic door both run operations through this description.
 *
 * @param resource resource key, e.g. {@code securityRule}
 * @param operation operation name, e.g. {@code move}
 * @param operationId the spec's operationId
 * @param specFile the spec file it came from (relative to the spec root)
 * @param method HTTP method in upper case
 * @param pathTemplate the path, with {@code {name}} placeholders and literal colon suffixes
 * @param summary the spec's summary, or {@code null}
 * @param parameters path, query and header parameters in spec order
 * @param body the request body, or {@code null} when the operation takes none
 * @param responseShape how the answer is read
 * @param responseSchema the answer's schema (element schema for lists), or {@code null}
 * @param exactlyOneOf parameter names of which exactly one must be supplied (empty when none)
 * @param paging how the operation pages, or {@code null} when it does not
 */
public record OperationSpec(
    String resource,
    String operation,
    String operationId,
    String specFile,
    String method,
    String pathTemplate,
    String summary,
    List<ParameterSpec> parameters,
    BodySpec body,
    ResponseShape responseShape,
    SchemaSpec responseSchema,
    List<String> exactlyOneOf,
    PagingSpec paging) {

  /** Canonical constructor: copies the lists. */
  public OperationSpec {
    parameters = List.copyOf(parameters);
    exactlyOneOf = exactlyOneOf == null ? List.of() : List.copyOf(exactlyOneOf);
  }

  /** An operation that does not page. */
  public OperationSpec(
      String resource,
      String operation,
      String operationId,
      String specFile,
      String method,
      String pathTemplate,
      String summary,
      List<ParameterSpec> parameters,
      BodySpec body,
      ResponseShape responseShape,
      SchemaSpec responseSchema,
      List<String> exactlyOneOf) {
    this(resource, operation, operationId, specFile, method, pathTemplate, summary, parameters, body,
        responseShape, responseSchema, exactlyOneOf, null);
  }

  /** How the operation pages, if it does. */
  public Optional<PagingSpec> pagingSpec() {
    return Optional.ofNullable(paging);
  }

  /** {@code resource.operation}, the name used in messages and the dynamic door. */
  public String key() {
    return resource + "." + operation;
  }

  /** The parameter with this wire name, if the operation has one. */
  public Optional<ParameterSpec> parameter(String name) {
    for (ParameterSpec p : parameters) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The request body, if the operation takes one. */
  public Optional<BodySpec> bodySpec() {
    return Optional.ofNullable(body);
  }

  @Override
  public String toString() {
    return key() + " " + method + " " + pathTemplate;
  }
}
