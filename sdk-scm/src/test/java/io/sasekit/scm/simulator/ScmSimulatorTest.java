package io.sasekit.scm.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.core.errors.NotFoundException;
import io.sasekit.scm.Container;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.ScmOperations;
import io.sasekit.scm.models.Address;
import io.sasekit.scm.models.ConfigVersionPushRequest;
import io.sasekit.scm.params.AddressListParams;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The testkit's simulator serves the SCM API from its registry, as it serves the Prisma Access one:
 * CRUD of objects by container, lists with paging and the name filter, and a push that starts a
 * job; all through the typed {@link ScmClient}, offline.
 */
class ScmSimulatorTest {
  private PrismaAccessSimulator sim;
  private ScmClient client;

  @BeforeEach
  void start() {
    sim = PrismaAccessSimulator.builder().registry(ScmOperations.registry()).start();
    client = ScmClient.builder().options(sim.clientOptions("scm")).build();
  }

  @AfterEach
  void stop() {
    client.close();
    sim.close();
  }

  @Test
  void mountsTheScmRegistryOnItsHost() {
    assertThat(sim.apis()).contains("scm");
    assertThat(sim.baseUrl("scm")).isEqualTo(sim.baseUrl());
  }

  @Test
  void addressesCrudByFolder() {
    Address created = client.addresses().create(Address.builder().name("web-1").ipNetmask("10.0.0.1/32").folder("Shared").build());
    String id = created.id().orElseThrow();
    assertThat(created.folder()).contains("Shared");

    Address read = client.addresses().get(id);
    assertThat(read.name()).isEqualTo("web-1");
    assertThat(read.ipNetmask()).contains("10.0.0.1/32");

    Address updated = client.addresses().update(id, read.toBuilder().description("front end").build());
    assertThat(updated.description()).contains("front end");

    client.addresses().delete(id);
    assertThatThrownBy(() -> client.addresses().get(id)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsPageAndFilterByNameWithinTheFolder() {
    for (int i = 0; i < 5; i++) {
      client.addresses().create(Address.builder().name("host-" + i).ipNetmask("10.0.1." + i + "/32").folder("Shared").build());
    }
    client.addresses().create(Address.builder().name("elsewhere").ipNetmask("10.0.2.1/32").folder("Remote Networks").build());

    var page = client.addresses().list(AddressListParams.builder().folder("Shared").limit(2).offset(0).build());
    assertThat(page.data()).hasSize(2);
    assertThat(page.total()).hasValue(5);
    List<String> all = client.addresses().listAll(AddressListParams.builder().folder("Shared").limit(2).build())
        .stream().map(Address::name).toList();
    assertThat(all).containsExactlyInAnyOrder("host-0", "host-1", "host-2", "host-3", "host-4");

    var byName = client.addresses().list(AddressListParams.builder().folder("Shared").name("host-3").build());
    assertThat(byName.data()).extracting(Address::name).containsExactly("host-3");
    assertThat(client.addresses().getByName(Container.folder("Remote Networks"), "elsewhere").folder()).contains("Remote Networks");
  }

  @Test
  void pushStartsAJob() {
    client.addresses().create(Address.builder().name("web-1").ipNetmask("10.0.0.1/32").folder("Shared").build());
    client.configVersions().push(ConfigVersionPushRequest.builder().addFolder("Shared").build());
    assertThat(sim.jobs().list()).hasSize(1);
    assertThat(sim.jobs().last()).isPresent();
  }
}
