package io.sasekit.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One resource key and its operations, as the normalize stage leaves it: key, description and the
 * unmodifiable operation list are final (equality compares them). The remaining mutable members are
 * the plan stage's Java names, which are to move into the plan.
 */
public final class Resource {
  /** Resource key, e.g. {@code securityRule}. */
  public final String key;
  /** Description for Javadoc (from the spec file's info). */
  public final String description;
  /** Operations in naming-table order. */
  public final List<Operation> operations;
  /**
   * Creates a resource.
   *
   * @param key resource key
   * @param description description for Javadoc, or null
   * @param operations operations in naming-table order (copied)
   */
  public Resource(String key, String description, List<Operation> operations) {
    this.key = Objects.requireNonNull(key, "key");
    this.description = description;
    this.operations = List.copyOf(operations);
  }

  /** Equal when key, description and operations are equal (the plan stage's Java names are not compared). */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Resource r && key.equals(r.key) && Objects.equals(description, r.description)
        && operations.equals(r.operations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, operations);
  }

  @Override
  public String toString() {
    return key + operations.stream().map(o -> o.name).toList();
  }
}
