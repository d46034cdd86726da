package io.sasekit.testkit;

import io.sasekit.core.operation.OperationRegistry;

/** The hand-made registry subsets under {@code src/test/resources/registries}. */
final class TestRegistries {
  private static final OperationRegistry PRISMA_ACCESS = load("registries/prisma-access-subset.json");
  private static final OperationRegistry AIRS = load("registries/airs-mgmt-subset.json");

  private TestRegistries() {}

  static OperationRegistry prismaAccess() {
    return PRISMA_ACCESS;
  }

  static OperationRegistry airs() {
    return AIRS;
  }

  /** A simulator builder serving both subsets. */
  static PrismaAccessSimulator.Builder both() {
    return PrismaAccessSimulator.builder().registry(PRISMA_ACCESS).registry(AIRS);
  }

  private static OperationRegistry load(String resource) {
    return OperationRegistry.fromClasspath(resource, TestRegistries.class.getClassLoader());
  }
}
