/**
 * The HTTP seam of the SDK: {@link io.sasekit.core.transport.Transport} and its request and
 * response types. The default transport (OkHttp) lives in {@code io.sasekit.core.internal};
 * replace or wrap it through {@link io.sasekit.core.ClientOptions.Builder#transport} and
 * {@link io.sasekit.core.ClientOptions.Builder#transportCustomizer}.
 */
package io.sasekit.core.transport;
