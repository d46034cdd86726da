/**
 * Waiting for asynchronous jobs of the configuration APIs (a push, a load), independent of any one
 * API: {@link io.sasekit.core.jobs.JobPoller} polls a job with backoff ({@link
 * io.sasekit.core.jobs.WaitOptions}: 2 s doubling to 30 s by default, an injectable clock and
 * {@link io.sasekit.core.jobs.Delayer}) until it reaches a terminal state ({@link
 * io.sasekit.core.jobs.JobOutcome}); a failure stops the wait at once with a {@link
 * io.sasekit.core.jobs.JobFailedException}, a timeout raises a {@link
 * io.sasekit.core.jobs.JobTimeoutException} that keeps the job id. {@link
 * io.sasekit.core.jobs.PushedJobFinder} finds the job a push started when the push answer names
 * none. Each API module maps its job model to a {@link io.sasekit.core.jobs.JobStatus} and mixes
 * thin typed methods ({@code waitFor}, {@code pushAndWait}) into its generated client.
 */
package io.sasekit.core.jobs;
