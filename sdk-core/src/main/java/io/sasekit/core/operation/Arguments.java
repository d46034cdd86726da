package io.sasekit.core.operation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one call: parameters by wire name (where they travel is the registry's business)
 * and an optional body (a model, a {@code Map}, or a Jackson tree). Immutable.
 */
public final class Arguments {
  private static final Arguments EMPTY = new Arguments(Map.of(), null);
  private final Map<String, Object> params;
  private final Object body;

  private Arguments(Map<String, Object> params, Object body) {
    this.params = params;
    this.body = body;
  }

  /** No parameters and no body. */
  public static Arguments empty() {
    return EMPTY;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parameter values by wire name ({@code null} values are left out). */
  public Map<String, Object> params() {
    return params;
  }

  /** The value of one parameter, if given. */
  public Optional<Object> param(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** The body, if any. */
  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /** A copy with one parameter set (or removed, when {@code value} is {@code null}). */
  public Arguments withParam(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(params);
    if (value == null) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return new Arguments(Collections.unmodifiableMap(copy), body);
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.params.putAll(params);
    b.body = body;
    return b;
  }

  @Override
  public String toString() {
    return "Arguments{params=" + params.keySet() + ", body=" + (body == null ? "none" : "present") + "}";
  }

  /** Builds {@link Arguments}. */
  public static final class Builder {
    private final Map<String, Object> params = new LinkedHashMap<>();
    private Object body;

    private Builder() {}

    /** Sets a parameter by wire name; a {@code null} value leaves it out. */
    public Builder param(String name, Object value) {
      if (value == null) {
        params.remove(name);
      } else {
        params.put(name, value);
      }
      return this;
    }

    /** Sets every entry of {@code values} as a parameter. */
    public Builder params(Map<String, ?> values) {
      values.forEach(this::param);
      return this;
    }

    /** Sets the body. */
    public Builder body(Object body) {
      this.body = body;
      return this;
    }

    /** The arguments. */
    public Arguments build() {
      return new Arguments(Collections.unmodifiableMap(new LinkedHashMap<>(params)), body);
    }
  }
}
