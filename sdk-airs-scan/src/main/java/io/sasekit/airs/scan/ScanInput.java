package io.sasekit.airs.scan;

import io.sasekit.airs.scan.models.AiProfile;
import io.sasekit.airs.scan.models.Metadata;
import io.sasekit.airs.scan.models.ScanContent;
import io.sasekit.airs.scan.models.ScanRequest;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.errors.ValidationException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The common scan in one object: a prompt and/or a model response, the AI security profile (by
 * name or id) and the optional metadata the console shows (application, end user, model). Turned
 * into the spec's {@link ScanRequest} by {@link #toRequest()}.
 *
 * <pre>{@code
 * ScanInput in = ScanInput.builder().profileName("my-profile").prompt(userText)
 *     .appName("support-bot").appUser("alice@example.com").aiModel("gpt-4o").build();
 * Verdict v = client.scan(in);
 * }</pre>
 */
public final class ScanInput {
  private final String prompt;
  private final String response;
  private final String profileName;
  private final String profileId;
  private final String trId;
  private final String sessionId;
  private final String appName;
  private final String appUser;
  private final String aiModel;
  private final String userIp;

  private ScanInput(Builder b) {
    this.prompt = b.prompt;
    this.response = b.response;
    this.profileName = b.profileName;
    this.profileId = b.profileId;
    this.trId = b.trId;
    this.sessionId = b.sessionId;
    this.appName = b.appName;
    this.appUser = b.appUser;
    this.aiModel = b.aiModel;
    this.userIp = b.userIp;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spec's request: one content (prompt and/or response), the profile and the metadata. */
  public ScanRequest toRequest() {
    ScanRequest.Builder r = ScanRequest.builder()
        .aiProfile(AiProfile.builder().profileName(profileName).profileId(profileId).build())
        .addContent(ScanContent.builder().prompt(prompt).response(response).build());
    if (trId != null) {
      r.trId(trId);
    }
    if (sessionId != null) {
      r.sessionId(sessionId);
    }
    if (appName != null || appUser != null || aiModel != null || userIp != null) {
      r.metadata(Metadata.builder().appName(appName).appUser(appUser).aiModel(aiModel).userIp(userIp).build());
    }
    return r.build();
  }

  @Override
  public String toString() {
    // prompts may hold personal data: only say what is present
    return "ScanInput{profile=" + (profileName != null ? profileName : profileId)
        + ", prompt=" + (prompt == null ? "none" : prompt.length() + " chars")
        + ", response=" + (response == null ? "none" : response.length() + " chars")
        + ", appName=" + appName + ", aiModel=" + aiModel + ", trId=" + trId + "}";
  }

  /** Builds a {@link ScanInput}. */
  public static final class Builder {
    private String prompt;
    private String response;
    private String profileName;
    private String profileId;
    private String trId;
    private String sessionId;
    private String appName;
    private String appUser;
    private String aiModel;
    private String userIp;

    private Builder() {}

    /** The user's prompt to scan. */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /** The model's response to scan. */
    public Builder response(String response) {
      this.response = response;
      return this;
    }

    /** The AI security profile by name (this or {@link #profileId} is required). */
    public Builder profileName(String profileName) {
      this.profileName = profileName;
      return this;
    }

    /** The AI security profile by id (a UUID). */
    public Builder profileId(String profileId) {
      this.profileId = profileId;
      return this;
    }

    /** A transaction id correlating a prompt scan and its response scan (echoed back). */
    public Builder trId(String trId) {
      this.trId = trId;
      return this;
    }

    /** A session id (echoed back). */
    public Builder sessionId(String sessionId) {
      this.sessionId = sessionId;
      return this;
    }

    /** The AI application asking (metadata {@code app_name}). */
    public Builder appName(String appName) {
      this.appName = appName;
      return this;
    }

    /** The end user (metadata {@code app_user}). */
    public Builder appUser(String appUser) {
      this.appUser = appUser;
      return this;
    }

    /** The AI model serving the application (metadata {@code ai_model}). */
    public Builder aiModel(String aiModel) {
      this.aiModel = aiModel;
      return this;
    }

    /** The end user's IP address (metadata {@code user_ip}). */
    public Builder userIp(String userIp) {
      this.userIp = userIp;
      return this;
    }

    /**
     * Checks and builds the input.
     *
     * @throws ValidationException when neither prompt nor response, or neither profile name nor id,
     *     is set (one violation each, on {@code contents[0].prompt} and {@code ai_profile.profile_name})
     */
    public ScanInput build() {
      List<Violation> missing = new ArrayList<>();
      if (isBlank(prompt) && isBlank(response)) {
        missing.add(new Violation("contents[0].prompt", "required", null,
            "a scan needs a prompt or a response (or both)"));
      }
      if (isBlank(profileName) && isBlank(profileId)) {
        missing.add(new Violation("ai_profile.profile_name", "required", null,
            "a scan needs an AI security profile: set profileName or profileId"));
      }
      if (!missing.isEmpty()) {
        throw new ValidationException("scan.syncScan", missing);
      }
      return new ScanInput(this);
    }

    private static boolean isBlank(String s) {
      return s == null || s.isBlank();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ScanInput)) {
      return false;
    }
    return toRequest().equals(((ScanInput) o).toRequest());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toRequest());
  }
}
