package io.sasekit.airs.scan;

import io.sasekit.airs.scan.models.AsyncScanObject;
import io.sasekit.airs.scan.models.AsyncScanResponse;
import io.sasekit.airs.scan.models.ScanIdResult;
import io.sasekit.airs.scan.models.ScanRequest;
import io.sasekit.airs.scan.models.ScanResponse;
import io.sasekit.airs.scan.models.ThreatScanReportObject;
import io.sasekit.core.ClientOptions;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.pagination.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking twin of {@link AirsScanClient} ({@code client.async()}): the same operations and
 * checks, answering with {@link CompletableFuture}s; {@link #awaitResults} waits between polls
 * without holding a thread. Shares the connection pool of the client it came from: closing either
 * one releases it. A failed check (batch size, ids) fails the future without sending anything.
 */
public final class AirsScanAsyncClient implements AutoCloseable {
  private final AirsScanApiAsyncClient api;
  private final ClientOptions options;
  private final Sleeper sleeper;
  private final Duration pollInterval;
  private final Duration maxPollInterval;

  AirsScanAsyncClient(AirsScanApiAsyncClient api, ClientOptions options, Sleeper sleeper, Duration pollInterval,
      Duration maxPollInterval) {
    this.api = api;
    this.options = options;
    this.sleeper = sleeper;
    this.pollInterval = pollInterval;
    this.maxPollInterval = maxPollInterval;
  }

  /**
   * Scans a prompt and/or response synchronously on the service's side, without blocking here.
   *
   * @param input prompt, response, profile and metadata
   * @return the verdict
   */
  public CompletableFuture<Verdict> scan(ScanInput input) {
    return guarded(() -> scan(Objects.requireNonNull(input, "input").toRequest(), RequestOptions.none()))
        .thenApply(Verdict::of);
  }

  /**
   * See {@link AirsScanClient#scan(ScanRequest, RequestOptions)}.
   *
   * @param request the request
   * @param options per-call options
   * @return the answer
   */
  public CompletableFuture<ScanResponse> scan(ScanRequest request, RequestOptions options) {
    return api.scans().syncScan(request, options);
  }

  /**
   * See {@link AirsScanClient#scanAsync(List)}.
   *
   * @param batch 1 to {@value ScanLimits#MAX_BATCH} scans with distinct {@code req_id}s
   * @return the batch's ids
   */
  public CompletableFuture<AsyncScanResponse> scanAsync(List<AsyncScanObject> batch) {
    return guarded(() -> {
      ScanLimits.checkBatch(batch);
      return api.scans().asyncScan(batch, RequestOptions.none());
    });
  }

  /**
   * See {@link AirsScanClient#scanAsyncInputs(List)}.
   *
   * @param inputs 1 to {@value ScanLimits#MAX_BATCH} inputs, numbered {@code req_id} 1, 2, ...
   * @return the batch's ids
   */
  public CompletableFuture<AsyncScanResponse> scanAsyncInputs(List<ScanInput> inputs) {
    return guarded(() -> scanAsync(AirsScanClient.batchOf(inputs)));
  }

  /**
   * See {@link AirsScanClient#results(List)}.
   *
   * @param scanIds 1 to {@value ScanLimits#MAX_IDS} scan ids
   * @return the results
   */
  public CompletableFuture<List<ScanIdResult>> results(List<String> scanIds) {
    return guarded(() -> api.scanResults()
        .query(ScanLimits.checkIds("scanResult.query", "scan_ids", scanIds), RequestOptions.none())
        .thenApply(Page::data));
  }

  /**
   * See {@link AirsScanClient#reports(List)}.
   *
   * @param reportIds 1 to {@value ScanLimits#MAX_IDS} report ids
   * @return the reports
   */
  public CompletableFuture<List<ThreatScanReportObject>> reports(List<String> reportIds) {
    return guarded(() -> api.scanReports()
        .query(ScanLimits.checkIds("scanReport.query", "report_ids", reportIds), RequestOptions.none())
        .thenApply(Page::data));
  }

  /**
   * See {@link AirsScanClient#awaitResults}: the same polling, the waits scheduled by the
   * {@link Sleeper} instead of blocking.
   *
   * @param scanIds any number of scan ids
   * @param timeout how long to wait at most
   * @return the outcome (complete, or timed out with the pending ids)
   */
  public CompletableFuture<ScanResults> awaitResults(List<String> scanIds, Duration timeout) {
    ResultsPoll poll;
    try {
      poll = new ResultsPoll(scanIds, timeout, options.clock(), pollInterval, maxPollInterval);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return round(poll);
  }

  private CompletableFuture<ScanResults> round(ResultsPoll poll) {
    List<CompletableFuture<List<ScanIdResult>>> calls = new ArrayList<>();
    for (List<String> chunk : poll.chunks()) {
      calls.add(results(chunk));
    }
    return CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).thenCompose(ignored -> {
      List<ScanIdResult> all = new ArrayList<>();
      calls.forEach(c -> all.addAll(c.join()));
      poll.record(all);
      Duration wait = poll.done() ? null : poll.nextWait();
      if (wait == null) {
        return CompletableFuture.completedFuture(poll.outcome());
      }
      return sleeper.delay(wait).thenCompose(x -> round(poll));
    });
  }

  /** Releases the connection pool it shares with its synchronous twin. */
  @Override
  public void close() {
    api.executor().close();
  }

  private interface Call<T> {
    CompletableFuture<T> start();
  }

  private static <T> CompletableFuture<T> guarded(Call<T> call) {
    try {
      return call.start();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
