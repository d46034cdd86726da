package io.sasekit.airs;

import io.sasekit.airs.models.AiProfile;
import io.sasekit.airs.models.AiSecurityProfileConfig;
import io.sasekit.airs.models.ApiKeyCreateRequest;
import io.sasekit.airs.models.ApiKeyRegenerateRequest;
import io.sasekit.airs.models.CustomTopic;
import io.sasekit.airs.models.CustomerApp;
import io.sasekit.airs.models.Latency;
import io.sasekit.airs.models.ModelConfiguration;
import io.sasekit.airs.models.ModelProtection;
import io.sasekit.airs.models.OauthTokenRequest;
import io.sasekit.airs.models.TopicGuardrail;
import io.sasekit.airs.models.TopicReference;

/** Typed request bodies used across the tests. */
public final class Samples {
  private Samples() {}

  /** A complete API key creation request. */
  public static ApiKeyCreateRequest apiKeyCreate(String authCode) {
    return ApiKeyCreateRequest.builder()
        .apiKeyName("chatbot-prod-key")
        .authCode(authCode)
        .custApp("support-chatbot")
        .custEnv("production")
        .custCloudProvider("AWS")
        .custAiAgentFramework("LangChain")
        .revoked(false)
        .createdBy("alice@example.com")
        .rotationTimeInterval(3)
        .rotationTimeUnit("months")
        .build();
  }

  /** A regeneration request. */
  public static ApiKeyRegenerateRequest regenerate() {
    return ApiKeyRegenerateRequest.builder()
        .rotationTimeInterval(6).rotationTimeUnit("months").updatedBy("bob@example.com").build();
  }

  /** An AI security profile with latency, prompt-injection and topic guardrails. */
  public static AiProfile profile(String name) {
    return AiProfile.builder()
        .profileName(name)
        .revision(0)
        .policy(AiProfile.Policy.builder()
            .addAiSecurityProfile(AiSecurityProfileConfig.builder()
                .modelType("default")
                .contentType("text")
                .modelConfiguration(ModelConfiguration.builder()
                    .maskDataInStorage(true)
                    .latency(Latency.builder().inlineTimeoutAction("block").maxInlineLatency(5).build())
                    .addModelProtection(ModelProtection.builder().name("prompt-injection").action("block").build())
                    .addModelProtection(ModelProtection.builder().name("topic-guardrails").action("block")
                        .addTopicList(TopicGuardrail.builder().action("block")
                            .addTopic(TopicReference.builder().topicName("competitor-pricing")
                                .topicId("7d6c5b4a-3928-4170-a6b5-c4d3e2f1a0b9").revision(2L).build())
                            .build())
                        .build())
                    .build())
                .build())
            .build())
        .build();
  }

  /** A custom topic. */
  public static CustomTopic topic() {
    return CustomTopic.builder()
        .topicName("competitor-pricing")
        .revision(0L)
        .description("Questions asking the assistant to reveal or speculate on competitors' pricing.")
        .addExample("What does Acme charge for its enterprise tier?")
        .addExample("Is Globex cheaper than you?")
        .build();
  }

  /** A customer app update. */
  public static CustomerApp app() {
    return CustomerApp.builder()
        .appName("support-chatbot")
        .cloudProvider("AWS")
        .environment("production")
        .modelName("claude-sonnet")
        .updatedBy("bob@example.com")
        .build();
  }

  /** An OAuth token request for a customer app. */
  public static OauthTokenRequest tokenRequest() {
    return OauthTokenRequest.builder().clientId("support-chatbot-client").customerApp("support-chatbot").build();
  }
}
