package io.sasekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.testkit.AirsControl;
import io.sasekit.testkit.JobInfo;
import io.sasekit.testkit.PrismaAccessSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI against the embedded simulator: list, get, create, push --wait, AIRS, errors and exit codes. */
class SasekitTest {
  private static PrismaAccessSimulator sim;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void start() {
    sim = PrismaAccessSimulator.builder().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
    sim.jobs().instant();
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  private int run(Map<String, String> env, String... args) {
    out.reset();
    err.reset();
    Sasekit cli = new Sasekit(env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        offline -> offline ? Connection.simulator(sim) : Connection.tenant(env));
    return cli.run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private JsonNode json() throws Exception {
    return JsonMapper.shared().readTree(out());
  }

  @Test
  void createsGetsAndListsAnAddress() throws Exception {
    assertThat(run("address", "create", "--offline", "--folder", "Shared", "--name", "ioc-203.0.113.42",
        "--ip-netmask", "203.0.113.42/32", "--tag", "ThreatIntel", "--description", "from the CLI")).isZero();
    JsonNode created = json();
    String id = created.path("id").asText();
    assertThat(id).isNotBlank();
    JsonNode stored = sim.config().candidate("address", "Shared").stream()
        .filter(a -> a.path("name").asText().equals("ioc-203.0.113.42")).findFirst().orElseThrow();
    assertThat(stored.path("ip_netmask").asText()).isEqualTo("203.0.113.42/32");
    assertThat(stored.path("tag").get(0).asText()).isEqualTo("ThreatIntel");

    assertThat(run("--offline", "address", "get", "--id", id)).isZero();
    assertThat(json().path("name").asText()).isEqualTo("ioc-203.0.113.42");

    assertThat(run("address", "list", "--folder", "Shared", "--offline", "-o", "table")).as(err()).isZero();
    String[] lines = out().split("\n");
    assertThat(lines[0]).startsWith("ID").contains("NAME", "FOLDER", "IP_NETMASK");
    assertThat(out()).contains(id, "ioc-203.0.113.42", "203.0.113.42/32", "(1 row)");

    assertThat(run("address", "list", "--folder", "Shared", "--offline", "--name", "ioc-203.0.113.42")).isZero();
    assertThat(json().path("data")).hasSize(1);
  }

  @Test
  void wholeBodyFromAFileWithOptionsOverridingItsMembers() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("tag", ".json");
    java.nio.file.Files.writeString(file, "{\"name\": \"from-file\", \"color\": \"Red\", \"comments\": \"file\"}");
    assertThat(run("tag", "create", "--offline", "--folder", "Shared", "--body", "@" + file, "--comments", "option"))
        .as(err()).isZero();
    assertThat(json().path("name").asText()).isEqualTo("from-file");
    assertThat(json().path("comments").asText()).isEqualTo("option");
  }

  @Test
  void pushWaitsForTheJob() throws Exception {
    assertThat(run("--offline", "address", "create", "--folder", "Shared", "--name", "a1", "--ip_netmask", "10.0.0.1/32"))
        .isZero();
    assertThat(run("push", "--offline", "--folders", "Shared", "--description", "cli push", "--wait")).as(err()).isZero();
    JobInfo job = sim.jobs().last().orElseThrow();
    assertThat(job.finished()).isTrue();
    assertThat(job.folders()).containsExactly("Shared");
    assertThat(job.description()).isEqualTo("cli push");
    assertThat(json().toString()).contains(job.id());
    assertThat(sim.config().runningMatchesCandidate()).isTrue();
  }

  @Test
  void aFailedPushJobExits1WithItsReason() {
    sim.jobs().failNextPush("commit failed", "address a1 is invalid");
    assertThat(run("push", "--offline", "--folders", "Shared", "--wait")).isEqualTo(Sasekit.FAILED);
    assertThat(err()).startsWith("error: ").contains("commit failed");
  }

  @Test
  void pushWithoutWaitPrintsTheJobId() throws Exception {
    assertThat(run("push", "--offline", "--folders", "Shared,Remote Networks")).isZero();
    JobInfo job = sim.jobs().last().orElseThrow();
    assertThat(job.folders()).containsExactly("Shared", "Remote Networks");
    assertThat(out()).contains(job.id());
  }

  @Test
  void foldersListsTheTenantsFolders() {
    assertThat(run("folders", "--offline", "-o", "table")).isZero();
    assertThat(out()).contains("Shared", "Remote Networks", "Mobile Users");
  }

  @Test
  void reachesAirsManagement() throws Exception {
    assertThat(run("deployment-profile", "list", "--offline")).as(err()).isZero();
    assertThat(json().toString()).contains("dp-production", AirsControl.PRODUCTION_AUTH_CODE);
    assertThat(run("deploymentProfile", "list", "--offline", "-o", "table")).isZero();
    assertThat(out()).contains("dp-production", "dp-staging");
  }

  @Test
  void aValueOfTheWrongTypeIsAUsageErrorNamingTheOption() {
    assertThat(run("address", "list", "--offline", "--folder", "Shared", "--limit", "ten")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("--limit", "'ten'", "integer").contains("usage: sasekit address list");
    assertThat(sim.requests().matching("GET", "/sse/config/v1/addresses")).isEmpty();
  }

  @Test
  void aMissingRequiredParameterIsAUsageError() {
    assertThat(run("address", "get", "--offline")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("--id");
    assertThat(run("address", "list", "--offline")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("--folder");
  }

  @Test
  void theSdksValidationNamesTheBadMemberAndNothingIsSent() {
    int code = run("address", "create", "--offline", "--folder", "Shared", "--name", "x".repeat(64),
        "--ip-netmask", "10.0.0.1/32");
    assertThat(code).as(err()).isEqualTo(Sasekit.USAGE);
    assertThat(err()).startsWith("error: ").contains("name");
    assertThat(sim.requests().matching("POST", "/sse/config/v1/addresses")).isEmpty();
  }

  @Test
  void unknownResourcesOperationsAndOptionsAreUsageErrors() {
    assertThat(run("adress", "list")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("adress", "did you mean: address");
    assertThat(run("address", "frobnicate")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("frobnicate");
    assertThat(run("address", "list", "--folder", "Shared", "--colour", "red")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("--colour");
    assertThat(run("address")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("missing an operation");
    assertThat(run("push", "--folders", "Shared", "--timeout", "soon")).isEqualTo(Sasekit.USAGE);
    assertThat(err()).contains("--timeout", "soon");
  }

  @Test
  void anApiErrorExits1WithTheSdksMessage() {
    assertThat(run("address", "get", "--offline", "--id", "00000000-0000-0000-0000-000000000000")).isEqualTo(Sasekit.FAILED);
    assertThat(err()).startsWith("error: ").contains("404");
  }

  @Test
  void missingCredentialsExit3WithAHint() {
    assertThat(run(Map.of(), "address", "list", "--folder", "Shared")).isEqualTo(Sasekit.CONFIG);
    assertThat(err()).contains("PANW_CLIENT_ID", "--offline");
  }

  @Test
  void theClientSecretIsNeverPrinted() {
    String secret = "cli-secret-" + "9f8e7d6c5b4a";
    Map<String, String> env = Map.of("PANW_CLIENT_ID", sim.clientId(), "PANW_CLIENT_SECRET", secret,
        "PANW_TSG_ID", sim.tsgId(), "PANW_BASE_URL", sim.baseUrl(), "PANW_TOKEN_BASE_URL", sim.baseUrl());
    assertThat(run(env, "address", "list", "--folder", "Shared", "--debug")).isEqualTo(Sasekit.CONFIG);
    assertThat(err()).startsWith("error: ").doesNotContain(secret);
    assertThat(out()).doesNotContain(secret);
    assertThat(run(env, "push", "--folders", "Shared", "--wait", "--debug", "-o", "table")).isEqualTo(Sasekit.CONFIG);
    assertThat(err() + out()).doesNotContain(secret);
  }

  @Test
  void anUnreachableTokenEndpointExits3NamingTheConfiguredHost() {
    // nothing listens on loopback port 9
    Map<String, String> env = Map.of("PANW_CLIENT_ID", "id", "PANW_CLIENT_SECRET", "not-a-real-secret",
        "PANW_TSG_ID", "1234567890", "PANW_BASE_URL", "http://127.0.0.1:9", "PANW_TOKEN_BASE_URL", "http://127.0.0.1:9");
    assertThat(run(env, "tag", "list", "--folder", "Shared")).isEqualTo(Sasekit.CONFIG);
    assertThat(err()).contains("hint: ", "127.0.0.1:9").doesNotContain("not-a-real-secret");
  }

  @Test
  void allFollowsEveryPage() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(run("tag", "create", "--offline", "--folder", "Shared", "--name", "t" + i)).isZero();
    }
    assertThat(run("tag", "list", "--offline", "--folder", "Shared", "--limit", "2")).isZero();
    assertThat(json().path("data")).hasSize(2);
    assertThat(run("tag", "list", "--offline", "--folder", "Shared", "--limit", "2", "--all")).isZero();
    assertThat(json().path("data")).extracting(t -> t.path("name").asText()).contains("t0", "t1", "t2", "t3", "t4");
    assertThat(sim.requests().matching("GET", "/sse/config/v1/tags").stream().filter(q -> q.status() == 200)
        .map(q -> q.queryParam("offset").orElse("0")).toList()).containsSubsequence("0", "2", "4");
  }

  @Test
  void allFollowsNextOffsetOnAirs() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(run("ai-security-profile", "create", "--offline", "--profile_name", "p" + i, "--revision", "0",
          "--active", "true", "--policy", "{\"dlp-data-profiles\":[],\"ai-security-profiles\":[]}")).as(err()).isZero();
    }
    assertThat(run("ai-security-profile", "list", "--offline", "--limit", "2", "--all")).as(err()).isZero();
    assertThat(json().path("ai_profiles")).extracting(p -> p.path("profile_name").asText())
        .containsExactlyInAnyOrder("p0", "p1", "p2");
  }

  @Test
  void operationsTakeAKebabCaseAliasLikeResourcesAndOptions() throws Exception {
    // README: wire names with a kebab-case alias; an operation named forceDelete answers to force-delete too
    assertThat(run("ai-security-profile", "create", "--offline", "--profile-name", "to-remove", "--revision", "0",
        "--policy", "{\"dlp-data-profiles\":[],\"ai-security-profiles\":[]}")).as(err()).isZero();
    String id = json().path("profile_id").asText();
    assertThat(run("ai-security-profile", "force-delete", "--offline", "--profile-id", id,
        "--updated-by", "alice@example.com")).as(err()).isZero();
    assertThat(sim.requests().matching("DELETE", "/aisec/v1/mgmt/profile/" + id + "/force")).hasSize(1);
    assertThat(run("ai-security-profile", "forceDelete", "--help")).isZero();
    assertThat(run("oauth", "generate-token", "--help")).isZero();
    assertThat(out()).contains("POST /v1/mgmt/oauth/client_credential/accesstoken");
  }

  @Test
  void anEmptyAirsListIsZeroRowsInATableLikeAnyOtherList() {
    // README: -o table prints the rows of a list; an empty list of addresses prints (0 rows)
    assertThat(run("address", "list", "--offline", "--folder", "Shared", "--name", "none-such", "-o", "table")).as(err()).isZero();
    String emptyList = out();
    assertThat(run("api-key", "list", "--offline", "-o", "table")).as(err()).isZero();
    assertThat(out()).isEqualTo(emptyList);
    assertThat(run("custom-topic", "list", "--offline", "--all", "-o", "table")).as(err()).isZero();
    assertThat(out()).isEqualTo(emptyList);
  }
}
