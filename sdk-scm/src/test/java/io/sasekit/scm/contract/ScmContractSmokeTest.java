package io.sasekit.scm.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.scm.ScmClient;
import io.sasekit.scm.ScmLoopback;
import io.sasekit.scm.ScmSpecFiles;
import io.sasekit.scm.models.Address;
import io.sasekit.scm.models.ConfigVersionPushRequest;
import io.sasekit.scm.models.Folder;
import io.sasekit.scm.models.RuleBasedMove;
import io.sasekit.scm.models.RuleBasedMoveDestination;
import io.sasekit.scm.models.RuleBasedMoveRulebase;
import io.sasekit.scm.services.AddressService;
import io.sasekit.scm.services.FolderService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * First slice of the SCM contract suite: a representative operation of several files (objects,
 * security, setup, operations) through the typed {@link ScmClient} against WireMock on loopback.
 * Each captured request is validated against the operation's ORIGINAL spec file (Atlassian validator,
 * the file as locked, no repair), and each canned answer is validated against the same file before
 * the test relies on it: the answers are the declared status with a body only where the spec
 * declares one, an instance of the declared schema.
 */
class ScmContractSmokeTest {
  private static final String TOKEN_PATH = ScmLoopback.TOKEN_PATH;
  private static final String OBJECTS = "scm/config/sase/objects/objects-june.yaml";
  private static final String SECURITY = "scm/config/sase/security/security-services.yaml";
  private static final String SETUP = "scm/config/sase/setup/config-setup-feb-v1.yaml";
  private static final String OPERATIONS = "scm/config/sase/operations/config-operations-march.yaml";
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  private WireMockServer server;
  private ScmClient client;

  @BeforeEach
  void start() {
    server = ScmLoopback.server();
    client = ScmLoopback.client(server, "contract-client@1234567890.iam.panserviceaccount.com", "contract-secret-0123456789");
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop();
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

  // --- helpers

  /** Stubs an answer after checking that it is one the spec file declares for this method and path. */
  private void answer(String spec, String method, String path, int status, String body) {
    SimpleResponse.Builder r = SimpleResponse.Builder.status(status);
    if (body != null) {
      r.withContentType("application/json").withBody(body);
    }
    ValidationReport report = validator(spec).validateResponse(path, Request.Method.valueOf(method), r.build());
    assertThat(errors(report)).as("canned answer of " + method + " " + path + " conforms to " + spec).isEmpty();
    var response = aResponse().withStatus(status);
    if (body != null) {
      response = response.withHeader("Content-Type", "application/json").withBody(body);
    }
    server.stubFor(any(urlPathEqualTo(path)).willReturn(response));
  }

  private LoggedRequest onlyRequest() {
    List<LoggedRequest> api = server.findAll(anyRequestedFor(anyUrl())).stream()
        .filter(r -> !r.getUrl().startsWith(TOKEN_PATH)).toList();
    assertThat(api).hasSize(1);
    return api.get(0);
  }

  private static void assertValid(String spec, LoggedRequest sent) {
    String url = sent.getUrl();
    int q = url.indexOf('?');
    SimpleRequest.Builder b = new SimpleRequest.Builder(sent.getMethod().getName(), q < 0 ? url : url.substring(0, q));
    sent.getHeaders().all().forEach(h -> b.withHeader(h.key(), h.values()));
    sent.getQueryParams().forEach((name, values) -> b.withQueryParam(name, values.values()));
    if (sent.getBodyAsString() != null && !sent.getBodyAsString().isEmpty()) {
      b.withBody(sent.getBodyAsString());
    }
    ValidationReport report = validator(spec).validateRequest(b.build());
    assertThat(errors(report)).as(sent.getMethod() + " " + url + " against " + spec).isEmpty();
  }

  private static OpenApiInteractionValidator validator(String spec) {
    return VALIDATORS.computeIfAbsent(spec, p -> OpenApiInteractionValidator
        .createForSpecificationUrl(ScmSpecFiles.byPath(p).file().toUri().toString())
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .withStrictOperationPathMatching()
        .withResolveCombinators(true) // allOf/anyOf members merged: the container branches sit beside the resource
        .build());
  }

  private static List<String> errors(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(m.getKey() + ": " + m.getMessage());
      }
    }
    return out;
  }
}
