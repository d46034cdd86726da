package io.sasekit.core.internal;

import io.sasekit.core.ClientOptions;
import io.sasekit.core.errors.SasekitException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The only class that touches OkHttp. One {@link OkHttpClient} per executor, derived from {@link
 * ClientOptions#httpClient()} when one was given (its pool, dispatcher, interceptors and TLS
 * settings are kept), with the options' timeouts and proxy. {@link #derive} builds a transport
 * for other options that shares this one's connection pool and dispatcher.
 *
 * <p>OkHttp's own silent retry on connection failure is turned off: whether a request is sent
 * again is the {@link io.sasekit.core.retry.RetryPolicy}'s decision alone (a POST that may have
 * reached the server must not be repeated behind its back).
 */
public final class HttpTransport implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final byte[] EMPTY = new byte[0];

  private final OkHttpClient client;
  private final boolean ownsResources;

  private HttpTransport(OkHttpClient client, boolean ownsResources) {
    this.client = client;
    this.ownsResources = ownsResources;
  }

  /** A transport for {@code options}; it owns its pool and dispatcher unless the caller gave a client. */
  public static HttpTransport create(ClientOptions options) {
    OkHttpClient.Builder b;
    boolean owns;
    if (options.httpClient().isPresent()) {
      b = options.httpClient().get().newBuilder();
      owns = false;
    } else {
      b = new OkHttpClient.Builder().dispatcher(newDispatcher());
      owns = true;
    }
    return new HttpTransport(configure(b, options).build(), owns);
  }

  /**
   * A transport for {@code options} that shares this one's connection pool and dispatcher (unless
   * {@code options} names a different OkHttp client of its own). The derived transport never
   * releases the shared resources; the original does, on {@link #close()}.
   */
  public HttpTransport derive(ClientOptions options) {
    OkHttpClient base = options.httpClient().orElse(null);
    OkHttpClient.Builder b = base == null ? client.newBuilder() : base.newBuilder();
    return new HttpTransport(configure(b, options).build(), false);
  }

  private static OkHttpClient.Builder configure(OkHttpClient.Builder b, ClientOptions options) {
    b.connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.readTimeout())
        .callTimeout(options.callTimeout())
        .retryOnConnectionFailure(false);
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
    d.setMaxRequests(128);
    d.setMaxRequestsPerHost(64);
    return d;
  }

  /**
   * Sends {@code request} and reads the whole answer.
   *
   * @param bearer the bearer token, or {@code null} or empty for no {@code Authorization} header
   * @param timeout bound of this exchange, or {@code null} for the client's call timeout
   * @throws IOException when no complete answer arrived
   * @throws SasekitException when the request cannot be built (nothing is sent)
   */
  public WireResponse execute(WireRequest request, String bearer, Duration timeout)
      throws IOException {
    Call call = newCall(request, bearer, timeout);
    try (Response response = call.execute()) {
      return read(response);
    }
  }

  /**
   * Sends {@code request} on the dispatcher; {@code callback} receives the answer or the failure
   * on a dispatcher thread.
   *
   * @return cancels the exchange when run
   * @throws SasekitException when the request cannot be built (nothing is sent)
   */
  public Runnable enqueue(
      WireRequest request, String bearer, Duration timeout, ResultCallback callback) {
    Call call = newCall(request, bearer, timeout);
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        callback.onFailure(e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        WireResponse wire;
        try (Response r = response) {
          wire = read(r);
        } catch (IOException e) {
          callback.onFailure(e);
          return;
        }
        callback.onResponse(wire);
      }
    });
    return call::cancel;
  }

  private Call newCall(WireRequest request, String bearer, Duration timeout) {
    Request.Builder rb = new Request.Builder();
    try {
      rb.url(request.url());
      for (Map.Entry<String, String> h : request.headers()) {
        rb.header(h.getKey(), h.getValue());
      }
    } catch (IllegalArgumentException e) {
      // an unusable URL or header (control characters): name it without echoing header values
      throw new SasekitException("cannot send " + request.method() + " " + request.path()
          + ": invalid URL or header (" + String.valueOf(e.getMessage()).replaceAll("(?s):.*", "") + ")");
    }
    if (bearer != null && !bearer.isEmpty()) { // empty: an API-key client, its header is in the request
      rb.header("Authorization", "Bearer " + bearer);
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

  private static WireResponse read(Response response) throws IOException {
    ResponseBody body = response.body();
    String text = body == null ? "" : body.string();
    return new WireResponse(response.code(), response.headers().toMultimap(), text);
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

  /** Receives the outcome of {@link #enqueue}. */
  public interface ResultCallback {
    /** A complete answer arrived (any status). */
    void onResponse(WireResponse response);

    /** No complete answer arrived. */
    void onFailure(IOException failure);
  }
}
