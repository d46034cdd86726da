package io.sasekit.prismaaccess.workflow;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Bridges the blocking workflow onto the asynchronous helpers, keeping the SDK's exceptions. */
final class Jobs {
  private Jobs() {}

  /** A blocking call as a future (its exception as a failed future). */
  static <T> CompletableFuture<T> call(Supplier<T> call) {
    try {
      return CompletableFuture.completedFuture(call.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The future's value; its failure rethrown as it was raised. */
  static <T> T join(CompletableFuture<T> future) {
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
