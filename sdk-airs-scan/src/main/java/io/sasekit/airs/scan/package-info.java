/**
 * The Prisma AIRS runtime scan client (AI Runtime API intercept): {@link
 * io.sasekit.airs.scan.AirsScanClient} with {@code scan}, {@code scanAsync} (batches),
 * {@code results}, {@code reports} and {@code awaitResults}, its non-blocking twin {@link
 * io.sasekit.airs.scan.AirsScanAsyncClient}, the convenience types {@link
 * io.sasekit.airs.scan.ScanInput} and {@link io.sasekit.airs.scan.Verdict}, and the generated
 * client {@link io.sasekit.airs.scan.AirsScanApi} with the models in {@code io.sasekit.airs.scan.models}.
 *
 * <pre>{@code
 * try (AirsScanClient client = AirsScanClient.builder().apiKey(key).region(AirsRegion.EU).build()) {
 *   Verdict v = client.scan(ScanInput.builder().profileName("my-profile").prompt(text).build());
 * }
 * }</pre>
 */
package io.sasekit.airs.scan;
