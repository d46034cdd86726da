package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-04T10:00:00Z"));
  private PrismaAccessSimulator sim;

  @BeforeEach
  void start() {
    sim = PrismaAccessSimulator.builder().registry(TestRegistries.prismaAccess()).clock(clock).start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void issuesExpiringTokenAndRecordsScope() {
    Http.Reply r = Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId());

    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("access_token").asText()).isNotBlank();
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(900);
    assertThat(body.get("scope").asText()).isEqualTo("tsg_id:" + sim.tsgId());
    assertThat(sim.issuedTokens()).singleElement().satisfies(t -> {
      assertThat(t.scope()).isEqualTo("tsg_id:" + sim.tsgId());
      assertThat(t.expiresAt()).isEqualTo(clock.instant().plusSeconds(900));
    });
    assertThat(sim.counters().tokenRequests()).isEqualTo(1);

    Http api = new Http(sim.baseUrl(), body.get("access_token").asText());
    assertThat(api.get("/sse/config/v1/addresses?folder=Shared").status()).isEqualTo(200);
  }

  @Test
  void tokensAreRandom() {
    String a = Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId()).json().get("access_token").asText();
    String b = Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId()).json().get("access_token").asText();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void wrongSecretIsInvalidClient() {
    Http.Reply r = Http.token(sim, sim.clientId(), "not-the-secret", "tsg_id:" + sim.tsgId());

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("error").asText()).isEqualTo("invalid_client");
    assertThat(sim.counters().tokensIssued()).isZero();
    assertThat(sim.counters().tokenRequests()).isEqualTo(1);
  }

  @Test
  void unknownClientIsInvalidClient() {
    assertThat(Http.token(sim, "someone-else", sim.clientSecret(), null).status()).isEqualTo(401);
  }

  @Test
  void wrongGrantTypeIsRejected() {
    Http.Reply r = new Http(sim.baseUrl(), null).exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.tokenUrl()))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((sim.clientId() + ":" + sim.clientSecret()).getBytes()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=password")).build());
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isEqualTo("unsupported_grant_type");
  }

  @Test
  void expiredTokenIsRejectedWithErrorsShape() {
    String token = Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:" + sim.tsgId()).json().get("access_token").asText();
    Http api = new Http(sim.baseUrl(), token);
    assertThat(api.get("/sse/config/v1/addresses?folder=Shared").status()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(901));
    Http.Reply r = api.get("/sse/config/v1/addresses?folder=Shared");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("_errors").get(0).get("code").asText()).isEqualTo("E016");
    assertThat(r.json().get("_errors").get(0).get("message").asText()).isEqualTo("Key Expired");
    assertThat(r.json().get("_request_id").asText()).isNotBlank();
  }

  @Test
  void missingAndUnknownTokensAreRejected() {
    Http.Reply missing = new Http(sim.baseUrl(), null).get("/sse/config/v1/addresses?folder=Shared");
    Http.Reply unknown = new Http(sim.baseUrl(), "forged").get("/sse/config/v1/addresses?folder=Shared");

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().at("/_errors/0/message").asText()).isEqualTo("Not Authenticated");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.json().at("/_errors/0/message").asText()).isEqualTo("Invalid Credential");
  }

  @Test
  void revokedTokensStopWorking() {
    Http api = Http.api(sim);
    sim.revokeTokens();
    assertThat(api.get("/sse/config/v1/addresses?folder=Shared").status()).isEqualTo(401);
  }

  @Test
  void scmCallsNeedTheTsgScope() {
    String token = Http.token(sim, sim.clientId(), sim.clientSecret(), null).json().get("access_token").asText();
    Http.Reply r = new Http(sim.baseUrl(), token).get("/sse/config/v1/addresses?folder=Shared");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().at("/_errors/0/code").asText()).isEqualTo("E007");
  }

  @Test
  void anotherTenantsScopeIsRefused() {
    Http.Reply r = Http.token(sim, sim.clientId(), sim.clientSecret(), "tsg_id:999");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isEqualTo("invalid_scope");
  }

  @Test
  void lifetimeIsConfigurable() {
    try (PrismaAccessSimulator short_ = PrismaAccessSimulator.builder().registry(TestRegistries.prismaAccess())
        .clock(clock).tokenExpiresIn(Duration.ofSeconds(60)).start()) {
      Http.Reply r = Http.token(short_, short_.clientId(), short_.clientSecret(), "tsg_id:" + short_.tsgId());
      assertThat(r.json().get("expires_in").asLong()).isEqualTo(60);
    }
  }

  @Test
  void formCredentialsAreAcceptedToo() {
    Http.Reply r = new Http(sim.baseUrl(), null).exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.tokenUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
            + Http.enc(sim.clientId()) + "&client_secret=" + Http.enc(sim.clientSecret())))
        .build());
    assertThat(r.status()).isEqualTo(200);
    assertThat(sim.requests().last().orElseThrow().body()).contains("client_secret=****").doesNotContain(sim.clientSecret());
  }
}
