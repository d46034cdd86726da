package io.sasekit.airs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.airs.models.AiProfile;
import io.sasekit.airs.models.ApiKey;
import io.sasekit.airs.models.ApiKeyCreateRequest;
import io.sasekit.airs.models.ApiKeyList;
import io.sasekit.airs.models.CustomTopic;
import io.sasekit.airs.models.ModelProtection;
import io.sasekit.airs.models.TopicGuardrail;
import io.sasekit.airs.models.TopicReference;
import io.sasekit.airs.testing.AirsWireMockExtension;
import io.sasekit.airs.testing.Fixtures;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.json.JsonMapper;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests are validated against the spec's constraints before anything is sent
 * ({@link ValidationException}, the Python SDK's {@code PayloadConfigurationError}); models keep the
 * members they do not know and redact secrets.
 */
class ValidationAndModelsTest {
  @RegisterExtension
  static final AirsWireMockExtension wm = new AirsWireMockExtension();

  @Test
  void missingRequiredMembersFailBeforeSending() {
    ApiKeyCreateRequest incomplete = ApiKeyCreateRequest.builder().apiKeyName("chatbot-prod-key").build();
    assertThatThrownBy(() -> wm.client().apiKeys().create(incomplete))
        .isInstanceOf(ValidationException.class)
        .isInstanceOf(SasekitException.class)
        .hasMessageStartingWith("invalid request for apiKey.create")
        .satisfies(t -> assertThat(((ValidationException) t).violations())
            .extracting(ValidationException.Violation::path)
            .contains("body.auth_code", "body.cust_app", "body.revoked", "body.created_by",
                "body.rotation_time_interval", "body.rotation_time_unit")
            .doesNotContain("body.api_key_name"));
    assertThat(wm.apiRequests()).as("nothing sent").isEmpty();
    assertThat(wm.tokenRequests()).as("not even a token request").isEmpty();
  }

  @Test
  void nestedRequiredMembersAreCheckedToo() {
    AiProfile missingTopicId = Samples.profile("p").toBuilder().policy(Samples.profile("p").policy().toBuilder()
        .aiSecurityProfiles(java.util.List.of(Samples.profile("p").policy().aiSecurityProfiles().get(0).toBuilder()
            .modelConfiguration(Samples.profile("p").policy().aiSecurityProfiles().get(0).modelConfiguration().orElseThrow()
                .toBuilder()
                .modelProtection(java.util.List.of(ModelProtection.builder().name("topic-guardrails").action("block")
                    .addTopicList(TopicGuardrail.builder().action("block")
                        .addTopic(TopicReference.builder().topicName("no-id").revision(1L).build()).build())
                    .build()))
                .build())
            .build()))
        .build()).build();
    assertThatThrownBy(() -> wm.client().aiSecurityProfiles().create(missingTopicId))
        .isInstanceOf(ValidationException.class)
        .satisfies(t -> assertThat(((ValidationException) t).violations())
            .anySatisfy(v -> assertThat(v.path()).contains("topic-list").endsWith("topic_id")));
    assertThatThrownBy(() -> wm.client().aiSecurityProfiles().create(AiProfile.builder().profileName("no-policy").revision(0).build()))
        .isInstanceOf(ValidationException.class)
        .satisfies(t -> assertThat(((ValidationException) t).violations())
            .extracting(ValidationException.Violation::path).containsExactly("body.policy"));
    assertThat(wm.apiRequests()).isEmpty();
  }

  @Test
  void theAsyncClientFailsTheFutureWithTheSameValidationError() {
    CustomTopic noDescription = CustomTopic.builder().topicName("t").revision(0L).build();
    assertThatThrownBy(() -> wm.client().async().customTopics().create(noDescription).get())
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ValidationException.class)
        .satisfies(t -> assertThat(((ValidationException) t).violations())
            .extracting(ValidationException.Violation::path).contains("body.description", "body.examples"));
    assertThat(wm.apiRequests()).isEmpty();
  }

  @Test
  void validationCanBeTurnedOffPerCall() {
    wm.server().stubFor(any(urlPathMatching("/aisec/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(Fixtures.text("customTopic.create.json"))));
    CustomTopic partial = CustomTopic.builder().topicName("competitor-pricing").revision(0L).build();
    CustomTopic created = wm.client().customTopics().create(partial, RequestOptions.builder().validation(false).build());
    assertThat(created.topicId()).isPresent();
    assertThat(wm.apiRequests()).hasSize(1);
  }

  @Test
  void unknownMembersArePreservedInBothDirections() throws Exception {
    String json = "{\"api_key_id\":\"k1\",\"api_key_last8\":\"12345678\",\"auth_code\":\"A\","
        + "\"expiration\":\"2027-01-01T00:00:00Z\",\"revoked\":false,"
        + "\"usage_quota\":{\"monthly\":100000},\"labels\":[\"pci\"]}";
    ApiKey key = JsonMapper.shared().readValue(json, ApiKey.class);
    assertThat(key.additionalProperties()).containsOnlyKeys("usage_quota", "labels");
    assertThat(JsonMapper.shared().readTree(JsonMapper.shared().writeValueAsString(key)))
        .isEqualTo(JsonMapper.shared().readTree(json));
    assertThat(key.toBuilder().build()).isEqualTo(key).hasSameHashCodeAs(key);

    // and through the client: a list answer with members the spec does not declare
    wm.server().stubFor(any(urlPathMatching("/aisec/.*")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"api_keys\":[" + json + "],\"total_count\":1}")));
    ApiKeyList list = wm.client().apiKeys().list();
    assertThat(list.additionalProperties()).containsEntry("total_count", 1);
    assertThat(list.apiKeys()).singleElement()
        .satisfies(k -> assertThat(k.additionalProperties()).containsKey("usage_quota"));
  }

  @Test
  void toStringRedactsTheKeyValueAndTokensButShowsNames() {
    ApiKey created = JsonMapper.shared().convertValue(Fixtures.json("apiKey.create.json"), ApiKey.class);
    assertThat(created.toString())
        .doesNotContain(created.apiKey().orElseThrow())
        .contains("chatbot-prod-key", created.apiKeyId(), created.apiKeyLast8());
  }
}
