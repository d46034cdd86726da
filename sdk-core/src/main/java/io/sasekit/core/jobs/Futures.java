package io.sasekit.core.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Bridges blocking workflows onto the asynchronous ones, keeping the SDK's exceptions as they were
 * raised (no {@link CompletionException} wrapper).
 */
public final class Futures {
  private Futures() {}

  /**
   * A blocking call as a future.
   *
   * @param call the call
   * @param <T> its result type
   * @return a completed future, or a failed one holding the call's exception
   */
  public static <T> CompletableFuture<T> call(Supplier<T> call) {
    try {
      return CompletableFuture.completedFuture(call.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The future's value; its failure rethrown as it was raised.
   *
   * @param future the future
   * @param <T> its result type
   * @return the value
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }
}
