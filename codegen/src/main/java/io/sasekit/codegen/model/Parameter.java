package io.sasekit.codegen.model;

import java.util.Objects;

/** One operation parameter, as the normalize stage leaves it (immutable; equal when every member is). */
public final class Parameter {
  /** Wire name. */
  public final String name;
  /** Where it travels. */
  public final ParamLocation in;
  /** Whether a call must supply it. */
  public final boolean required;
  /** Spec description. */
  public final String description;
  /** Value constraints. */
  public final Schema schema;
  /**
   * False for a query array declared {@code style: form, explode: false}: its values travel as one
   * comma-separated value ({@code ids=a,b}) instead of a repeated name.
   */
  public final boolean explode;

  /**
   * Creates a parameter.
   *
   * @param name wire name
   * @param in where it travels
   * @param required whether a call must supply it
   * @param description spec description, or null
   * @param schema value constraints, or null
   * @param explode false for a comma-separated query array
   */
  public Parameter(String name, ParamLocation in, boolean required, String description, Schema schema, boolean explode) {
    this.name = Objects.requireNonNull(name, "name");
    this.in = Objects.requireNonNull(in, "in");
    this.required = required;
    this.description = description;
    this.schema = schema;
    this.explode = explode;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Parameter p && required == p.required && explode == p.explode
        && name.equals(p.name) && in == p.in && Objects.equals(description, p.description)
        && Objects.equals(schema, p.schema);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, in, required, schema);
  }

  @Override
  public String toString() {
    return name + "(" + in.wireName() + (required ? ", required" : "") + ")";
  }
}
