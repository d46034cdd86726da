package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The spec model of one API: what the normalize stage produces and the registry is written from
 * (schemas, resources, operations, rule notes). Immutable: every member is final and every collection
 * unmodifiable, down to the schema nodes (the rules work on the normalize stage's draft,
 * {@code io.sasekit.codegen.normalize.draft.ApiModel}, and {@code freeze()} makes this). Its Java face
 * is a separate {@link JavaPlan}. Equal when every member is equal (maps in the same order).
 */
public final class ApiModel {
  /** Short API name, e.g. {@code prisma-access}. */
  public final String api;
  /** Human-readable API title. */
  public final String title;
  /** Default base URL of the service. */
  public final String defaultBaseUrl;
  /** Client options the API requires ({@code ClientOptions.Builder.require}). */
  public final List<String> requiredOptions;
  /** Named schemas by registry name (also the Java model name), in order. */
  public final Map<String, Schema> schemas;
  /** Resources in naming-table order. */
  public final List<Resource> resources;
  /** Every rule application, for the build report and the golden tests. */
  public final List<RuleNote> notes;
  /** The server URLs each spec file declares, in order, by spec path (files in generation order). */
  public final Map<String, List<String>> specServers;
  /** The description of each server URL that declares one (the first file's, when files share a URL). */
  public final Map<String, String> serverDescriptions;

  /**
   * Creates the model (every collection is copied).
   *
   * @param api short API name
   * @param title human-readable title, or null
   * @param defaultBaseUrl default base URL, or null
   * @param requiredOptions client options the API requires
   * @param schemas named schemas by registry name, in order
   * @param resources resources in naming-table order
   * @param notes every rule application
   * @param specServers the server URLs each spec file declares, by spec path
   * @param serverDescriptions the description of each server URL that declares one
   */
  public ApiModel(String api, String title, String defaultBaseUrl, List<String> requiredOptions,
      Map<String, Schema> schemas, List<Resource> resources, List<RuleNote> notes,
      Map<String, List<String>> specServers, Map<String, String> serverDescriptions) {
    this.api = Objects.requireNonNull(api, "api");
    this.title = title;
    this.defaultBaseUrl = defaultBaseUrl;
    this.requiredOptions = List.copyOf(requiredOptions);
    this.schemas = Frozen.map(schemas);
    this.resources = List.copyOf(resources);
    this.notes = List.copyOf(notes);
    Map<String, List<String>> servers = new LinkedHashMap<>();
    specServers.forEach((file, urls) -> servers.put(file, List.copyOf(urls)));
    this.specServers = Collections.unmodifiableMap(servers);
    this.serverDescriptions = Collections.unmodifiableMap(new LinkedHashMap<>(serverDescriptions));
  }

  /** Every operation, resource by resource (a new list). */
  public List<Operation> operations() {
    return new ArrayList<>(resources.stream().flatMap(r -> r.operations.stream()).toList());
  }

  /** The resource with this key, or null. */
  public Resource resource(String key) {
    return resources.stream().filter(r -> r.key.equals(key)).findFirst().orElse(null);
  }

  /** The operation {@code resource.name}, or null. */
  public Operation operation(String resource, String name) {
    Resource r = resource(resource);
    return r == null ? null : r.operations.stream().filter(o -> o.name.equals(name)).findFirst().orElse(null);
  }

  /** The notes of one rule. */
  public List<RuleNote> notes(String rule) {
    return notes.stream().filter(n -> n.rule().equals(rule)).toList();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof ApiModel m && api.equals(m.api) && Objects.equals(title, m.title)
        && Objects.equals(defaultBaseUrl, m.defaultBaseUrl) && requiredOptions.equals(m.requiredOptions)
        && Frozen.sameEntries(schemas, m.schemas) && resources.equals(m.resources) && notes.equals(m.notes)
        && specServers.equals(m.specServers) && serverDescriptions.equals(m.serverDescriptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(api, schemas, resources);
  }

  @Override
  public String toString() {
    return "ApiModel{" + api + ": " + schemas.size() + " schemas, " + resources.size() + " resources}";
  }
}
