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
 */
public record ParameterSpec(
    String name, ParameterLocation location, boolean required, SchemaSpec schema, String description) {}
