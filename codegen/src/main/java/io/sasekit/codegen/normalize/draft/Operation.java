package io.sasekit.codegen.normalize.draft;

import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.ResponseShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The normalize stage's draft of an operation (frozen into {@link io.sasekit.codegen.model.Operation}). */
public final class Operation {
  /** Resource key from the naming table. */
  public String resource;
  /** Operation name from the naming table. */
  public String name;
  /** The spec operationId. */
  public String operationId;
  /** Spec file path relative to the spec root. */
  public String specFile;
  /** Upper-case HTTP method. */
  public String method;
  /** Literal path template (colon suffixes kept). */
  public String path;
  /** Spec summary. */
  public String summary;
  /** Spec description. */
  public String description;
  /** Parameters in spec order. */
  public final List<Parameter> parameters = new ArrayList<>();
  /** Body schema, or null. */
  public Schema body;
  /** Whether the body must be sent. */
  public boolean bodyRequired;
  /** Spec description of the body. */
  public String bodyDescription;
  /** How the answer is read. */
  public ResponseShape responseShape = ResponseShape.NONE;
  /** Response schema (element schema for lists), or null. */
  public Schema responseSchema;
  /** Parameters of which exactly one must be given (empty when none). */
  public final List<String> exactlyOneOf = new ArrayList<>();
  /** How the operation pages (registry {@code paging}), or null when it does not. */
  public Paging paging;
  /** With next-offset paging: the element schema of the wrapper's items member. */
  public Schema pageItemSchema;

  /** {@code resource.operation}. */
  public String key() {
    return resource + "." + name;
  }

  /** The parameter with this wire name, or null. */
  public Parameter parameter(String wireName) {
    for (Parameter p : parameters) {
      if (p.name.equals(wireName)) {
        return p;
      }
    }
    return null;
  }

  /** The immutable operation (schemas frozen through {@code done}, see {@link Schema#freeze(Map)}). */
  public io.sasekit.codegen.model.Operation freeze(Map<Schema, io.sasekit.codegen.model.Schema> done) {
    io.sasekit.codegen.model.Operation.Builder b = io.sasekit.codegen.model.Operation.builder()
        .resource(resource).name(name).operationId(operationId).specFile(specFile).method(method).path(path)
        .summary(summary).description(description).body(Schema.freeze(body, done)).bodyRequired(bodyRequired)
        .bodyDescription(bodyDescription).responseShape(responseShape)
        .responseSchema(Schema.freeze(responseSchema, done)).exactlyOneOf(exactlyOneOf).paging(paging)
        .pageItemSchema(Schema.freeze(pageItemSchema, done));
    parameters.forEach(p -> b.parameter(p.freeze(done)));
    return b.build();
  }

  @Override
  public String toString() {
    return key() + " " + method + " " + path;
  }
}
