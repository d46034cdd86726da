package io.sasekit.cli;

import io.sasekit.core.schema.SchemaSpec;

/**
 * One command-line option of an operation and what it fills in: a path/query/header parameter or a
 * top-level member of the request body, by its wire name.
 *
 * @param option the option's primary name, e.g. {@code --ip_netmask}
 * @param wireName the parameter or body member name, e.g. {@code ip_netmask}
 * @param schema its schema (type and constraints), never {@code null}
 * @param required whether the operation requires it
 * @param inBody whether it is a member of the request body
 */
record Binding(String option, String wireName, SchemaSpec schema, boolean required, boolean inBody) {}
