package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.List;

/** One API operation after normalization. Mutable during normalization. */
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
  /** Java method name. */
  public String javaMethodName;
  /** How the operation pages (registry {@code paging}), or null when it does not. */
  public Paging paging;
  /** With next-offset paging: the element schema of the wrapper's items member. */
  public Schema pageItemSchema;
  /** With next-offset paging: the Java element type of the lazy pager (set by the planner). */
  public TypeRef pageItemType;

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

  @Override
  public String toString() {
    return key() + " " + method + " " + path;
  }
}
