package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.internal.AirsState;
import io.sasekit.testkit.internal.Json;
import io.sasekit.testkit.internal.SimState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Seeds and inspects the simulated Prisma AIRS management tenant. It starts with three DLP
 * profiles and three deployment profiles: {@code dp-production} (auth code
 * {@value #PRODUCTION_AUTH_CODE}, activated), {@code dp-staging} ({@code AIRS-AUTH-STG-0002}) and
 * {@code dp-sandbox} ({@code AIRS-AUTH-SBX-0003}), both unactivated. Creating an API key needs the
 * auth code of a deployment profile.
 */
public final class AirsControl {
  /** Auth code of the seeded, activated {@code dp-production} deployment profile. */
  public static final String PRODUCTION_AUTH_CODE = "AIRS-AUTH-PROD-0001";

  private final SimState state;

  AirsControl(SimState state) {
    this.state = state;
  }

  /** Adds a deployment profile. */
  public AirsControl addDeploymentProfile(String name, String authCode, boolean activated) {
    synchronized (state.lock()) {
      airs().addDeploymentProfile(name, authCode, activated);
    }
    return this;
  }

  /** Adds a DLP data profile whose first rule takes {@code action} (e.g. {@code block}). */
  public AirsControl addDlpProfile(String name, String action) {
    synchronized (state.lock()) {
      airs().addDlpProfile(name, action);
    }
    return this;
  }

  /**
   * Marks an AI security profile as used by a security policy: its plain delete then answers 409
   * with the policy in the payload; force delete still works.
   */
  public AirsControl attachPolicy(String profileId, String policyName, int priority) {
    synchronized (state.lock()) {
      airs().attachPolicy(profileId, policyName, priority);
    }
    return this;
  }

  /** API keys (without their secrets). */
  public List<JsonNode> apiKeys() {
    return copy(() -> airs().apiKeysView());
  }

  /** AI security profiles. */
  public List<JsonNode> profiles() {
    return copy(() -> airs().profilesView());
  }

  /** Custom topics. */
  public List<JsonNode> topics() {
    return copy(() -> airs().topicsView());
  }

  /** Customer apps. */
  public List<JsonNode> customerApps() {
    return copy(() -> airs().customerAppsView());
  }

  private AirsState airs() {
    return state.airs();
  }

  private List<JsonNode> copy(java.util.function.Supplier<Collection<ObjectNode>> source) {
    synchronized (state.lock()) {
      List<JsonNode> out = new ArrayList<>();
      for (ObjectNode n : source.get()) {
        out.add(n.deepCopy());
      }
      return out;
    }
  }

  @Override
  public String toString() {
    synchronized (state.lock()) {
      return "AirsControl" + Json.write(Json.object().put("apiKeys", airs().apiKeysView().size())
          .put("profiles", airs().profilesView().size()).put("topics", airs().topicsView().size()));
    }
  }
}
