package io.sasekit.core.internal;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.transport.Transport;
import io.sasekit.core.transport.TransportRequest;
import io.sasekit.core.transport.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The default {@link Transport}, and the only class that touches OkHttp: one {@link OkHttpClient}
 * per client, with the options' timeouts and proxy. {@link #derive} builds a transport for other
 * options that shares this one's connection pool and dispatcher.
 *
 * <p>It sends each request once and returns what came back: OkHttp's silent retry on connection
 * failure is off (whether a request is sent again is the {@link io.sasekit.core.retry.RetryPolicy}'s
 * decision alone), and redirects are never followed here (the pipeline decides, so that neither
 * credentials nor a body are ever sent to another host).
 *
 * <p>Concurrency: at most {@value #MAX_CONCURRENT_PER_HOST} exchanges per host run at once, and the
 * pool keeps as many idle connections, so a client running at its full concurrency reuses its
 * connections instead of opening new ones (OkHttp's default keeps five).
 */
public final class HttpTransport implements Transport {
  /** Concurrent exchanges per host, and idle connections kept. */
  public static final int MAX_CONCURRENT_PER_HOST = 64;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final byte[] EMPTY = new byte[0];

  private final OkHttpClient client;
  private final boolean ownsResources;

  private HttpTransport(OkHttpClient client, boolean ownsResources) {
    this.client = client;
    this.ownsResources = ownsResources;
  }

  /** A transport for {@code options} that owns its pool and dispatcher. */
  public static HttpTransport create(ClientOptions options) {
    OkHttpClient.Builder b = new OkHttpClient.Builder()
        .dispatcher(newDispatcher())
        .connectionPool(new ConnectionPool(MAX_CONCURRENT_PER_HOST, 5, TimeUnit.MINUTES));
    return new HttpTransport(configure(b, options).build(), true);
  }

  /**
   * A transport for {@code options} that shares this one's connection pool and dispatcher. The
   * derived transport never releases the shared resources; the original does, on {@link #close()}.
   */
  public HttpTransport derive(ClientOptions options) {
    return new HttpTransport(configure(client.newBuilder(), options).build(), false);
  }

  private static OkHttpClient.Builder configure(OkHttpClient.Builder b, ClientOptions options) {
    b.connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.readTimeout())
        .callTimeout(options.callTimeout())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
    options.proxy().ifPresent(p -> ProxySupport.apply(b, p));
    return b;
  }

  private static Dispatcher newDispatcher() {
    ExecutorService pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> {
          Thread t = new Thread(r, "sasekit-http-" + THREADS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    Dispatcher d = new Dispatcher(pool);
    d.setMaxRequests(2 * MAX_CONCURRENT_PER_HOST);
    d.setMaxRequestsPerHost(MAX_CONCURRENT_PER_HOST);
    return d;
  }

  @Override
  public TransportResponse execute(TransportRequest request) throws IOException {
    Call call = newCall(request);
    try (Response response = call.execute()) {
      return read(response);
    }
  }

  @Override
  public CompletableFuture<TransportResponse> executeAsync(TransportRequest request) {
    Call call;
    try {
      call = newCall(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<TransportResponse> result = new CompletableFuture<>();
    result.whenComplete((r, e) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        try (Response r = response) {
          result.complete(read(r));
        } catch (IOException e) {
          result.completeExceptionally(e);
        }
      }
    });
    return result;
  }

  /**
   * Sends {@code request}, blocking until the headers are in: a 2xx answer's body is left open as
   * {@link WireResponse#stream()} (the caller reads and closes it), any other answer is read whole.
   */
  WireResponse executeStreamed(TransportRequest request) throws IOException {
    Response response = newCall(request).execute();
    ResponseBody body = response.body();
    if (response.isSuccessful() && body != null) {
      return new WireResponse(response.code(), headers(response.headers()), "", body.byteStream());
    }
    try (Response r = response) {
      return WireResponse.of(read(r));
    }
  }

  private Call newCall(TransportRequest request) {
    Request.Builder rb = new Request.Builder();
    try {
      rb.url(request.url());
      for (Map.Entry<String, String> h : request.headers()) {
        rb.header(h.getKey(), h.getValue());
      }
    } catch (IllegalArgumentException e) {
      // an unusable URL or header (control characters): name it without echoing header values
      throw new SasekitException("cannot send " + request.method() + " "
          + request.url().replaceAll("[?#].*", "") + ": invalid URL or header ("
          + String.valueOf(e.getMessage()).replaceAll("(?s):.*", "") + ")");
    }
    RequestBody body = null;
    if (request.body() != null) {
      MediaType type = request.contentType() == null ? null : MediaType.parse(request.contentType());
      body = RequestBody.create(request.body(), type);
    } else if (needsBody(request.method())) {
      body = RequestBody.create(EMPTY, null);
    }
    rb.method(request.method(), body);
    Call call = client.newCall(rb.build());
    Duration timeout = request.timeout();
    if (timeout != null) {
      long millis = Math.max(1, timeout.toMillis());
      if (client.callTimeoutMillis() > 0) {
        millis = Math.min(millis, client.callTimeoutMillis());
      }
      call.timeout().timeout(millis, TimeUnit.MILLISECONDS);
    }
    return call;
  }

  private static boolean needsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  /** The answer with its body as bytes (parsed from them; text only on demand). */
  private static TransportResponse read(Response response) throws IOException {
    ResponseBody body = response.body();
    return TransportResponse.of(response.code(), headers(response.headers()), body == null ? EMPTY : body.bytes());
  }

  /** The headers as one immutable map (names in lower case, values in order), built once. */
  static Map<String, List<String>> headers(Headers headers) {
    int n = headers.size();
    String[] names = new String[n];
    List<String>[] values = newLists(n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      String name = headers.name(i).toLowerCase(Locale.ROOT);
      int at = 0;
      while (at < distinct && !names[at].equals(name)) {
        at++;
      }
      if (at == distinct) {
        names[distinct] = name;
        values[distinct++] = List.of(headers.value(i));
      } else {
        List<String> more = new ArrayList<>(values[at]);
        more.add(headers.value(i));
        values[at] = List.copyOf(more);
      }
    }
    @SuppressWarnings("unchecked")
    Map.Entry<String, List<String>>[] entries = new Map.Entry[distinct];
    for (int i = 0; i < distinct; i++) {
      entries[i] = Map.entry(names[i], values[i]);
    }
    return Map.ofEntries(entries);
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newLists(int n) {
    return new List[n];
  }

  /** The OkHttp client (for tests of the sharing between derived transports). */
  OkHttpClient okHttpClient() {
    return client;
  }

  /** Releases the pool's connections and the dispatcher's threads, if this transport owns them. */
  @Override
  public void close() {
    if (ownsResources) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "HttpTransport{owns=" + ownsResources + "}";
  }
}
