/**
 * The plan stage: decides the Java face ({@link io.sasekit.codegen.model.JavaPlan}) of a normalized
 * spec model: class, enum, method and parameter names and types.
 */
package io.sasekit.codegen.plan;
