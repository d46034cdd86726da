package io.sasekit.scm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.testkit.RecordingExecutor;
import io.sasekit.testkit.ServiceDriver;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the SCM files the lock pins (read here as plain YAML, independently of the generator)
 * is in the registry with its file's server path prefixed, and every registry operation is run by a
 * method of a service that an accessor of {@link ScmClient} (and of its async twin) returns.
 */
class EveryScmOperationReachableTest {
  private final OperationRegistry registry = ScmOperations.registry();

  private static final SpecApi SPEC = ScmSpecFiles.API;

  @Test
  void registryHoldsExactlyTheOperationsOfTheLockedFiles() {
    Map<String, SpecOperation> fromFiles = new TreeMap<>();
    for (SpecOperation op : SPEC.operations()) {
      assertThat(fromFiles.put(op.signature(), op)).as("two files declare " + op.signature()).isNull();
    }
    // every file the lock pins under the prefix declares operations (no count: a new file is a lock row)
    assertThat(fromFiles.values().stream().map(SpecOperation::specFile).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(SPEC.files().stream().map(SpecApi.SpecFile::path).toList());
    Map<String, String> fromRegistry = new TreeMap<>();
    for (OperationSpec op : registry.operations()) {
      assertThat(fromRegistry.put(op.method() + " " + op.pathTemplate(), op.specFile()))
          .as("two registry operations share " + op.method() + " " + op.pathTemplate()).isNull();
    }
    assertThat(fromRegistry.keySet()).isEqualTo(new TreeSet<>(fromFiles.keySet()));
    assertThat(registry.operations()).hasSize(fromFiles.size());
    fromFiles.values().forEach(op -> assertThat(fromRegistry.get(op.signature())).as(op.signature()).endsWith(fileName(op.specFile())));
  }

  @Test
  void eachFileKeepsItsOwnBasePathOnOneHost() {
    Map<String, Set<String>> prefixes = new TreeMap<>();
    for (OperationSpec op : registry.operations()) {
      String[] seg = op.pathTemplate().split("/");
      prefixes.computeIfAbsent("/" + seg[1] + "/" + seg[2] + "/" + seg[3], k -> new TreeSet<>()).add(fileName(op.specFile()));
    }
    Set<String> expected = SPEC.files().stream()
        .map(s -> SpecApi.basePath(SpecApi.document(s)))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(prefixes.keySet()).isEqualTo(expected);
    prefixes.values().forEach(files -> assertThat(files).hasSize(1));
    try (ScmClient client = client()) {
      assertThat(client.executor().options().baseUrl()).isEqualTo("https://api.strata.paloaltonetworks.com");
    }
  }

  @Test
  void syncServicesRunEveryRegistryOperation() throws Exception {
    assertThat(drive(ScmClient.class, false)).isEqualTo(registryKeys());
  }

  @Test
  void asyncServicesRunEveryRegistryOperation() throws Exception {
    assertThat(drive(ScmAsyncClient.class, true)).isEqualTo(registryKeys());
  }

  @Test
  void namedAccessorsReturnLiveServices() {
    try (ScmClient client = client()) {
      assertThat(List.of(client.addresses(), client.securityRules(), client.natRules(), client.ikeGateways(),
          client.folders(), client.snippets(), client.devices(), client.labels(), client.variables(),
          client.configVersions(), client.jobs(), client.async().addresses(), client.registry(), client.dynamic()))
          .doesNotContainNull();
    }
  }

  private static ScmClient client() {
    return ScmClient.builder().clientId("id").clientSecret("secret").tsgId("1234567890").build();
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private Set<String> registryKeys() {
    return ServiceDriver.registryKeys(registry);
  }

  /** Calls every abstract (full-form) method of every service the client class exposes. */
  private Set<String> drive(Class<?> clientClass, boolean async) throws Exception {
    Set<String> ran = new TreeSet<>();
    List<Class<?>> services = ServiceDriver.services(clientClass);
    Set<String> resources = new TreeSet<>();
    registry.operations().forEach(op -> resources.add(op.resource()));
    assertThat(services).hasSize(resources.size());
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
