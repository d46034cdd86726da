package io.sasekit.scm.contract;

import io.sasekit.scm.ScmClient;
import io.sasekit.scm.ScmOperations;
import io.sasekit.testkit.contract.SurfaceCheck;
import org.junit.jupiter.api.Test;

/**
 * The typed SCM client loses nothing of the eight spec files: every operation they declare (plain
 * YAML, named by {@code specs/scm-naming.tsv}) is run by a typed service method, and every body and
 * answer member they declare is reachable through builder setters (testkit {@link SurfaceCheck}).
 * The expected operations and members are counted from the files.
 */
class SurfaceCompleteTest {
  @Test
  void everyOperationAndMemberOfTheFilesIsReachable() {
    SurfaceCheck.of(ScmContract.SPEC, "scm", ScmClient.class, ScmOperations.registry()).assertComplete();
  }
}
