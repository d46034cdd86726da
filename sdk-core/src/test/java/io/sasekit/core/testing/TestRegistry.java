package io.sasekit.core.testing;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;

/** The small registry under {@code src/test/resources/registry}. */
public final class TestRegistry {
  public static final OperationRegistry REGISTRY = OperationRegistry.fromClasspath(
      "registry/test-operations.json", TestRegistry.class.getClassLoader());

  private TestRegistry() {}

  public static OperationSpec op(String resource, String operation) {
    return REGISTRY.require(resource, operation);
  }
}
