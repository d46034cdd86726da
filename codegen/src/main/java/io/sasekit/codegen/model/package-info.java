/**
 * The intermediate model ({@link io.sasekit.codegen.model.ApiModel}): resources, operations,
 * parameters and schemas with constraints, plus the Java types decided from them.
 */
package io.sasekit.codegen.model;
