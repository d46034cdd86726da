package io.sasekit.codegen.normalize.draft;

import io.sasekit.codegen.model.ParamLocation;
import java.util.Map;

/** The normalize stage's draft of an operation parameter (frozen into {@link io.sasekit.codegen.model.Parameter}). */
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

  /** Creates a parameter. */
  public Parameter(String name, ParamLocation in, boolean required, String description, Schema schema) {
    this.name = name;
    this.in = in;
    this.required = required;
    this.description = description;
    this.schema = schema;
  }

  /** The immutable parameter (schemas frozen through {@code done}, see {@link Schema#freeze(Map)}). */
  public io.sasekit.codegen.model.Parameter freeze(Map<Schema, io.sasekit.codegen.model.Schema> done) {
    return new io.sasekit.codegen.model.Parameter(name, in, required, description, Schema.freeze(schema, done), explode);
  }

  @Override
  public String toString() {
    return name + "(" + in.wireName() + (required ? ", required" : "") + ")";
  }
}
