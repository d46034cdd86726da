package io.sasekit.scm;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.AsyncAutoPager;
import io.sasekit.core.pagination.AutoPager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An executor that sends nothing: it records which operation ran with which arguments. */
final class RecordingExecutor implements OperationExecutor {
  record Call(OperationSpec operation, Arguments arguments, String kind) {}

  final List<Call> calls = new ArrayList<>();

  @Override
  public ClientOptions options() {
    return ClientOptions.builder().clientId("id").clientSecret("secret").build();
  }

  @Override
  public <T> T execute(OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "execute:" + responseType.kind()));
    return null;
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "executeAsync:" + responseType.kind()));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public <T> AutoPager<T> paginate(OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "paginate"));
    return null;
  }

  @Override
  public <T> AsyncAutoPager<T> paginateAsync(OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions options) {
    calls.add(new Call(operation, arguments, "paginateAsync"));
    return null;
  }

  @Override
  public OperationExecutor withOptions(ClientOptions options) {
    return this;
  }

  @Override
  public void close() {}
}
