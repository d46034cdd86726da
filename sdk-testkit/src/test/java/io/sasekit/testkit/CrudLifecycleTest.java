package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CrudLifecycleTest {
  private static final String ADDRESSES = "/sse/config/v1/addresses";

  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()));
  private Http api;

  @BeforeEach
  void fresh() {
    api = Http.api(sim);
  }

  private JsonNode createAddress(String folder, String name, String ip) {
    Http.Reply r = api.post(ADDRESSES + "?folder=" + Http.enc(folder),
        "{\"name\":\"" + name + "\",\"ip_netmask\":\"" + ip + "\",\"tag\":[\"ThreatIntel\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  void createGetUpdateDelete() {
    JsonNode created = createAddress("Shared", "ioc-203.0.113.42", "203.0.113.42/32");
    String id = created.get("id").asText();
    assertThat(id).matches("[0-9a-f-]{36}");
    assertThat(created.get("name").asText()).isEqualTo("ioc-203.0.113.42");
    assertThat(created.get("folder").asText()).isEqualTo("Shared");

    Http.Reply got = api.get(ADDRESSES + "/" + id);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.json().isObject()).isTrue();
    assertThat(got.json().get("ip_netmask").asText()).isEqualTo("203.0.113.42/32");

    Http.Reply updated = api.put(ADDRESSES + "/" + id,
        "{\"name\":\"ioc-203.0.113.42\",\"ip_netmask\":\"203.0.113.0/24\",\"description\":\"widened\"}");
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("id").asText()).isEqualTo(id);
    assertThat(updated.json().get("ip_netmask").asText()).isEqualTo("203.0.113.0/24");
    assertThat(api.get(ADDRESSES + "/" + id).json().get("description").asText()).isEqualTo("widened");

    Http.Reply deleted = api.delete(ADDRESSES + "/" + id);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().get("id").asText()).isEqualTo(id);

    Http.Reply gone = api.get(ADDRESSES + "/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().at("/_errors/0/code").asText()).isEqualTo("E005");
    assertThat(gone.json().at("/_errors/0/message").asText()).isEqualTo("Object Not Present");
  }

  @Test
  void unknownIdsAre404ForEveryVerb() {
    String missing = "/sse/config/v1/addresses/00000000-0000-0000-0000-000000000000";
    assertThat(api.get(missing).status()).isEqualTo(404);
    assertThat(api.put(missing, "{\"name\":\"x\",\"fqdn\":\"example.com\"}").status()).isEqualTo(404);
    assertThat(api.delete(missing).status()).isEqualTo(404);
  }

  @Test
  void duplicateNameInSameFolderIs409() {
    createAddress("Shared", "dup", "10.0.0.1/32");
    Http.Reply r = api.post(ADDRESSES + "?folder=Shared", "{\"name\":\"dup\",\"ip_netmask\":\"10.0.0.2/32\"}");

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().at("/_errors/0/code").asText()).isEqualTo("E006");
    assertThat(r.json().at("/_errors/0/message").asText()).isEqualTo("Name Not Unique");
  }

  @Test
  void sameNameInAnotherFolderIsFine() {
    createAddress("Shared", "same", "10.0.0.1/32");
    createAddress("Mobile Users", "same", "10.0.0.1/32");

    assertThat(api.get(ADDRESSES + "?folder=Shared").json().get("total").asInt()).isEqualTo(1);
    assertThat(api.get(ADDRESSES + "?folder=" + Http.enc("Mobile Users")).json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void renameOntoAnExistingNameIs409() {
    createAddress("Shared", "a", "10.0.0.1/32");
    String b = createAddress("Shared", "b", "10.0.0.2/32").get("id").asText();
    assertThat(api.put(ADDRESSES + "/" + b, "{\"name\":\"a\",\"ip_netmask\":\"10.0.0.2/32\"}").status()).isEqualTo(409);
  }

  @Test
  void nameFilterIsExact() {
    createAddress("Shared", "web", "10.0.0.1/32");
    createAddress("Shared", "web-2", "10.0.0.2/32");

    JsonNode r = api.get(ADDRESSES + "?folder=Shared&name=web").json();

    assertThat(r.get("data")).hasSize(1);
    assertThat(r.get("data").get(0).get("name").asText()).isEqualTo("web");
    assertThat(r.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void listIsPagedInTheEnvelope() {
    for (int i = 0; i < 5; i++) {
      createAddress("Shared", "a" + i, "10.0.0." + i + "/32");
    }
    JsonNode first = api.get(ADDRESSES + "?folder=Shared&limit=2&offset=0").json();
    JsonNode last = api.get(ADDRESSES + "?folder=Shared&limit=2&offset=4").json();
    JsonNode all = api.get(ADDRESSES + "?folder=Shared").json();

    assertThat(first.get("limit").asInt()).isEqualTo(2);
    assertThat(first.get("offset").asInt()).isZero();
    assertThat(first.get("total").asInt()).isEqualTo(5);
    assertThat(names(first)).containsExactly("a0", "a1");
    assertThat(names(last)).containsExactly("a4");
    assertThat(all.get("limit").asInt()).isEqualTo(200);
    assertThat(names(all)).containsExactly("a0", "a1", "a2", "a3", "a4");
  }

  @Test
  void limitIsCappedAt5000() {
    assertThat(api.get(ADDRESSES + "?folder=Shared&limit=10000").json().get("limit").asInt()).isEqualTo(5000);
  }

  @Test
  void unknownFolderIsRefusedAndCustomFolderAccepted() {
    Http.Reply unknown = api.post(ADDRESSES + "?folder=Branch-Offices", "{\"name\":\"x\",\"fqdn\":\"example.com\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/_errors/0/message").asText()).contains("folder=Branch-Offices");

    sim.addFolder("Branch-Offices");
    Http.Reply ok = api.post(ADDRESSES + "?folder=Branch-Offices", "{\"name\":\"x\",\"fqdn\":\"example.com\"}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.json().get("folder").asText()).isEqualTo("Branch-Offices");
  }

  @Test
  void otherResourcesWorkTheSameWay() {
    Http.Reply tag = api.post("/sse/config/v1/tags?folder=Shared", "{\"name\":\"ThreatIntel\",\"color\":\"Red\"}");
    assertThat(tag.status()).as(tag.body()).isEqualTo(201);
    assertThat(api.get("/sse/config/v1/tags/" + tag.json().get("id").asText()).json().get("color").asText()).isEqualTo("Red");
    assertThat(api.get(ADDRESSES + "?folder=Shared").json().get("total").asInt()).isZero();
  }

  @Test
  void writesLandInTheCandidateOnly() {
    createAddress("Shared", "staged", "10.1.1.1/32");
    assertThat(sim.config().candidate("address", "Shared")).hasSize(1);
    assertThat(sim.config().running("address", "Shared")).isEmpty();
    assertThat(sim.config().runningMatchesCandidate()).isFalse();
  }

  @Test
  void preloadedObjectsExistInBothConfigurations() {
    JsonNode pre = sim.config().preload("address", "Shared", "{\"name\":\"legacy\",\"fqdn\":\"legacy.example.com\"}");
    assertThat(api.get(ADDRESSES + "/" + pre.get("id").asText()).status()).isEqualTo(200);
    assertThat(sim.config().runningMatchesCandidate()).isTrue();
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() {
    assertThat(api.get("/sse/config/v1/no-such-thing").status()).isEqualTo(404);
    Http.Reply r = api.send("PATCH", ADDRESSES, "{}");
    assertThat(r.status()).isEqualTo(405);
  }

  @Test
  void concurrentCreatesOfOneNameYieldExactlyOneObject() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> api.post(ADDRESSES + "?folder=Shared",
            "{\"name\":\"race\",\"fqdn\":\"race.example.com\"}").status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (java.util.concurrent.Future<Integer> f : results) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
      assertThat(sim.config().candidate("address", "Shared")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  static List<String> names(JsonNode envelope) {
    List<String> out = new ArrayList<>();
    envelope.get("data").forEach(n -> out.add(n.get("name").asText()));
    return out;
  }
}
