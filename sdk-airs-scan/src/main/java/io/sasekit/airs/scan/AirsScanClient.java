package io.sasekit.airs.scan;

import io.sasekit.airs.scan.models.AsyncScanObject;
import io.sasekit.airs.scan.models.AsyncScanResponse;
import io.sasekit.airs.scan.models.ScanIdResult;
import io.sasekit.airs.scan.models.ScanRequest;
import io.sasekit.airs.scan.models.ScanResponse;
import io.sasekit.airs.scan.models.ThreatScanReportObject;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.auth.ApiKeyCredential;
import io.sasekit.core.errors.ConfigurationException;
import io.sasekit.core.errors.SasekitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Prisma AIRS runtime scan client (AI Runtime API intercept): what an AI application calls on
 * every prompt and every model answer. Authenticates with an API key in the {@code x-pan-token}
 * header (or a bearer token), in one of the regions the spec's servers name ({@link AirsRegion},
 * generated from them).
 *
 * <pre>{@code
 * try (AirsScanClient client = AirsScanClient.fromEnv()) {   // PANW_AI_SEC_API_KEY [, PANW_AI_SEC_API_ENDPOINT]
 *   Verdict v = client.scan(ScanInput.builder().profileName("my-profile").prompt(userText).build());
 *   if (v.isBlocked()) { ... v.detections() ... }
 * }
 * }</pre>
 *
 * <p>The four operations: {@link #scan} (synchronous), {@link #scanAsync} (a batch of up to
 * {@value ScanLimits#MAX_BATCH} scans, answered by one scan id), {@link #results} and
 * {@link #reports} (up to {@value ScanLimits#MAX_IDS} ids each); {@link #awaitResults} polls until
 * asynchronous scans complete. {@link #async()} is the non-blocking twin, {@link #api()} the
 * generated client (typed services, registry, dynamic door). Thread-safe; close it to release the
 * connection pool.
 */
public final class AirsScanClient implements AutoCloseable {
  /** Environment variable naming the endpoint: a URL, a host, or a region ({@code eu}, {@code service-sg}). */
  public static final String ENV_ENDPOINT = "PANW_AI_SEC_API_ENDPOINT";

  private final AirsScanApi api;
  private final AirsScanAsyncClient async;
  private final Sleeper sleeper;
  private final Duration pollInterval;
  private final Duration maxPollInterval;

  private AirsScanClient(AirsScanApi api, Sleeper sleeper, Duration pollInterval, Duration maxPollInterval) {
    this.api = api;
    this.sleeper = sleeper;
    this.pollInterval = pollInterval;
    this.maxPollInterval = maxPollInterval;
    this.async = new AirsScanAsyncClient(api.async(), api.options(), sleeper, pollInterval, maxPollInterval);
  }

  /** A builder (US region unless told otherwise). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code PANW_AI_SEC_API_KEY} (or {@code PANW_AI_SEC_API_TOKEN}) and
   * {@code PANW_AI_SEC_API_ENDPOINT}.
   *
   * @return the client
   * @throws ConfigurationException when no key or token is set
   */
  public static AirsScanClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Scans a prompt and/or response synchronously ({@code POST /v1/scan/sync/request}).
   *
   * @param input prompt, response, profile and metadata
   * @return the verdict
   */
  public Verdict scan(ScanInput input) {
    return Verdict.of(scan(Objects.requireNonNull(input, "input").toRequest(), RequestOptions.none()));
  }

  /**
   * Sends a synchronous scan request as the spec defines it.
   *
   * @param request the request
   * @return the answer
   */
  public ScanResponse scan(ScanRequest request) {
    return scan(request, RequestOptions.none());
  }

  /**
   * Sends a synchronous scan request with per-call options.
   *
   * @param request the request
   * @param options timeout, retries, headers of this call
   * @return the answer
   */
  public ScanResponse scan(ScanRequest request, RequestOptions options) {
    return api.scans().syncScan(request, options);
  }

  /**
   * Submits a batch of asynchronous scans ({@code POST /v1/scan/async/request}) as the flat list
   * of {@code {req_id, scan_req}} objects the service reads (the spec declares an array of
   * arrays; see docs/behaviour.md).
   *
   * @param batch 1 to {@value ScanLimits#MAX_BATCH} scans with distinct {@code req_id}s
   * @return the batch's {@code scan_id} and {@code report_id}
   * @throws io.sasekit.core.errors.ValidationException before sending, when the batch is empty,
   *     too large or repeats a {@code req_id}
   */
  public AsyncScanResponse scanAsync(List<AsyncScanObject> batch) {
    return scanAsync(batch, RequestOptions.none());
  }

  /**
   * {@link #scanAsync(List)} with per-call options.
   *
   * @param batch the scans
   * @param options per-call options
   * @return the batch's ids
   */
  public AsyncScanResponse scanAsync(List<AsyncScanObject> batch, RequestOptions options) {
    ScanLimits.checkBatch(batch);
    return api.scans().asyncScan(batch, options);
  }

  /**
   * Submits inputs as one asynchronous batch, numbering them {@code req_id} 1, 2, ...
   *
   * @param inputs 1 to {@value ScanLimits#MAX_BATCH} inputs
   * @return the batch's ids
   */
  public AsyncScanResponse scanAsyncInputs(List<ScanInput> inputs) {
    return scanAsync(batchOf(inputs));
  }

  /**
   * Reads the results of scans by id ({@code GET /v1/scan/results}, ids sent comma-separated).
   *
   * @param scanIds 1 to {@value ScanLimits#MAX_IDS} scan ids
   * @return one entry per scanned item, with {@code status} {@code complete} or {@code pending}
   */
  public List<ScanIdResult> results(List<String> scanIds) {
    return results(scanIds, RequestOptions.none());
  }

  /**
   * {@link #results(List)} with per-call options.
   *
   * @param scanIds the ids
   * @param options per-call options
   * @return the results
   */
  public List<ScanIdResult> results(List<String> scanIds, RequestOptions options) {
    return api.scanResults().query(ScanLimits.checkIds("scanResult.query", "scan_ids", scanIds), options).data();
  }

  /**
   * Reads threat reports by report id ({@code GET /v1/scan/reports}, ids sent comma-separated).
   *
   * @param reportIds 1 to {@value ScanLimits#MAX_IDS} report ids
   * @return the reports, with each detection service's result
   */
  public List<ThreatScanReportObject> reports(List<String> reportIds) {
    return reports(reportIds, RequestOptions.none());
  }

  /**
   * {@link #reports(List)} with per-call options.
   *
   * @param reportIds the ids
   * @param options per-call options
   * @return the reports
   */
  public List<ThreatScanReportObject> reports(List<String> reportIds, RequestOptions options) {
    return api.scanReports().query(ScanLimits.checkIds("scanReport.query", "report_ids", reportIds), options).data();
  }

  /**
   * Polls {@link #results} (backing off from the poll interval up to the largest, in chunks of
   * {@value ScanLimits#MAX_IDS} ids) until every scan is complete or {@code timeout} passes by the
   * client's clock. Never throws for a timeout: the outcome says what completed and what is pending.
   *
   * @param scanIds any number of scan ids
   * @param timeout how long to wait at most ({@link Duration#ZERO}: poll once)
   * @return the outcome, {@link ScanResults.Status#COMPLETE} or {@link ScanResults.Status#TIMED_OUT}
   * @throws io.sasekit.core.errors.ApiException when a results call fails (after its retries)
   * @throws SasekitException when the thread is interrupted while waiting
   */
  public ScanResults awaitResults(List<String> scanIds, Duration timeout) {
    ResultsPoll poll = new ResultsPoll(scanIds, timeout, api.options().clock(), pollInterval, maxPollInterval);
    while (true) {
      List<ScanIdResult> round = new ArrayList<>();
      for (List<String> chunk : poll.chunks()) {
        round.addAll(results(chunk));
      }
      poll.record(round);
      if (poll.done()) {
        return poll.outcome();
      }
      Duration wait = poll.nextWait();
      if (wait == null) {
        return poll.outcome();
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SasekitException("interrupted while waiting for scan results " + poll.outcome().pendingScanIds());
      }
    }
  }

  /** The non-blocking twin (same connection pool and options). */
  public AirsScanAsyncClient async() {
    return async;
  }

  /** The generated client: typed services per resource, the registry and the dynamic door. */
  public AirsScanApi api() {
    return api;
  }

  /** The options this client runs with ({@code toString} never shows the key). */
  public ClientOptions options() {
    return api.options();
  }

  /** Releases the connection pool and threads. */
  @Override
  public void close() {
    api.close();
  }

  @Override
  public String toString() {
    return "AirsScanClient{baseUrl=" + api.options().baseUrl() + "}";
  }

  static List<AsyncScanObject> batchOf(List<ScanInput> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    List<AsyncScanObject> batch = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      batch.add(AsyncScanObject.builder().reqId(i + 1)
          .scanReq(Objects.requireNonNull(inputs.get(i), "inputs[" + i + "]").toRequest()).build());
    }
    return batch;
  }

  /** Builds an {@link AirsScanClient}. */
  public static final class Builder {
    private final ClientOptions.Builder options = ClientOptions.builder();
    private ApiKeyCredential credential;
    private String endpoint;
    private AirsRegion region;
    private Map<String, String> env = Map.of();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration maxPollInterval = Duration.ofSeconds(8);

    private Builder() {}

    /** Reads {@code PANW_AI_SEC_API_KEY}, {@code PANW_AI_SEC_API_TOKEN} and {@code PANW_AI_SEC_API_ENDPOINT}. */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /** Reads the {@code PANW_AI_SEC_*} variables from a map (an injectable environment). */
    public Builder fromEnv(Map<String, String> environment) {
      this.env = Map.copyOf(Objects.requireNonNull(environment, "environment"));
      return this;
    }

    /** The API key, sent in {@code x-pan-token}. */
    public Builder apiKey(String apiKey) {
      this.credential = ApiKeyCredential.apiKey(apiKey);
      return this;
    }

    /** A bearer token instead of an API key, sent as {@code Authorization: Bearer ...}. */
    public Builder apiToken(String token) {
      this.credential = ApiKeyCredential.bearerToken(token);
      return this;
    }

    /** Any header credential. */
    public Builder credential(ApiKeyCredential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
      return this;
    }

    /** The region whose host to call (default {@link AirsRegion#US}). */
    public Builder region(AirsRegion region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** An explicit endpoint URL (wins over the region), e.g. a proxy or a test server. */
    public Builder endpoint(String endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /** Retries after a retryable failure (default 3). */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /** Changes any other option (timeouts, proxy, clock, HTTP client, ...). */
    public Builder options(Consumer<ClientOptions.Builder> modifier) {
      modifier.accept(options);
      return this;
    }

    /** How {@code awaitResults} waits between polls (tests inject one that does not sleep). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** First wait between two polls of {@code awaitResults} (default 1 s; it doubles). */
    public Builder pollInterval(Duration first) {
      this.pollInterval = positive("pollInterval", first);
      return this;
    }

    /** Largest wait between two polls of {@code awaitResults} (default 8 s). */
    public Builder maxPollInterval(Duration max) {
      this.maxPollInterval = positive("maxPollInterval", max);
      return this;
    }

    /**
     * Checks the settings and creates the client.
     *
     * @throws ConfigurationException naming the missing or malformed setting
     */
    public AirsScanClient build() {
      ApiKeyCredential c = credential != null ? credential : ApiKeyCredential.fromEnv(env).orElse(null);
      if (c == null) {
        throw new ConfigurationException("apiKey", "an API key is required: set apiKey(...) or apiToken(...) on the"
            + " builder, or " + ApiKeyCredential.ENV_API_KEY + " / " + ApiKeyCredential.ENV_API_TOKEN);
      }
      if (maxPollInterval.compareTo(pollInterval) < 0) {
        throw new ConfigurationException("maxPollInterval",
            "maxPollInterval (" + maxPollInterval + ") must not be less than pollInterval (" + pollInterval + ")");
      }
      ClientOptions.Builder b = options;
      b.apiKey(c);
      if (endpoint != null && !endpoint.isBlank()) {
        b.baseUrl(endpointUrl(endpoint));
      } else if (region != null) {
        b.baseUrl(region.baseUrl());
      } else {
        String fromEnv = env.get(ENV_ENDPOINT);
        b.defaultBaseUrl(fromEnv == null || fromEnv.isBlank() ? AirsRegion.US.baseUrl() : endpointUrl(fromEnv));
      }
      return new AirsScanClient(AirsScanApi.builder().options(b.build()).build(), sleeper, pollInterval,
          maxPollInterval);
    }

    /** A URL as is, a bare host with {@code https://}, a region name as its host. */
    static String endpointUrl(String value) {
      String v = value.strip();
      if (v.contains("://")) {
        return v;
      }
      if (!v.contains(".")) {
        return AirsRegion.of(v).baseUrl();
      }
      return "https://" + v;
    }

    private static Duration positive(String field, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new ConfigurationException(field, field + " must be positive, got " + d);
      }
      return d;
    }
  }
}
