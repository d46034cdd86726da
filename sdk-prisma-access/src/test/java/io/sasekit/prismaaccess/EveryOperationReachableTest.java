package io.sasekit.prismaaccess;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.testkit.RecordingExecutor;
import io.sasekit.testkit.ServiceDriver;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Every registry operation is reachable as a method of the service the client's accessor returns:
 * each service implementation is driven (by reflection) with a recording executor and the
 * operations it ran are compared with the registry, for the sync and the async face.
 */
class EveryOperationReachableTest {
  private final OperationRegistry registry = PrismaAccessOperations.registry();

  @Test
  void syncServicesRunEveryRegistryOperation() throws Exception {
    assertThat(drive(PrismaAccessClient.class, false)).isEqualTo(registryKeys());
  }

  @Test
  void asyncServicesRunEveryRegistryOperation() throws Exception {
    assertThat(drive(PrismaAccessAsyncClient.class, true)).isEqualTo(registryKeys());
  }

  @Test
  void accessorsReturnLiveServices() {
    try (PrismaAccessClient client = PrismaAccessClient.builder().clientId("id").clientSecret("secret").tsgId("1234567890").build()) {
      assertThat(client.addresses()).isNotNull();
      assertThat(client.securityRules()).isNotNull();
      assertThat(client.configVersions()).isNotNull();
      assertThat(client.jobs()).isNotNull();
      assertThat(client.mobileAgentAgentProfiles()).isNotNull();
      assertThat(client.infrastructureSettings()).isNotNull();
      assertThat(client.async().addresses()).isNotNull();
      assertThat(client.certificates()).isNotNull();
    }
  }

  @Test
  void positionalArgumentsTravelBySpecName() {
    RecordingExecutor rec = new RecordingExecutor();
    var impl = new io.sasekit.prismaaccess.services.internal.SecurityRuleImpl(rec, registry);
    impl.create(Folder.SHARED, io.sasekit.prismaaccess.models.Position.PRE,
        io.sasekit.prismaaccess.models.SecurityRule.builder().name("allow-web").build());
    assertThat(rec.calls()).hasSize(1);
    var call = rec.calls().get(0);
    assertThat(call.operation().key()).isEqualTo("securityRule.create");
    assertThat(call.arguments().params()).containsEntry("folder", "Shared");
    assertThat(call.arguments().params().get("position").toString()).isEqualTo("pre");
    assertThat(call.arguments().body()).isPresent();
  }

  private Set<String> registryKeys() {
    return ServiceDriver.registryKeys(registry);
  }

  /** Calls every abstract (full-form) method of every service the client class exposes. */
  private Set<String> drive(Class<?> clientClass, boolean async) throws Exception {
    Set<String> ran = new TreeSet<>();
    List<Class<?>> services = ServiceDriver.services(clientClass);
    // one service per resource key of the registry (computed, not counted by hand)
    assertThat(services).hasSize(registry.resources().size());
    for (Class<?> service : services) {
      ServiceDriver.Run run = ServiceDriver.drive(service, registry);
      for (ServiceDriver.Invocation i : run.invocations()) {
        if (async && !i.method().getName().endsWith("All")) {
          assertThat(i.result()).isInstanceOf(CompletableFuture.class);
        }
      }
      for (RecordingExecutor.Call c : run.calls()) {
        ran.add(c.operation().key());
        assertThat(c.kind().startsWith("executeAsync") || c.kind().equals("paginateAsync")).isEqualTo(async);
      }
    }
    return ran;
  }
}
