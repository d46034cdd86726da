/** Stage 2: parse each spec file on its own with Swagger Parser. */
package io.sasekit.codegen.parse;
