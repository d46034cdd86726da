package io.sasekit.scm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.SpecCheckedWireMock;
import io.sasekit.scm.models.Address;
import io.sasekit.scm.models.ConfigVersionPushRequest;
import io.sasekit.scm.models.Folder;
import io.sasekit.scm.models.RuleBasedMove;
import io.sasekit.scm.models.RuleBasedMoveDestination;
import io.sasekit.scm.models.RuleBasedMoveRulebase;
import io.sasekit.scm.services.AddressService;
import io.sasekit.scm.services.FolderService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * First slice of the SCM contract suite: a representative operation of several files (objects,
 * security, setup, operations) through the typed {@link ScmClient} against WireMock on loopback.
 * Each captured request is validated against the operation's ORIGINAL spec file and each canned
 * answer against the same file before the test relies on it ({@link SpecCheckedWireMock}): the
 * answers are the declared status with a body only where the spec declares one, an instance of the
 * declared schema.
 */
class ScmContractSmokeTest {
  private static final String OBJECTS = "scm/config/sase/objects/objects-june.yaml";
  private static final String SECURITY = "scm/config/sase/security/security-services.yaml";
  private static final String SETUP = "scm/config/sase/setup/config-setup-feb-v1.yaml";
  private static final String OPERATIONS = "scm/config/sase/operations/config-operations-march.yaml";

  private SpecCheckedWireMock wire;
  private ScmClient client;

  @BeforeEach
  void start() {
    wire = new SpecCheckedWireMock();
    client = wire.client(b -> {});
  }

  @AfterEach
  void stop() {
    client.close();
    wire.close();
  }

  @Test
  void addressesListWithFolderAndNameFilter() {
    String body = "{\"data\":[{\"id\":\"7b1c2a44-0c1e-4a5e-9a44-3c6f1d2b9e10\",\"name\":\"web-1\","
        + "\"ip_netmask\":\"10.0.0.1/32\",\"folder\":\"Shared\"}],\"limit\":200,\"offset\":0,\"total\":1}";
    answer(OBJECTS, "GET", "/config/objects/v1/addresses", 200, body);
    var page = client.addresses().list(AddressService.ListParams.builder().folder("Shared").name("web-1").build());
    assertThat(page.data()).extracting(Address::name).containsExactly("web-1");
    LoggedRequest sent = onlyRequest();
    assertThat(sent.getUrl()).startsWith("/config/objects/v1/addresses?");
    assertThat(sent.queryParameter("folder").firstValue()).isEqualTo("Shared");
    assertThat(sent.queryParameter("name").firstValue()).isEqualTo("web-1");
    assertValid(OBJECTS, sent);
  }

  @Test
  void addressDeleteAnswersWithNoContent() {
    answer(OBJECTS, "DELETE", "/config/objects/v1/addresses/7b1c2a44-0c1e-4a5e-9a44-3c6f1d2b9e10", 200, null);
    client.addresses().delete("7b1c2a44-0c1e-4a5e-9a44-3c6f1d2b9e10");
    assertValid(OBJECTS, onlyRequest());
  }

  @Test
  void securityRuleMoveUsesTheColonAction() {
    String id = "0f4a9d3e-5b7c-4e21-9d11-2a6b8c4e7f00";
    answer(SECURITY, "POST", "/config/security/v1/security-rules/" + id + ":move", 200, null);
    client.securityRules().move(id, RuleBasedMove.builder()
        .destination(RuleBasedMoveDestination.TOP).rulebase(RuleBasedMoveRulebase.PRE).build());
    LoggedRequest sent = onlyRequest();
    assertThat(sent.getUrl()).isEqualTo("/config/security/v1/security-rules/" + id + ":move");
    assertValid(SECURITY, sent);
  }

  @Test
  void foldersListOnTheSetupBasePath() {
    String body = "{\"data\":[{\"id\":\"2b6f1c9e-8d4a-4f3b-a1c2-5e7d9f0b3a11\",\"name\":\"Texas\",\"parent\":\"All\"}],"
        + "\"limit\":200,\"offset\":0,\"total\":1}";
    answer(SETUP, "GET", "/config/setup/v1/folders", 200, body);
    var page = client.folders().list(FolderService.ListParams.none());
    assertThat(page.data()).extracting(Folder::name).containsExactly("Texas");
    assertValid(SETUP, onlyRequest());
  }

  @Test
  void pushWithAdminOnTheOperationsBasePath() {
    answer(OPERATIONS, "POST", "/config/operations/v1/config-versions/candidate:push", 201, null);
    client.configVersions().push(ConfigVersionPushRequest.builder().addAdmin("admin@example.com").addFolder("Texas").build());
    LoggedRequest sent = onlyRequest();
    assertThat(sent.getBodyAsString()).contains("\"admin\":[\"admin@example.com\"]");
    assertValid(OPERATIONS, sent);
  }

  private void answer(String spec, String method, String path, int status, String body) {
    wire.answer(spec, method, path, status, body);
  }

  private LoggedRequest onlyRequest() {
    assertThat(wire.requests()).hasSize(1);
    return wire.requests().get(0);
  }

  private static void assertValid(String spec, LoggedRequest sent) {
    SpecCheckedWireMock.assertValid(spec, sent);
  }
}
