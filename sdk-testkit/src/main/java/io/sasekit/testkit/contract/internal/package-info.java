/**
 * The bodies of the contract validator's spec repairs. Internal: no compatibility promise; use
 * {@link io.sasekit.testkit.contract.SpecRepairs}.
 */
package io.sasekit.testkit.contract.internal;
