/** Stage 1: find each locked spec file by sha256 (repository, mirror, download cache). */
package io.sasekit.codegen.resolve;
