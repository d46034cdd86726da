package io.sasekit.airs.contract;

import io.sasekit.airs.AirsMgmtClient;
import io.sasekit.airs.AirsMgmtOperations;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SurfaceCheck;
import org.junit.jupiter.api.Test;

/**
 * The typed AIRS management client loses nothing of its spec file: every operation it declares
 * (plain YAML, named by {@code specs/airs-mgmt-naming.tsv}) is run by a typed service method, and
 * every body and answer member it declares is reachable through builder setters (testkit
 * {@link SurfaceCheck}). The expected operations and members are counted from the file.
 */
class SurfaceCompleteTest {
  private static final SpecApi SPEC = SpecApi.of("prisma-airs/management/", false);

  @Test
  void everyOperationAndMemberOfTheFilesIsReachable() {
    SurfaceCheck.of(SPEC, "airs-mgmt", AirsMgmtClient.class, AirsMgmtOperations.registry()).assertComplete();
  }
}
