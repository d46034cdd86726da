package io.sasekit.codegen.model;

/** One operation parameter. Mutable during normalization. */
public final class Parameter {
  /** Wire name. */
  public String name;
  /** Where it travels. */
  public ParamLocation in;
  /** Whether a call must supply it. */
  public boolean required;
  /** Spec description. */
  public String description;
  /** Value constraints. */
  public Schema schema;
  /**
   * False for a query array declared {@code style: form, explode: false}: its values travel as one
   * comma-separated value ({@code ids=a,b}) instead of a repeated name.
   */
  public boolean explode = true;
  /** Java identifier for method parameters and params-builder setters. */
  public String javaName;

  /** Creates a parameter. */
  public Parameter(String name, ParamLocation in, boolean required, String description, Schema schema) {
    this.name = name;
    this.in = in;
    this.required = required;
    this.description = description;
    this.schema = schema;
  }

  @Override
  public String toString() {
    return name + "(" + in.wireName() + (required ? ", required" : "") + ")";
  }
}
