package io.sasekit.cli;

import io.sasekit.core.dynamic.DynamicDispatcher;
import io.sasekit.core.operation.OperationRegistry;
import java.util.function.Function;

/** The APIs the CLI reaches, each with the registry its commands are generated from. */
public enum Api {
  /** Prisma Access configuration ({@code /sse/config/v1}). */
  PRISMA_ACCESS("Prisma Access", "META-INF/sasekit/prisma-access/operations.json",
      c -> c.prismaAccess().dynamic()),
  /** Prisma AIRS management. */
  AIRS_MGMT("Prisma AIRS management", "META-INF/sasekit/airs-mgmt/operations.json", c -> c.airs().dynamic());

  private final String title;
  private final String registryResource;
  private final Function<Connection, DynamicDispatcher> dispatcher;
  private volatile OperationRegistry registry;

  Api(String title, String registryResource, Function<Connection, DynamicDispatcher> dispatcher) {
    this.title = title;
    this.registryResource = registryResource;
    this.dispatcher = dispatcher;
  }

  /** A short title, e.g. {@code Prisma Access}. */
  public String title() {
    return title;
  }

  /** The API's operation registry, read once from the classpath. */
  public OperationRegistry registry() {
    OperationRegistry r = registry;
    if (r == null) {
      r = OperationRegistry.fromClasspath(registryResource, Api.class.getClassLoader());
      registry = r;
    }
    return r;
  }

  /** The dynamic door of this API's client on {@code connection}. */
  DynamicDispatcher dispatcher(Connection connection) {
    return dispatcher.apply(connection);
  }
}
