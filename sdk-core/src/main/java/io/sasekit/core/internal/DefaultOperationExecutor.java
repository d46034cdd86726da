package io.sasekit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RawResponse;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.TokenProvider;
import io.sasekit.core.errors.ResponseParseException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.PagingSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.AsyncAutoPager;
import io.sasekit.core.pagination.AutoPager;
import io.sasekit.core.pagination.Page;
import io.sasekit.core.pagination.PageFetcher;
import io.sasekit.core.pagination.PageStreamFetcher;
import io.sasekit.core.retry.Sleeper;
import io.sasekit.core.transport.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The SDK's one execution path: {@link WireRequestFactory} (validate, build) then the client's
 * {@link Pipeline} (log, authenticate, retry, send) then {@link ResponseReader} (read as asked).
 * Owns its transport (unless the options supply one) and its scheduler thread; {@link
 * #withOptions} derives an executor sharing its connection pool, dispatcher and scheduler, and the
 * token cache is shared JVM-wide by credentials.
 */
public final class DefaultOperationExecutor implements OperationExecutor {
  private final ClientOptions options;
  private final HttpTransport ownTransport; // null when the options supply the transport
  private final boolean owner; // whether close() releases the transport and the sleeper
  private final Sleeper sleeper;
  private final TokenProvider tokens;
  private final Pipeline pipeline;
  private final WireRequestFactory requests;
  private final ResponseReader reader;
  private final Map<Class<?>, Object> components = new ConcurrentHashMap<>();

  /** Creates the executor, its HTTP client and (unless the options supply one) its token provider. */
  public DefaultOperationExecutor(ClientOptions options) {
    this(Objects.requireNonNull(options, "options"),
        options.transport().isPresent() ? null : HttpTransport.create(options),
        options.sleeper().orElseGet(SystemSleeper::new), true);
  }

  private DefaultOperationExecutor(
      ClientOptions options, HttpTransport ownTransport, Sleeper sleeper, boolean owner) {
    this.options = options;
    this.ownTransport = ownTransport;
    this.owner = owner;
    this.sleeper = sleeper;
    Transport base = options.transport().orElse(ownTransport);
    Transport transport = options.transportCustomizer().map(c -> c.apply(base)).orElse(base);
    // an API key is known to the redaction JVM-wide, as every token is
    options.apiKey().ifPresent(k -> Redactor.registerToken(
        k.isBearerToken() ? k.headerValue().substring("Bearer ".length()) : k.headerValue()));
    // a caller's provider is wrapped so that every token it hands out is known to the redaction
    this.tokens = options.apiKey().isPresent()
        ? ApiKeyAuthentication.INSTANCE
        : options.tokenProvider().map(Redactor::remembering)
            .orElseGet(() -> ClientCredentialsFlow.create(options, transport));
    this.pipeline = Pipeline.assemble(options, transport, tokens, sleeper);
    ObjectMapper mapper = JsonMapper.shared();
    this.requests = new WireRequestFactory(options, mapper);
    this.reader = new ResponseReader(mapper);
  }

  @Override
  public ClientOptions options() {
    return options;
  }

  /**
   * The token provider in use: OAuth2 client credentials, or the configured one wrapped so that
   * the tokens it hands out are known to the redaction of messages and logs.
   */
  public TokenProvider tokenProvider() {
    return tokens;
  }

  @Override
  public <T> T execute(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions ro) {
    return runSync(operation, arguments, ro, (request, response, args) ->
        reader.read(operation, request, response, responseType, intArg(args, "limit"), intArg(args, "offset")));
  }

  @Override
  public <T> RawResponse<T> executeRaw(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions ro) {
    return runSync(operation, arguments, ro, (request, response, args) -> raw(response,
        reader.read(operation, request, response, responseType, intArg(args, "limit"), intArg(args, "offset"))));
  }

  @Override
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions ro) {
    return runAsync(operation, arguments, ro, (request, response, args) -> raw(response,
        reader.read(operation, request, response, responseType, intArg(args, "limit"), intArg(args, "offset"))));
  }

  private <R> R runSync(
      OperationSpec operation, Arguments arguments, RequestOptions ro, Reading<R> reading) {
    RequestOptions opts = ro == null ? RequestOptions.none() : ro;
    Arguments args = arguments == null ? Arguments.empty() : arguments;
    WireRequest request = requests.build(operation, args, opts);
    return reading.read(request, pipeline.send(request, opts), args);
  }

  private static <T> RawResponse<T> raw(WireResponse response, T value) {
    String id = response.header("x-request-id");
    if (id == null) {
      id = ErrorResponses.requestId(response.body());
    }
    return new RawResponse<>(response.status(), response.headers(), response.body(), id, value);
  }

  /** What an async call makes of its answer. */
  private interface Reading<R> {
    R read(WireRequest request, WireResponse response, Arguments args);
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(
      OperationSpec operation, Arguments arguments, ResponseType<T> responseType, RequestOptions ro) {
    return runAsync(operation, arguments, ro, (request, response, args) ->
        reader.read(operation, request, response, responseType, intArg(args, "limit"), intArg(args, "offset")));
  }

  private <R> CompletableFuture<R> runAsync(
      OperationSpec operation, Arguments arguments, RequestOptions ro, Reading<R> reading) {
    try {
      RequestOptions opts = ro == null ? RequestOptions.none() : ro;
      Arguments args = arguments == null ? Arguments.empty() : arguments;
      WireRequest request = requests.build(operation, args, opts);
      CompletableFuture<WireResponse> call = pipeline.sendAsync(request, opts);
      CompletableFuture<R> out = new CompletableFuture<>();
      call.whenComplete((response, error) -> {
        if (error != null) {
          out.completeExceptionally(error);
          return;
        }
        try {
          out.complete(reading.read(request, response, args));
        } catch (RuntimeException e) {
          out.completeExceptionally(e);
        }
      });
      // cancel, orTimeout or complete on the caller's future stops the call and its retries
      out.whenComplete((r, e) -> call.cancel(true));
      return out;
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> AutoPager<T> paginate(
      OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions ro) {
    Paging paging = new Paging(operation, arguments);
    PageFetcher<T> fetcher = (offset, limit) -> {
      if (paging.spec == null && offset != paging.startOffset) {
        return new Page<>(List.of(), limit, offset, null);
      }
      if (paging.nextOffset()) {
        JsonNode answer = execute(operation, paging.arguments(offset, limit), ResponseType.json(), ro);
        return paging.wrapperPage(answer, itemType, offset, limit);
      }
      return execute(operation, paging.arguments(offset, limit), ResponseType.page(itemType), ro);
    };
    if (paging.spec == null || paging.nextOffset()) {
      return new AutoPager<>(fetcher, paging.startOffset, paging.pageSize);
    }
    // offset paging: each page's elements are handed out as its answer is read
    PageStreamFetcher<T> streaming = (offset, limit) -> {
      RequestOptions opts = ro == null ? RequestOptions.none() : ro;
      Arguments args = paging.arguments(offset, limit);
      WireRequest request = requests.build(operation, args, opts);
      WireResponse response = pipeline.sendStreamed(request, opts);
      return reader.streamPage(operation, request, response, itemType, intArg(args, "limit"), intArg(args, "offset"));
    };
    return new AutoPager<>(fetcher, streaming, paging.startOffset, paging.pageSize);
  }

  @Override
  public <T> AsyncAutoPager<T> paginateAsync(
      OperationSpec operation, Arguments arguments, Class<T> itemType, RequestOptions ro) {
    Paging paging = new Paging(operation, arguments);
    return new AsyncAutoPager<>((offset, limit) -> {
      if (paging.spec == null && offset != paging.startOffset) {
        return CompletableFuture.completedFuture(new Page<>(List.of(), limit, offset, null));
      }
      if (paging.nextOffset()) {
        return executeAsync(operation, paging.arguments(offset, limit), ResponseType.json(), ro)
            .thenApply(answer -> paging.wrapperPage(answer, itemType, offset, limit));
      }
      return executeAsync(operation, paging.arguments(offset, limit), ResponseType.page(itemType), ro);
    }, paging.startOffset, paging.pageSize);
  }

  @Override
  public OperationExecutor withOptions(ClientOptions newOptions) {
    Objects.requireNonNull(newOptions, "options");
    HttpTransport derived = newOptions.transport().isPresent() || ownTransport == null
        ? null : ownTransport.derive(newOptions);
    ClientOptions effective = derived == null && newOptions.transport().isEmpty()
        ? newOptions.toBuilder().transport(options.transport().orElseThrow()).build() : newOptions;
    return new DefaultOperationExecutor(effective, derived, sleeper, false);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <C> C component(Class<C> type, Function<OperationExecutor, C> factory) {
    return (C) components.computeIfAbsent(type, t -> factory.apply(this));
  }

  /**
   * Releases the connection pool and dispatcher threads this executor created (not those of a
   * caller-supplied OkHttp client, and not from an executor derived with {@link #withOptions},
   * which shares them: close the original last).
   */
  @Override
  public void close() {
    if (owner) {
      if (ownTransport != null) {
        ownTransport.close();
      }
      if (sleeper instanceof SystemSleeper) {
        ((SystemSleeper) sleeper).close();
      }
    }
  }

  /** The pipeline every call of this executor runs through. */
  public Pipeline pipeline() {
    return pipeline;
  }

  private static Integer intArg(Arguments args, String name) {
    Object v = args.params().get(name);
    if (v instanceof Number) {
      return ((Number) v).intValue();
    }
    if (v instanceof CharSequence) {
      try {
        return Integer.parseInt(v.toString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "DefaultOperationExecutor{baseUrl=" + options.baseUrl() + ", clientId="
        + options.clientId() + ", tokenProvider=" + tokens + "}";
  }

  /**
   * Page size, start and parameter names of one pagination: from the operation's registry
   * {@code paging} (an operation without one is fetched once) and the arguments, else the defaults.
   */
  private final class Paging {
    final OperationSpec op;
    final PagingSpec spec;
    final Arguments base;
    final int pageSize;
    final int startOffset;

    Paging(OperationSpec op, Arguments arguments) {
      this.op = op;
      this.spec = op.paging();
      this.base = arguments == null ? Arguments.empty() : arguments;
      Integer limit = spec == null || spec.limitParam() == null ? null : intArg(base, spec.limitParam());
      Integer offset = spec == null ? null : intArg(base, spec.offsetParam());
      int size = limit == null || limit <= 0 ? options.pageSize() : limit;
      this.pageSize = spec == null ? size : spec.pageSize(size);
      this.startOffset = offset == null || offset < 0 ? 0 : offset;
    }

    boolean nextOffset() {
      return spec != null && spec.kind() == PagingSpec.Kind.NEXT_OFFSET;
    }

    Arguments arguments(int offset, int limit) {
      Arguments a = base;
      if (spec != null && spec.limitParam() != null) {
        a = a.withParam(spec.limitParam(), limit);
      }
      if (spec != null) {
        a = a.withParam(spec.offsetParam(), offset);
      }
      return a;
    }

    /**
     * The page of a next-offset wrapper: its items member; a next offset beyond this page's offset
     * means more follow (the page counts as full whatever its size), none (or one not beyond) marks
     * the last page (its total is then known).
     */
    <T> Page<T> wrapperPage(JsonNode answer, Class<T> itemType, int offset, int limit) {
      JsonNode items = answer == null ? null : answer.get(spec.itemsMember());
      List<T> data = new ArrayList<>();
      if (items != null && !items.isNull()) {
        if (!items.isArray()) {
          throw new ResponseParseException(op.key() + ": member " + spec.itemsMember()
              + " of the answer is not an array but " + items.getNodeType(), null, null);
        }
        for (JsonNode item : items) {
          try {
            data.add(JsonMapper.shared().treeToValue(item, itemType));
          } catch (JsonProcessingException e) {
            throw new ResponseParseException(op.key() + ": an element of " + spec.itemsMember()
                + " cannot be read as " + itemType.getSimpleName() + ": " + e.getOriginalMessage(), null, e);
          }
        }
      }
      JsonNode next = answer == null ? null : answer.get(spec.nextMember());
      boolean more = next != null && next.canConvertToInt() && next.asInt() > offset;
      return more ? new Page<>(data, data.size(), offset, null) : new Page<>(data, limit, offset, offset + data.size());
    }
  }
}
