package io.sasekit.core.operation;

import io.sasekit.core.schema.SchemaSpec;

/**
 * The request body of an operation.
 *
 * @param required whether a call must send one
 * @param schema its constraints
 */
public record BodySpec(boolean required, SchemaSpec schema) {}
