package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushAndJobsTest {
  private static final String PUSH = "/sse/config/v1/config-versions/candidate:push";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-04T10:00:00Z"));
  private PrismaAccessSimulator sim;
  private Http api;

  @BeforeEach
  void start() {
    sim = PrismaAccessSimulator.builder().registry(TestRegistries.prismaAccess()).clock(clock).start();
    api = Http.api(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private void address(String folder, String name) {
    Http.Reply r = api.post("/sse/config/v1/addresses?folder=" + Http.enc(folder),
        "{\"name\":\"" + name + "\",\"ip_netmask\":\"198.51.100.7/32\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private String push(String body) {
    Http.Reply r = api.post(PUSH, body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("success").asBoolean()).isTrue();
    assertThat(r.json().get("message").asText()).isEqualTo("CommitAndPush job enqueued");
    return r.json().get("job_id").asText();
  }

  private JsonNode job(String id) {
    Http.Reply r = api.get("/sse/config/v1/jobs/" + id);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("data")).hasSize(1);
    return r.json().get("data").get(0);
  }

  @Test
  void pushMovesThroughPendActFinAndCommits() {
    sim.jobs().pace(1);
    address("Shared", "ioc-1");
    String id = push("{\"folders\":[\"Mobile Users\"],\"description\":\"block ioc-1\"}");

    JsonNode first = job(id);
    assertThat(first.get("status_str").asText()).isEqualTo("PEND");
    assertThat(first.get("result_str").asText()).isEqualTo("PEND");
    assertThat(first.get("type_str").asText()).isEqualTo("CommitAndPush");
    assertThat(sim.config().running("address", "Shared")).isEmpty();

    assertThat(job(id).get("status_str").asText()).isEqualTo("ACT");

    JsonNode done = job(id);
    assertThat(done.get("status_str").asText()).isEqualTo("FIN");
    assertThat(done.get("result_str").asText()).isEqualTo("OK");
    assertThat(done.get("percent").asText()).isEqualTo("100");
    assertThat(done.get("description").asText()).isEqualTo("block ioc-1");
    assertThat(done.get("uname").asText()).isEqualTo(sim.clientId());
    assertThat(done.get("start_ts").asText()).isEqualTo("2026-05-04 10:00:00");
    assertThat(done.get("end_ts").asText()).isNotBlank();
    assertThat(done.has("details")).isTrue();

    assertThat(sim.config().runningMatchesCandidate()).isTrue();
    assertThat(sim.config().running("address", "Shared")).hasSize(1);
  }

  @Test
  void paceIsControllable() {
    sim.jobs().pace(3);
    String id = push("{\"folders\":[\"Remote Networks\"]}");
    for (int i = 0; i < 3; i++) {
      assertThat(job(id).get("status_str").asText()).isEqualTo("PEND");
    }
    for (int i = 0; i < 3; i++) {
      assertThat(job(id).get("status_str").asText()).isEqualTo("ACT");
    }
    assertThat(job(id).get("status_str").asText()).isEqualTo("FIN");
  }

  @Test
  void jobsFinishAtOnceByDefault() {
    address("Shared", "a");
    String id = push("{\"folders\":[\"Mobile Users\"]}");
    assertThat(job(id).get("status_str").asText()).isEqualTo("FIN");
    assertThat(sim.config().runningMatchesCandidate()).isTrue();
  }

  @Test
  void instantUndoesAPaceAndResetRestoresTheBuiltPace() {
    sim.jobs().pace(2).instant();
    String id = push("{\"folders\":[\"Mobile Users\"]}");
    assertThat(job(id).get("status_str").asText()).isEqualTo("FIN");

    sim.jobs().pace(2);
    sim.reset();
    api = Http.api(sim);   // reset forgets the issued tokens
    String again = push("{\"folders\":[\"Mobile Users\"]}");
    assertThat(job(again).get("status_str").asText()).isEqualTo("FIN");
  }

  @Test
  void clockPaceAdvancesWithTheClock() {
    sim.jobs().paceByClock(Duration.ofSeconds(30));
    String id = push("{\"folders\":[\"Mobile Users\"]}");
    assertThat(job(id).get("status_str").asText()).isEqualTo("PEND");
    clock.advance(Duration.ofSeconds(30));
    assertThat(job(id).get("status_str").asText()).isEqualTo("ACT");
    clock.advance(Duration.ofSeconds(30));
    assertThat(job(id).get("status_str").asText()).isEqualTo("FIN");
  }

  @Test
  void failNextPushEndsPushfailAndKeepsRunning() {
    address("Shared", "bad");
    sim.jobs().failNextPush("Commit failed", "address 'bad' is referenced by a missing group");
    String id = push("{\"folders\":[\"Mobile Users\"]}");
    sim.jobs().finishAll();

    JsonNode j = job(id);
    assertThat(j.get("status_str").asText()).isEqualTo("PUSHFAIL");
    assertThat(j.get("result_str").asText()).isEqualTo("FAIL");
    assertThat(j.get("summary").asText()).isEqualTo("Commit failed");
    JsonNode details = readTree(j.get("details").asText());
    assertThat(details.get("errors").toString()).contains("Commit failed", "referenced by a missing group");
    assertThat(sim.config().running("address", "Shared")).isEmpty();
    assertThat(sim.config().versionCount()).isZero();

    // only the next push fails
    String next = push("{\"folders\":[\"Mobile Users\"]}");
    sim.jobs().finishAll();
    assertThat(job(next).get("result_str").asText()).isEqualTo("OK");
    assertThat(sim.jobs().get(next).orElseThrow().version()).isEqualTo(1);
  }

  private static JsonNode readTree(String s) {
    try {
      return Http.JSON.readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void pushCommitsNamedFoldersAndTheirAncestorsOnly() {
    address("Shared", "shared-obj");
    address("Mobile Users", "mu-obj");
    address("Remote Networks", "rn-obj");
    sim.jobs().instant();
    push("{\"folders\":[\"Mobile Users\"]}");

    assertThat(sim.config().running("address", "Shared")).hasSize(1);
    assertThat(sim.config().running("address", "Mobile Users")).hasSize(1);
    assertThat(sim.config().running("address", "Remote Networks")).isEmpty();
  }

  @Test
  void rollbackDiscardsCandidateChanges() {
    sim.jobs().instant();
    address("Shared", "kept");
    push("{\"folders\":[\"Mobile Users\"]}");
    address("Shared", "discarded");
    assertThat(sim.config().candidate("address", "Shared")).hasSize(2);

    Http.Reply r = api.delete("/sse/config/v1/config-versions/candidate");

    assertThat(r.status()).isEqualTo(200);
    assertThat(sim.config().candidate("address", "Shared")).singleElement()
        .satisfies(n -> assertThat(n.get("name").asText()).isEqualTo("kept"));
    assertThat(sim.config().runningMatchesCandidate()).isTrue();
  }

  @Test
  void versionsRunningAndLoad() {
    sim.jobs().instant();
    address("Shared", "v1-obj");
    push("{\"folders\":[\"Mobile Users\"],\"description\":\"first\"}");
    address("Shared", "v2-obj");
    push("{\"folders\":[\"Mobile Users\"],\"description\":\"second\"}");

    JsonNode versions = api.get("/sse/config/v1/config-versions").json();
    assertThat(versions.get("total").asInt()).isEqualTo(2);
    assertThat(versions.at("/data/0/description").asText()).isEqualTo("second");

    JsonNode v1 = api.get("/sse/config/v1/config-versions/1").json();
    assertThat(v1.get("description").asText()).isEqualTo("first");
    assertThat(v1.get("scope").asText()).contains("Mobile Users", "Shared");
    assertThat(api.get("/sse/config/v1/config-versions/99").status()).isEqualTo(404);

    JsonNode running = api.get("/sse/config/v1/config-versions/running").json();
    assertThat(running.isArray()).isTrue();
    assertThat(running.toString()).contains("\"device\":\"Mobile Users\"", "\"version\":2");

    Http.Reply load = api.post("/sse/config/v1/config-versions:load", "{\"version\":1}");
    assertThat(load.status()).as(load.body()).isEqualTo(201);
    assertThat(sim.config().candidate("address", "Shared")).singleElement()
        .satisfies(n -> assertThat(n.get("name").asText()).isEqualTo("v1-obj"));
  }

  @Test
  void jobListAndUnknownJob() {
    sim.jobs().instant();
    push("{\"folders\":[\"Mobile Users\"]}");
    push("{\"folders\":[\"Remote Networks\"]}");

    JsonNode list = api.get("/sse/config/v1/jobs").json();
    assertThat(list.get("total").asInt()).isEqualTo(2);
    assertThat(list.at("/data/0/id").asText()).isEqualTo("2");
    assertThat(api.get("/sse/config/v1/jobs/404").status()).isEqualTo(404);
  }

  @Test
  void pushOfUnknownFolderIsRefused() {
    assertThat(api.post(PUSH, "{\"folders\":[\"Nowhere\"]}").status()).isEqualTo(400);
  }

  @Test
  void pushToCustomFolderCommitsIt() {
    sim.addFolder("Branch-Offices", "Remote Networks");
    sim.jobs().instant();
    address("Branch-Offices", "branch-obj");
    // the registry's enum lists the system folders only; a folder the tenant has is accepted
    push("{\"folders\":[\"Branch-Offices\"]}");
    assertThat(sim.config().running("address", "Branch-Offices")).hasSize(1);
  }
}
