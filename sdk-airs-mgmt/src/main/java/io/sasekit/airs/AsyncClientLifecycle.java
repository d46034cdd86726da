package io.sasekit.airs;

import io.sasekit.core.operation.OperationExecutor;

/**
 * Makes the generated {@link AirsMgmtAsyncClient} {@link AutoCloseable} (wired through the
 * customization key {@code asyncClientExtends}), the Java form of the Python SDK's
 * {@code async with MgmtClientAsync() as client:}.
 *
 * <pre>{@code
 * try (AirsMgmtAsyncClient client = AirsMgmtClient.fromEnv().async()) {
 *   client.aiSecurityProfiles().list().thenAccept(page -> ...).join();
 * }
 * }</pre>
 *
 * <p>The async client shares the connection pool of the {@link AirsMgmtClient} it came from:
 * closing either one releases the pool of both.
 */
public interface AsyncClientLifecycle extends AutoCloseable {
  /**
   * The engine that runs every call of the client (implemented by the generated client).
   *
   * @return the executor
   */
  OperationExecutor executor();

  /** Releases the connection pool and threads the client shares with its synchronous twin. */
  @Override
  default void close() {
    executor().close();
  }
}
