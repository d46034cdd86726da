/**
 * Typed client for the unified Strata Cloud Manager configuration API: the eight
 * {@code /config/<domain>/v1} files (objects, security, network, identity, deployment, mobile agent,
 * operations, setup) on one host. Start with {@link io.sasekit.scm.ScmClient}.
 */
package io.sasekit.scm;
