package io.sasekit.testkit;

import io.sasekit.testkit.internal.Fault;
import io.sasekit.testkit.internal.FaultInjector;

/**
 * Injects faults for resilience tests. Faults queue up; the first armed one that matches a call
 * consumes one of its calls. Unless aimed at it with {@link #onTokenEndpoint()}, a fault never
 * touches the token endpoint, so {@code nextCalls(1)} hits the API call and not the token fetch
 * before it.
 */
public final class FaultControl {
  private final FaultInjector injector;

  FaultControl(FaultInjector injector) {
    this.injector = injector;
  }

  /** A fault for the next {@code calls} API calls, whatever their method and path. */
  public FaultRule nextCalls(int calls) {
    return new FaultRule(injector.add(new Fault(calls, null, null, false)));
  }

  /**
   * Aims the next fault at calls with this method ({@code null} = any) and path: an exact decoded
   * path such as {@code /sse/config/v1/addresses}, or a prefix ending in {@code *} such as
   * {@code /sse/config/v1/jobs/*}.
   */
  public Target on(String method, String pathPattern) {
    return new Target(method, pathPattern, false);
  }

  /** Aims the next fault at the OAuth2 token endpoint. */
  public Target onTokenEndpoint() {
    return new Target("POST", "/am/oauth2/access_token", true);
  }

  /** Faults that still affect calls. */
  public int pending() {
    return injector.pending();
  }

  /** Drops every fault. */
  public void clear() {
    injector.clear();
  }

  /** Calls a fault is aimed at; say how many with {@link #nextCalls(int)}. */
  public final class Target {
    private final String method;
    private final String pathPattern;
    private final boolean tokenEndpoint;

    private Target(String method, String pathPattern, boolean tokenEndpoint) {
      this.method = method;
      this.pathPattern = pathPattern;
      this.tokenEndpoint = tokenEndpoint;
    }

    /** A fault for the next {@code calls} matching calls. */
    public FaultRule nextCalls(int calls) {
      return new FaultRule(injector.add(new Fault(calls, method, pathPattern, tokenEndpoint)));
    }
  }
}
