package io.sasekit.core.operation;

import io.sasekit.core.schema.SchemaSpec;

/**
 * One parameter of an operation, as the registry describes it.
 *
 * @param name the wire name, e.g. {@code folder}
 * @param location path, query or header
 * @param required whether a call must supply it
 * @param schema its constraints
 * @param description the spec's description, or {@code null}
 * @param explode false for a query array sent as one comma-separated value ({@code style: form,
 *     explode: false}); true (the default) repeats the name per value
 */
public record ParameterSpec(
    String name, ParameterLocation location, boolean required, SchemaSpec schema, String description,
    boolean explode) {
  /** A parameter whose list values repeat the name ({@code explode: true}, the OpenAPI default). */
  public ParameterSpec(
      String name, ParameterLocation location, boolean required, SchemaSpec schema, String description) {
    this(name, location, required, schema, description, true);
  }
}
