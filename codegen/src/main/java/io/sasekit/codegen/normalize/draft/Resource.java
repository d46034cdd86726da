package io.sasekit.codegen.normalize.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The normalize stage's draft of a resource (frozen into {@link io.sasekit.codegen.model.Resource}). */
public final class Resource {
  /** Resource key, e.g. {@code securityRule}. */
  public final String key;
  /** Description for Javadoc (from the spec file's info). */
  public String description;
  /** Operations in naming-table order. */
  public final List<Operation> operations = new ArrayList<>();

  /** Creates a resource. */
  public Resource(String key) {
    this.key = key;
  }

  /** The immutable resource (schemas frozen through {@code done}, see {@link Schema#freeze(Map)}). */
  public io.sasekit.codegen.model.Resource freeze(Map<Schema, io.sasekit.codegen.model.Schema> done) {
    return new io.sasekit.codegen.model.Resource(key, description, operations.stream().map(o -> o.freeze(done)).toList());
  }

  @Override
  public String toString() {
    return key + operations.stream().map(o -> o.name).toList();
  }
}
