/**
 * The machinery behind the public API: transport (the only OkHttp code), token cache and
 * endpoint, request building and validation, retry loop, response reading, wire logging. Public
 * only so that the SDK's own modules can reach it; nothing here carries a compatibility promise.
 */
package io.sasekit.core.internal;
