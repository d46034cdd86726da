package io.sasekit.codegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java face of one API, decided by the plan stage from the normalized {@link ApiModel}: the
 * model and enum classes, the method of every operation and the interfaces the clients implement.
 * Read-only: emitters print exactly this and the spec model it was planned from.
 */
public final class JavaPlan {
  private final ApiModel spec;
  private final Map<String, JavaModel> models;
  private final Map<String, JavaEnum> enums;
  private final Map<String, JavaMethod> methods;
  private final List<String> clientExtends;
  private final List<String> asyncClientExtends;

  /**
   * @param spec the normalized spec model
   * @param models model classes by simple name
   * @param enums enum classes by simple name
   * @param methods Java faces of operations by {@code resource.operation}
   * @param clientExtends hand-written interfaces the client implements (fully qualified)
   * @param asyncClientExtends hand-written interfaces the async client implements (fully qualified)
   */
  public JavaPlan(ApiModel spec, Map<String, JavaModel> models, Map<String, JavaEnum> enums,
      Map<String, JavaMethod> methods, List<String> clientExtends, List<String> asyncClientExtends) {
    this.spec = spec;
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    this.enums = Collections.unmodifiableMap(new LinkedHashMap<>(enums));
    this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    this.clientExtends = List.copyOf(clientExtends);
    this.asyncClientExtends = List.copyOf(asyncClientExtends);
  }

  /** The spec model this plan was made from. */
  public ApiModel spec() {
    return spec;
  }

  /** Generated model classes by simple name. */
  public Map<String, JavaModel> models() {
    return models;
  }

  /** Generated enum classes by simple name. */
  public Map<String, JavaEnum> enums() {
    return enums;
  }

  /** Java faces of operations by {@code resource.operation}. */
  public Map<String, JavaMethod> methods() {
    return methods;
  }

  /** Fully qualified names of hand-written interfaces the generated client implements. */
  public List<String> clientExtends() {
    return clientExtends;
  }

  /** Fully qualified names of hand-written interfaces the generated async client implements. */
  public List<String> asyncClientExtends() {
    return asyncClientExtends;
  }
}
