package io.sasekit.testkit;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.AsyncAutoPager;
import io.sasekit.core.pagination.AutoPager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An executor that sends nothing: it records which operation ran with which arguments. Synchronous
 * calls and pagers return {@code null}, asynchronous calls a future already completed with
 * {@code null}. Not thread-safe.
 */
public final class RecordingExecutor implements OperationExecutor {
  /**
   * One recorded call.
   *
   * @param operation the operation that ran
   * @param arguments the arguments it ran with
   * @param kind {@code "execute:<response kind>"}, {@code "executeAsync:<response kind>"},
   *     {@code "paginate"} or {@code "paginateAsync"}
   */
  public record Call(OperationSpec operation, Arguments arguments, String kind) {}

  private final List<Call> calls = new ArrayList<>();

  /** Creates an executor that has recorded nothing yet. */
  public RecordingExecutor() {}

  /**
   * The calls recorded so far, oldest first.
   *
   * @return a read-only live view of the recorded calls
   */
  public List<Call> calls() {
    return Collections.unmodifiableList(calls);
  }

  /** {@return options with a dummy client id and secret} */
  @Override
  public ClientOptions options() {
    return ClientOptions.builder().clientId("id").clientSecret("secret").build();
  }

  /** Records the call as {@code "execute:<kind>"} and returns {@code null}. */
  @Override
  public <T> T execute(OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "execute:" + responseType.kind()));
    return null;
  }

  /** Records the call as {@code "executeAsync:<kind>"} and returns a future completed with {@code null}. */
  @Override
  public <T> CompletableFuture<T> executeAsync(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "executeAsync:" + responseType.kind()));
    return CompletableFuture.completedFuture(null);
  }

  /** Records the call as {@code "paginate"} and returns {@code null}. */
  @Override
  public <T> AutoPager<T> paginate(OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "paginate"));
    return null;
  }

  /** Records the call as {@code "paginateAsync"} and returns {@code null}. */
  @Override
  public <T> AsyncAutoPager<T> paginateAsync(OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "paginateAsync"));
    return null;
  }

  /** {@return this executor, unchanged: the options are ignored} */
  @Override
  public OperationExecutor withOptions(ClientOptions options) {
    return this;
  }

  /** Does nothing. */
  @Override
  public void close() {}
}
