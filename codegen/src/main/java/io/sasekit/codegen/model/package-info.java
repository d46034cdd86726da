/**
 * The spec model ({@link io.sasekit.codegen.model.ApiModel}: resources, operations, parameters and
 * schemas with constraints, immutable once the normalize stage has frozen it) and the Java plan
 * decided from it ({@link io.sasekit.codegen.model.JavaPlan}).
 */
package io.sasekit.codegen.model;
