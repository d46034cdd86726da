package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.testkit.internal.OperationClassifier;
import io.sasekit.testkit.internal.OperationKind;
import org.junit.jupiter.api.Test;

class OperationClassifierTest {
  private static OperationKind kind(OperationRegistry r, String resource, String op) {
    return OperationClassifier.classify(r.require(resource, op), r);
  }

  @Test
  void prismaAccessOperations() {
    OperationRegistry r = TestRegistries.prismaAccess();
    assertThat(kind(r, "address", "list")).isEqualTo(OperationKind.LIST);
    assertThat(kind(r, "address", "create")).isEqualTo(OperationKind.CREATE);
    assertThat(kind(r, "address", "get")).isEqualTo(OperationKind.GET);
    assertThat(kind(r, "address", "update")).isEqualTo(OperationKind.UPDATE);
    assertThat(kind(r, "address", "delete")).isEqualTo(OperationKind.DELETE);
    assertThat(kind(r, "securityRule", "move")).isEqualTo(OperationKind.MOVE);
    assertThat(kind(r, "configVersion", "push")).isEqualTo(OperationKind.PUSH);
    assertThat(kind(r, "configVersion", "rollbackCandidate")).isEqualTo(OperationKind.ROLLBACK);
    assertThat(kind(r, "configVersion", "getRunning")).isEqualTo(OperationKind.RUNNING);
    assertThat(kind(r, "configVersion", "list")).isEqualTo(OperationKind.VERSION_LIST);
    assertThat(kind(r, "configVersion", "get")).isEqualTo(OperationKind.VERSION_GET);
    assertThat(kind(r, "configVersion", "load")).isEqualTo(OperationKind.LOAD);
    assertThat(kind(r, "job", "list")).isEqualTo(OperationKind.JOB_LIST);
    assertThat(kind(r, "job", "get")).isEqualTo(OperationKind.JOB_GET);
    assertThat(kind(r, "bandwidthAllocation", "update")).isEqualTo(OperationKind.KEYED_UPDATE);
    assertThat(kind(r, "bandwidthAllocation", "delete")).isEqualTo(OperationKind.KEYED_DELETE);
    assertThat(kind(r, "mobileAgentAgentProfile", "update")).isEqualTo(OperationKind.KEYED_UPDATE);
    assertThat(kind(r, "mobileAgentGlobalSetting", "get")).isEqualTo(OperationKind.SINGLETON_GET);
    assertThat(kind(r, "mobileAgentGlobalSetting", "update")).isEqualTo(OperationKind.SINGLETON_UPDATE);
  }

  @Test
  void airsOperationsFallIntoTheGenericKindsToo() {
    OperationRegistry r = TestRegistries.airs();
    assertThat(kind(r, "customerApp", "get")).isEqualTo(OperationKind.KEYED_GET);
    assertThat(kind(r, "apiKey", "list")).isEqualTo(OperationKind.LIST);
    assertThat(kind(r, "aiSecurityProfile", "update")).isEqualTo(OperationKind.UPDATE);
  }
}
