/**
 * Workflows of the unified Strata Cloud Manager API, mixed into the generated {@code ScmClient} and
 * its services (customization {@code serviceExtends} / {@code clientExtends}): push the candidate
 * configuration by folder and administrator ({@link io.sasekit.scm.workflow.PushRequest}), wait for
 * jobs ({@code client.jobs().waitFor(...)}), push and wait in one call, and move rules ({@link
 * io.sasekit.scm.workflow.RuleMove}). The polling loop, backoff and job exceptions are sdk-core's
 * ({@link io.sasekit.core.jobs}); only the SCM-specific part lives here.
 */
package io.sasekit.scm.workflow;
