package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.List;

/** One resource key and its operations. */
public final class Resource {
  /** Resource key, e.g. {@code securityRule}. */
  public final String key;
  /** Accessor method name on the client, e.g. {@code securityRules}. */
  public String accessorName;
  /** Service interface simple name, e.g. {@code SecurityRuleService}. */
  public String serviceName;
  /** Fully qualified names of extra super-interfaces of the sync service. */
  public final List<String> serviceExtends = new ArrayList<>();
  /** Fully qualified names of extra super-interfaces of the async service. */
  public final List<String> asyncServiceExtends = new ArrayList<>();
  /** Description for Javadoc (from the spec file's info). */
  public String description;
  /** Operations in naming-table order. */
  public final List<Operation> operations = new ArrayList<>();
  /**
   * The plan stage's choice: the {@code list} operation whose {@code name} query filter backs
   * {@code getByName} (and the lookup after a create answered without an id), or null when none.
   */
  public Operation nameLookup;

  /** Creates a resource. */
  public Resource(String key) {
    this.key = key;
  }

  @Override
  public String toString() {
    return key + operations.stream().map(o -> o.name).toList();
  }
}
