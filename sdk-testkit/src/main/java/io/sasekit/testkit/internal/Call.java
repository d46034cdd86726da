package io.sasekit.testkit.internal;

import io.sasekit.core.operation.OperationSpec;
import java.util.Map;
import java.util.Optional;

/**
 * One routed API request: the route it matched, its path parameters and the request.
 *
 * @param route the matched route
 * @param pathParams decoded path parameters by name
 * @param request the request
 */
public record Call(Route route, Map<String, String> pathParams, SimRequest request) {
  /** The operation. */
  public OperationSpec op() {
    return route.spec();
  }

  /** The error shape of the API. */
  public ErrorDialect dialect() {
    return route.mount().dialect();
  }

  /** The store key of the operation's resource ({@code api:resource}). */
  public String resourceKey() {
    return route.mount().api() + ":" + route.spec().resource();
  }

  /** The only (or last) path parameter, e.g. the {@code id} of {@code /addresses/{id}}. */
  public String lastPathParam() {
    String v = null;
    for (String value : pathParams.values()) {
      v = value;
    }
    return v;
  }

  /** A query parameter. */
  public Optional<String> param(String name) {
    return request.param(name);
  }
}
