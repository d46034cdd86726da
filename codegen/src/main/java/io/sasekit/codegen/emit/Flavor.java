package io.sasekit.codegen.emit;

/** Blocking or asynchronous face of the services. */
enum Flavor {
  /** Methods return values. */
  SYNC,
  /** Methods return {@code CompletableFuture}s. */
  ASYNC
}
