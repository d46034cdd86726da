package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec model of one API: what the normalize stage produces and the registry is written from
 * (schemas, resources, operations, rule notes). Its Java face is a separate {@link JavaPlan}.
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
