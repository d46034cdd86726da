package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One API operation, as the normalize stage leaves it: its spec members are final and its lists
 * unmodifiable (equality compares them). The rules change the normalize stage's draft
 * ({@code io.sasekit.codegen.normalize.draft.Operation}), frozen into this type at the end.
 */
public final class Operation {
  /** Resource key from the naming table. */
  public final String resource;
  /** Operation name from the naming table. */
  public final String name;
  /** The spec operationId. */
  public final String operationId;
  /** Spec file path relative to the spec root. */
  public final String specFile;
  /** Upper-case HTTP method. */
  public final String method;
  /** Literal path template (colon suffixes kept). */
  public final String path;
  /** Spec summary. */
  public final String summary;
  /** Spec description. */
  public final String description;
  /** Parameters in spec order. */
  public final List<Parameter> parameters;
  /** Body schema, or null. */
  public final Schema body;
  /** Whether the body must be sent. */
  public final boolean bodyRequired;
  /** Spec description of the body. */
  public final String bodyDescription;
  /** How the answer is read. */
  public final ResponseShape responseShape;
  /** Response schema (element schema for lists), or null. */
  public final Schema responseSchema;
  /** Parameters of which exactly one must be given (empty when none). */
  public final List<String> exactlyOneOf;
  /** How the operation pages (registry {@code paging}), or null when it does not. */
  public final Paging paging;
  /** With next-offset paging: the element schema of the wrapper's items member. */
  public final Schema pageItemSchema;

  private Operation(Builder b) {
    resource = Objects.requireNonNull(b.resource, "resource");
    name = Objects.requireNonNull(b.name, "name");
    operationId = b.operationId;
    specFile = b.specFile;
    method = b.method;
    path = b.path;
    summary = b.summary;
    description = b.description;
    parameters = Frozen.list(b.parameters);
    body = b.body;
    bodyRequired = b.bodyRequired;
    bodyDescription = b.bodyDescription;
    responseShape = Objects.requireNonNull(b.responseShape, "responseShape");
    responseSchema = b.responseSchema;
    exactlyOneOf = Frozen.list(b.exactlyOneOf);
    paging = b.paging;
    pageItemSchema = b.pageItemSchema;
  }

  /** A builder: the one way to make an operation (the normalize stage's freeze fills it from its draft). */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code resource.operation}. */
  public String key() {
    return resource + "." + name;
  }

  /** The parameter with this wire name, or null. */
  public Parameter parameter(String wireName) {
    return parameters.stream().filter(p -> p.name.equals(wireName)).findFirst().orElse(null);
  }

  /** Equal when every spec member is equal (the plan stage's Java names are not compared). */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Operation x && bodyRequired == x.bodyRequired
        && resource.equals(x.resource) && name.equals(x.name) && Objects.equals(operationId, x.operationId)
        && Objects.equals(specFile, x.specFile) && Objects.equals(method, x.method) && Objects.equals(path, x.path)
        && Objects.equals(summary, x.summary) && Objects.equals(description, x.description)
        && parameters.equals(x.parameters) && Objects.equals(body, x.body)
        && Objects.equals(bodyDescription, x.bodyDescription) && responseShape == x.responseShape
        && Objects.equals(responseSchema, x.responseSchema) && exactlyOneOf.equals(x.exactlyOneOf)
        && Objects.equals(paging, x.paging) && Objects.equals(pageItemSchema, x.pageItemSchema);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, name, method, path, parameters, body, responseSchema);
  }

  @Override
  public String toString() {
    return key() + " " + method + " " + path;
  }

  /** Collects the members of one {@link Operation}; {@link #build()} copies them. */
  public static final class Builder {
    private String resource;
    private String name;
    private String operationId;
    private String specFile;
    private String method;
    private String path;
    private String summary;
    private String description;
    private final List<Parameter> parameters = new ArrayList<>();
    private Schema body;
    private boolean bodyRequired;
    private String bodyDescription;
    private ResponseShape responseShape = ResponseShape.NONE;
    private Schema responseSchema;
    private final List<String> exactlyOneOf = new ArrayList<>();
    private Paging paging;
    private Schema pageItemSchema;

    private Builder() {}

    /** See {@link Operation#resource}. */
    public Builder resource(String v) { resource = v; return this; }
    /** See {@link Operation#name}. */
    public Builder name(String v) { name = v; return this; }
    /** See {@link Operation#operationId}. */
    public Builder operationId(String v) { operationId = v; return this; }
    /** See {@link Operation#specFile}. */
    public Builder specFile(String v) { specFile = v; return this; }
    /** See {@link Operation#method}. */
    public Builder method(String v) { method = v; return this; }
    /** See {@link Operation#path}. */
    public Builder path(String v) { path = v; return this; }
    /** See {@link Operation#summary}. */
    public Builder summary(String v) { summary = v; return this; }
    /** See {@link Operation#description}. */
    public Builder description(String v) { description = v; return this; }
    /** Adds a parameter (see {@link Operation#parameters}). */
    public Builder parameter(Parameter v) { parameters.add(v); return this; }
    /** See {@link Operation#body}. */
    public Builder body(Schema v) { body = v; return this; }
    /** See {@link Operation#bodyRequired}. */
    public Builder bodyRequired(boolean v) { bodyRequired = v; return this; }
    /** See {@link Operation#bodyDescription}. */
    public Builder bodyDescription(String v) { bodyDescription = v; return this; }
    /** See {@link Operation#responseShape}. */
    public Builder responseShape(ResponseShape v) { responseShape = v; return this; }
    /** See {@link Operation#responseSchema}. */
    public Builder responseSchema(Schema v) { responseSchema = v; return this; }
    /** See {@link Operation#exactlyOneOf}. */
    public Builder exactlyOneOf(List<String> v) { exactlyOneOf.addAll(v); return this; }
    /** See {@link Operation#paging}. */
    public Builder paging(Paging v) { paging = v; return this; }
    /** See {@link Operation#pageItemSchema}. */
    public Builder pageItemSchema(Schema v) { pageItemSchema = v; return this; }

    /** The immutable operation. */
    public Operation build() {
      return new Operation(this);
    }
  }
}
