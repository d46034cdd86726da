/**
 * Simulator internals: HTTP front end, routing and classification of registry operations, state,
 * handlers. No compatibility promise; use {@code io.sasekit.testkit} instead.
 */
package io.sasekit.testkit.internal;
