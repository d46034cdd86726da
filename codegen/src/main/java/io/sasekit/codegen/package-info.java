/**
 * The sasekit code generator: resolves pinned OpenAPI specs by sha256, parses them, normalizes them
 * into an {@link io.sasekit.codegen.model.ApiModel} and emits Java sources plus the operation
 * registry ({@code operations.json}).
 */
package io.sasekit.codegen;
