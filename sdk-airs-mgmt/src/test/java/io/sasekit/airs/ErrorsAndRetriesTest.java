package io.sasekit.airs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sasekit.airs.testing.AirsWireMockExtension;
import io.sasekit.airs.testing.Fixtures;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.errors.BadRequestException;
import io.sasekit.core.errors.ConflictException;
import io.sasekit.core.errors.InternalServerException;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.errors.SasekitException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Error answers map to sdk-core's hierarchy with status and raw body (the Python SDK's
 * {@code MgmtSdkClientError}/{@code MgmtSdkServerError}); retries follow sdk-core's policy.
 */
class ErrorsAndRetriesTest {
  @RegisterExtension
  static final AirsWireMockExtension wm = new AirsWireMockExtension();

  private static void answer(int status, String body) {
    wm.server().stubFor(any(urlPathMatching("/aisec/.*")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void clientError4xxCarriesStatusAndRawBody() {
    answer(400, Fixtures.text("error.400.json"));
    assertThatThrownBy(() -> wm.client().apiKeys().create(Samples.apiKeyCreate("NOT-A-CODE")))
        .isInstanceOf(BadRequestException.class)
        .isInstanceOf(ApiException.class)
        .isInstanceOf(SasekitException.class)
        .hasMessageContaining("[400] POST /aisec/v1/mgmt/apikey")
        .hasMessageContaining("invalid auth_code")
        .satisfies(t -> {
          ApiException e = (ApiException) t;
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.body()).isEqualTo(Fixtures.text("error.400.json"));
          assertThat(AirsErrors.isClientError(e)).isTrue();
          assertThat(AirsErrors.isServerError(e)).isFalse();
          assertThat(AirsErrors.error(e)).hasValueSatisfying(err -> assertThat(err.statusCode()).isEqualTo(400));
          assertThat(AirsErrors.errorMessage(e)).hasValue("invalid auth_code: no deployment profile matches it");
        });
    assertThat(wm.apiRequests()).as("4xx is not retried").hasSize(1);
  }

  @Test
  void notFoundThroughTheAsyncClientFailsTheFuture() {
    answer(404, "{\"status_code\":404,\"error_message\":\"customer app ghost not found\"}");
    assertThatThrownBy(() -> wm.client().async().customerApps().get("ghost").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .satisfies(t -> assertThat(((ApiException) t).status()).isEqualTo(404))
        .satisfies(t -> assertThat(AirsErrors.errorMessage((ApiException) t)).hasValue("customer app ghost not found"));
    assertThatThrownBy(() -> wm.client().async().customerApps().get("ghost").join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void conflictOnDeleteNamesThePoliciesStillUsingTheProfile() {
    answer(409, Fixtures.text("aiSecurityProfile.delete.409.json"));
    assertThatThrownBy(() -> wm.client().aiSecurityProfiles().delete("3c2b1a09-8f7e-4d6c-b5a4-938271605f4e"))
        .isInstanceOf(ConflictException.class)
        .satisfies(t -> {
          ApiException e = (ApiException) t;
          assertThat(AirsErrors.deleteAiProfileConflict(e)).hasValueSatisfying(c -> {
            assertThat(c.message()).hasValueSatisfying(m -> assertThat(m).contains("used by 2 security policies"));
            assertThat(c.payload()).extracting(p -> p.policyName().orElse(null))
                .containsExactly("chatbot-egress", "chatbot-ingress");
          });
          assertThat(AirsErrors.error(e)).as("not the {status_code, error_message} shape").isEmpty();
        });
  }

  @Test
  void serverError5xxCarriesStatusAndRawBodyAfterTheRetries() {
    answer(502, "<html><body>502 Bad Gateway</body></html>");
    try (AirsMgmtClient retrying = wm.newClient(o -> o.maxRetries(3).backoffBase(Duration.ofMillis(5)).backoffCap(Duration.ofMillis(20)))) {
      assertThatThrownBy(() -> retrying.customTopics().list())
          .isInstanceOf(InternalServerException.class)
          .satisfies(t -> {
            ApiException e = (ApiException) t;
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.body()).contains("502 Bad Gateway");
            assertThat(AirsErrors.isServerError(e)).isTrue();
            assertThat(AirsErrors.isClientError(e)).isFalse();
            assertThat(AirsErrors.error(e)).isEmpty();
          });
    }
    assertThat(wm.apiRequests()).as("first attempt + num_retries=3").hasSize(4);
  }

  @Test
  void transient5xxIsRetriedWithBackoffThenSucceeds() {
    String list = "/aisec/v1/mgmt/topics";
    wm.server().stubFor(get(urlPathEqualTo(list)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    wm.server().stubFor(get(urlPathEqualTo(list)).inScenario("flaky").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
    wm.server().stubFor(get(urlPathEqualTo(list)).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(Fixtures.text("customTopic.list.json"))));
    try (AirsMgmtClient retrying = wm.newClient(o -> o.maxRetries(3).backoffBase(Duration.ofMillis(5)).backoffCap(Duration.ofMillis(20)))) {
      assertThat(retrying.customTopics().list().customTopics()).hasSize(1);
      wm.server().setScenarioState("flaky", Scenario.STARTED);
      assertThat(retrying.async().customTopics().list().join().customTopics()).hasSize(1);
    }
    assertThat(wm.apiRequests()).hasSize(6);
  }

  @Test
  void aPostThatMayHaveBeenProcessedIsNotRetriedOn5xx() {
    answer(500, "{\"status_code\":500,\"error_message\":\"internal error\"}");
    try (AirsMgmtClient retrying = wm.newClient(o -> o.maxRetries(3).backoffBase(Duration.ofMillis(5)))) {
      assertThatThrownBy(() -> retrying.customTopics().create(Samples.topic()))
          .isInstanceOf(InternalServerException.class)
          .satisfies(t -> assertThat(AirsErrors.errorMessage((ApiException) t)).hasValue("internal error"));
    }
    assertThat(wm.apiRequests()).as("sdk-core never repeats a POST the server may have acted on").hasSize(1);
  }
}
