package io.sasekit.core.operation;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RawResponse;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.internal.DefaultOperationExecutor;
import io.sasekit.core.pagination.AsyncAutoPager;
import io.sasekit.core.pagination.AutoPager;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The one execution path of the SDK: every typed call and every dynamic call runs an
 * {@link OperationSpec} with {@link Arguments} through it. It validates the request against the
 * registry's constraints (unless turned off), fills the path template, encodes the query, adds the
 * bearer token, sends, retries by policy, maps errors, and reads the answer as asked.
 *
 * <p>One executor owns one connection pool; {@link #withOptions} derives a variant that shares it.
 * Thread-safe. Close it to release the pool's threads.
 */
public interface OperationExecutor extends AutoCloseable {
  /** Creates an executor (and its HTTP client) for the given options. */
  static OperationExecutor create(ClientOptions options) {
    return new DefaultOperationExecutor(options);
  }

  /** The options this executor was built with. */
  ClientOptions options();

  /**
   * Runs the operation and reads the answer as {@code responseType} says.
   *
   * @throws io.sasekit.core.errors.ValidationException before sending, when the request breaks a constraint
   * @throws io.sasekit.core.errors.ApiException when the service answers with an error status
   * @throws io.sasekit.core.errors.ApiIoException when the network fails after the allowed retries
   */
  <T> T execute(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options);

  /**
   * The asynchronous form of {@link #execute}: the same validation, auth, retries and errors; backoff
   * waits are scheduled, never a blocked thread. Validation failures complete the future
   * exceptionally.
   */
  <T> CompletableFuture<T> executeAsync(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options);

  /**
   * As {@link #execute}, returning the value with the answer's status, headers and request id.
   * The default refuses: executors that can see the wire override it.
   */
  default <T> RawResponse<T> executeRaw(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " gives no raw responses");
  }

  /** The asynchronous form of {@link #executeRaw}. */
  default <T> CompletableFuture<RawResponse<T>> executeRawAsync(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException(
        getClass().getSimpleName() + " gives no raw responses"));
  }

  /**
   * A lazy pager over every element of a list operation; {@code limit} and {@code offset} in
   * {@code arguments} set the page size and start (defaults: {@link ClientOptions#pageSize()}, 0).
   */
  <T> AutoPager<T> paginate(
      OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions options);

  /** The asynchronous form of {@link #paginate}. */
  <T> AsyncAutoPager<T> paginateAsync(
      OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions options);

  /** An executor with other options that shares this one's connection pool and token cache where they match. */
  OperationExecutor withOptions(ClientOptions options);

  /**
   * The component of type {@code type} bound to this executor, created by {@code factory} on first
   * use and the same object afterwards (e.g. a helper service that derives its own executor, so
   * that it is built once per client, not per call). The default creates a new one each time.
   */
  default <C> C component(Class<C> type, Function<OperationExecutor, C> factory) {
    return factory.apply(this);
  }

  /** Releases the connection pool and dispatcher threads owned by this executor. */
  @Override
  void close();
}
