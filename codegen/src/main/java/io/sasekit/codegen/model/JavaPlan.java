package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Java face of one API, decided by the plan stage from the normalized {@link ApiModel}: the
 * model and enum classes, the service of every resource, the method of every operation and the
 * interfaces the clients implement.
 * Read-only: emitters print exactly this and the spec model it was planned from.
 */
public final class JavaPlan {
  private final ApiModel spec;
  private final Map<String, JavaModel> models;
  private final Map<String, JavaEnum> enums;
  private final Map<String, JavaMethod> methods;
  private final Map<String, JavaService> services;
  private final List<String> clientExtends;
  private final List<String> asyncClientExtends;
  private final Map<String, List<String>> nested;
  private final Merges merges;
  private final JavaRegions regions;

  /**
   * What the plan stage's merge of structurally identical nested types did.
   *
   * @param groups groups of identical types merged into one type each
   * @param removed classes no longer generated (the copies and the types nested in them)
   * @param unmerged groups left apart because no name was free for the merged type
   * @param named nested copies of a named schema's type replaced by a reference to that type
   * @param lines one line per group: the merged type's name and the types it replaces, or why the
   *     group stays apart; and one line per named type that replaces copies
   *     ({@code DdnsConfig (named type) <- EthernetInterface.Layer3.DdnsConfig, ...})
   * @param millis time the merge took
   */
  public record Merges(int groups, int removed, int unmerged, int named, List<String> lines, long millis) {
    /** No merge. */
    public static final Merges NONE = new Merges(0, 0, 0, 0, List.of(), 0);

    /** Copies the lines. */
    public Merges {
      lines = List.copyOf(lines);
    }
  }

  /**
   * @param spec the normalized spec model
   * @param models model classes by name (dotted for nested classes)
   * @param enums enum classes by name (dotted for nested classes)
   * @param methods Java faces of operations by {@code resource.operation}
   * @param services Java faces of resources by resource key, in the spec model's resource order
   * @param clientExtends hand-written interfaces the client implements (fully qualified)
   * @param asyncClientExtends hand-written interfaces the async client implements (fully qualified)
   * @param merges what the merge of structurally identical nested types did
   * @param regions the enum of the API's regional hosts, or null when the customization asks for none
   */
  public JavaPlan(ApiModel spec, Map<String, JavaModel> models, Map<String, JavaEnum> enums,
      Map<String, JavaMethod> methods, Map<String, JavaService> services, List<String> clientExtends, List<String> asyncClientExtends,
      Merges merges, JavaRegions regions) {
    this.merges = merges;
    this.regions = regions;
    this.spec = spec;
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    this.enums = Collections.unmodifiableMap(new LinkedHashMap<>(enums));
    this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    this.services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    this.clientExtends = List.copyOf(clientExtends);
    this.asyncClientExtends = List.copyOf(asyncClientExtends);
    Map<String, List<String>> byOwner = new LinkedHashMap<>();
    for (String n : this.models.keySet()) {
      ownerOf(n, byOwner);
    }
    for (String n : this.enums.keySet()) {
      ownerOf(n, byOwner);
    }
    byOwner.replaceAll((k, v) -> List.copyOf(v));
    this.nested = Collections.unmodifiableMap(byOwner);
  }

  private static void ownerOf(String name, Map<String, List<String>> byOwner) {
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      byOwner.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(name);
    }
  }

  /** What the merge of structurally identical nested types did. */
  public Merges merges() {
    return merges;
  }

  /** The enum of the API's regional hosts (customization {@code regions}), if asked for. */
  public Optional<JavaRegions> regions() {
    return Optional.ofNullable(regions);
  }

  /** The spec model this plan was made from. */
  public ApiModel spec() {
    return spec;
  }

  /** Generated model classes by name (dotted for nested classes), nested ones included. */
  public Map<String, JavaModel> models() {
    return models;
  }

  /** Generated enum classes by name (dotted for nested classes), nested ones included. */
  public Map<String, JavaEnum> enums() {
    return enums;
  }

  /**
   * The names of the models and enums nested directly in the class {@code owner} (models first).
   *
   * @param owner a model name
   * @return dotted names, empty when nothing is nested there
   */
  public List<String> nestedIn(String owner) {
    return nested.getOrDefault(owner, List.of());
  }

  /** Whether a model or enum name is that of a top-level class (not nested in another). */
  public static boolean isTopLevel(String name) {
    return name.indexOf('.') < 0;
  }

  /** Java faces of operations by {@code resource.operation}. */
  public Map<String, JavaMethod> methods() {
    return methods;
  }

  /** Java faces of resources (accessor, service name, extends, name lookup) by resource key, in resource order. */
  public Map<String, JavaService> services() {
    return services;
  }

  /**
   * The Java face of one resource of the spec model.
   *
   * @throws IllegalArgumentException when the plan has none for it
   */
  public JavaService service(Resource r) {
    JavaService s = services.get(r.key);
    if (s == null) {
      throw new IllegalArgumentException("no Java service planned for resource " + r.key);
    }
    return s;
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
