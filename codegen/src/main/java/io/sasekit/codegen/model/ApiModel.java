package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intermediate model of one API: what the normalize stage produces and the emitters print.
 * Holds the registry view (schemas, resources, operations) and the Java view (models, enums,
 * methods) decided from it.
 */
public final class ApiModel {
  /** Short API name, e.g. {@code prisma-access}. */
  public final String api;
  /** Human-readable API title. */
  public String title;
  /** Default base URL of the service. */
  public String defaultBaseUrl;
  /** Client options the API requires ({@code ClientOptions.Builder.require}). */
  public final List<String> requiredOptions = new ArrayList<>();
  /** Named schemas by registry name (also the Java model name). */
  public final Map<String, Schema> schemas = new LinkedHashMap<>();
  /** Resources in naming-table order. */
  public final List<Resource> resources = new ArrayList<>();
  /** Generated model classes by simple name. */
  public final Map<String, JavaModel> models = new LinkedHashMap<>();
  /** Generated enum classes by simple name. */
  public final Map<String, JavaEnum> enums = new LinkedHashMap<>();
  /** Java faces of operations by {@code resource.operation}. */
  public final Map<String, JavaMethod> methods = new LinkedHashMap<>();
  /** Fully qualified names of hand-written interfaces the generated client implements. */
  public final List<String> clientExtends = new ArrayList<>();
  /** Fully qualified names of hand-written interfaces the generated async client implements. */
  public final List<String> asyncClientExtends = new ArrayList<>();
  /** Every rule application, for the build report and the golden tests. */
  public final List<RuleNote> notes = new ArrayList<>();

  /** Creates an empty model. */
  public ApiModel(String api) {
    this.api = api;
  }

  /** Every operation, resource by resource. */
  public List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    resources.forEach(r -> all.addAll(r.operations));
    return all;
  }

  /** The resource with this key, or null. */
  public Resource resource(String key) {
    for (Resource r : resources) {
      if (r.key.equals(key)) {
        return r;
      }
    }
    return null;
  }

  /** The operation {@code resource.name}, or null. */
  public Operation operation(String resource, String name) {
    Resource r = resource(resource);
    if (r == null) {
      return null;
    }
    for (Operation o : r.operations) {
      if (o.name.equals(name)) {
        return o;
      }
    }
    return null;
  }

  /** Records a rule application. */
  public void note(String rule, String where, String detail) {
    notes.add(new RuleNote(rule, where, detail));
  }

  /** The notes of one rule. */
  public List<RuleNote> notes(String rule) {
    return notes.stream().filter(n -> n.rule().equals(rule)).toList();
  }
}
