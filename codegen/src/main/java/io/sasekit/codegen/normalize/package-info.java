/**
 * Stage 3: normalization rules (each a named class with a golden test), the naming table, the
 * customization file and the {@link io.sasekit.codegen.normalize.NamingStrategy}.
 */
package io.sasekit.codegen.normalize;
