package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestJournalTest {
  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()));

  @Test
  void recordsWhatWasSentWithSecretsRedacted() {
    Http.Reply token = Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId());
    Http api = new Http(sim.baseUrl(), token.json().get("access_token").asText());
    api.post("/sse/config/v1/addresses?folder=" + Http.enc("Mobile Users"),
        "{\"name\":\"ioc\",\"ip_netmask\":\"203.0.113.42/32\"}");

    assertThat(sim.requests().size()).isEqualTo(2);
    RecordedRequest tokenCall = sim.requests().all().get(0);
    assertThat(tokenCall.path()).isEqualTo("/am/oauth2/access_token");
    assertThat(tokenCall.header("Authorization")).contains("Basic ****");

    RecordedRequest create = sim.requests().matching("POST", "/sse/config/v1/addresses").get(0);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.queryParam("folder")).contains("Mobile Users");
    assertThat(create.header("authorization")).contains("Bearer ****");
    assertThat(create.header("Content-Type")).contains("application/json");
    assertThat(create.jsonBody().get("ip_netmask").asText()).isEqualTo("203.0.113.42/32");
    assertThat(create.status()).isEqualTo(201);
    assertThat(create.receivedAt()).isNotNull();
    assertThat(create.toString()).contains("POST /sse/config/v1/addresses?folder=");

    assertThat(sim.requests().api()).hasSize(1);
    assertThat(sim.counters().apiRequests()).isEqualTo(1);
    assertThat(sim.counters().requests()).isEqualTo(2);
    assertThat(sim.requests().matching(null, "/sse/config/*")).hasSize(1);
  }

  @Test
  void clearForgets() {
    Http.api(sim).get("/sse/config/v1/addresses?folder=Shared");
    sim.requests().clear();
    assertThat(sim.requests().size()).isZero();
    assertThat(sim.requests().last()).isEmpty();
  }

  @Test
  void theJournalIsBoundedDropsTheOldestAndCountsWhatItDropped() {
    try (PrismaAccessSimulator small = PrismaAccessSimulator.builder().registry(TestRegistries.prismaAccess())
        .journalLimit(3).start()) {
      Http api = Http.api(small);
      for (int i = 0; i < 5; i++) {
        api.get("/sse/config/v1/addresses?folder=Shared&name=n" + i);
      }
      RequestJournal journal = small.requests();
      assertThat(journal.limit()).isEqualTo(3);
      assertThat(journal.size()).isEqualTo(3);
      assertThat(journal.dropped()).isEqualTo(2);
      assertThat(journal.all()).extracting(r -> r.queryParam("name").orElseThrow())
          .containsExactly("n2", "n3", "n4");
      // the counters still count every request
      assertThat(small.counters().apiRequests()).isEqualTo(5);
      assertThat(small.counters().requests()).isEqualTo(5);
      journal.clear();
      assertThat(journal.dropped()).isZero();
      assertThat(journal.size()).isZero();
    }
    assertThat(sim.requests().limit()).as("default").isEqualTo(10_000);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PrismaAccessSimulator.builder().journalLimit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("journal limit");
  }
}
