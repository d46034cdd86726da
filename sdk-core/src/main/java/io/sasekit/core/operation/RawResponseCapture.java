package io.sasekit.core.operation;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RawResponse;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.pagination.AsyncAutoPager;
import io.sasekit.core.pagination.AutoPager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The executor behind the generated clients' {@code withRawResponse(...)}: it runs calls through
 * {@link OperationExecutor#executeRaw} of the client's executor and keeps each raw response, so
 * that the one operation a caller runs through it can be returned with its status, headers and
 * request id. Pagers are not captured (they run many calls). It owns nothing: closing it does
 * nothing. One capture per {@code withRawResponse} call.
 */
public final class RawResponseCapture implements OperationExecutor {
  private final OperationExecutor delegate;
  private final List<RawResponse<?>> seen = new ArrayList<>();

  /** A capture over the client's executor. */
  public RawResponseCapture(OperationExecutor delegate) {
    this.delegate = delegate;
  }

  /**
   * The raw response of the one operation run through this capture, carrying {@code value} (what
   * the typed call returned).
   *
   * @throws IllegalStateException when no operation, or more than one, ran
   */
  public synchronized <T> RawResponse<T> single(T value) {
    if (seen.size() != 1) {
      throw new IllegalStateException("withRawResponse runs exactly one operation; this call ran "
          + seen.size());
    }
    return seen.get(0).withValue(value);
  }

  private synchronized <T> T keep(RawResponse<T> r) {
    seen.add(r);
    return r.value();
  }

  @Override
  public ClientOptions options() {
    return delegate.options();
  }

  @Override
  public <T> T execute(OperationSpec operation, Arguments arguments, ResponseType<T> responseType,
      RequestOptions options) {
    return keep(delegate.executeRaw(operation, arguments, responseType, options));
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(OperationSpec operation, Arguments arguments,
      ResponseType<T> responseType, RequestOptions options) {
    CompletableFuture<RawResponse<T>> raw =
        delegate.executeRawAsync(operation, arguments, responseType, options);
    CompletableFuture<T> out = raw.thenApply(this::keep);
    out.whenComplete((r, e) -> raw.cancel(true)); // cancelling the caller's future stops the call
    return out;
  }

  @Override
  public <T> RawResponse<T> executeRaw(OperationSpec operation, Arguments arguments,
      ResponseType<T> responseType, RequestOptions options) {
    return delegate.executeRaw(operation, arguments, responseType, options);
  }

  @Override
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(OperationSpec operation,
      Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    return delegate.executeRawAsync(operation, arguments, responseType, options);
  }

  @Override
  public <T> AutoPager<T> paginate(OperationSpec operation, Arguments arguments, Class<T> itemType,
      RequestOptions options) {
    return delegate.paginate(operation, arguments, itemType, options);
  }

  @Override
  public <T> AsyncAutoPager<T> paginateAsync(OperationSpec operation, Arguments arguments,
      Class<T> itemType, RequestOptions options) {
    return delegate.paginateAsync(operation, arguments, itemType, options);
  }

  @Override
  public OperationExecutor withOptions(ClientOptions options) {
    return delegate.withOptions(options);
  }

  @Override
  public <C> C component(Class<C> type, Function<OperationExecutor, C> factory) {
    return delegate.component(type, factory);
  }

  /** Does nothing: the client's executor stays open. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "RawResponseCapture{" + delegate + "}";
  }
}
