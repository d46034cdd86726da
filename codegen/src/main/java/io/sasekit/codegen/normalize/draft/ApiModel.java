package io.sasekit.codegen.normalize.draft;

import io.sasekit.codegen.model.RuleNote;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalize stage's draft of an API's spec model: what every {@code SpecRule} changes in place
 * (recording each change with {@link #note}). {@link #freeze()} ends normalization with the immutable
 * {@link io.sasekit.codegen.model.ApiModel} that the registry emitter, the plan stage and the emitters
 * read.
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
  /** The server URLs each spec file declares, in order, by spec path. */
  public final Map<String, List<String>> specServers = new LinkedHashMap<>();
  /** The description of each server URL that has one (the first file's, when files share a URL). */
  public final Map<String, String> serverDescriptions = new LinkedHashMap<>();

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

  /**
   * The immutable spec model with the same content: collections copied unmodifiable, every schema node
   * frozen (a subtree shared between places stays shared). Later changes of this draft do not reach it.
   */
  public io.sasekit.codegen.model.ApiModel freeze() {
    Map<Schema, io.sasekit.codegen.model.Schema> done = new IdentityHashMap<>();
    Map<String, io.sasekit.codegen.model.Schema> frozenSchemas = new LinkedHashMap<>();
    schemas.forEach((name, s) -> frozenSchemas.put(name, s.freeze(done)));
    return new io.sasekit.codegen.model.ApiModel(api, title, defaultBaseUrl, requiredOptions, frozenSchemas,
        resources.stream().map(r -> r.freeze(done)).toList(), notes, specServers, serverDescriptions);
  }

  /** The notes of one rule. */
  public List<RuleNote> notes(String rule) {
    return notes.stream().filter(n -> n.rule().equals(rule)).toList();
  }
}
