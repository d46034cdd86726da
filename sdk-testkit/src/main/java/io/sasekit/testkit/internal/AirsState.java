package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The AIRS management objects of the tenant: API keys (secrets kept apart, shown only when created
 * or regenerated), AI security profiles, custom topics, customer apps, the seeded read-only DLP and
 * deployment profiles, and the security policies that use a profile. Guarded by the state lock.
 */
public final class AirsState {
  private final String tsgId;
  final Map<String, ObjectNode> apiKeys = new LinkedHashMap<>();
  final Map<String, ObjectNode> profiles = new LinkedHashMap<>();
  final Map<String, ObjectNode> topics = new LinkedHashMap<>();
  final Map<String, ObjectNode> customerApps = new LinkedHashMap<>();
  final List<ObjectNode> dlpProfiles = new ArrayList<>();
  final List<ObjectNode> deploymentProfiles = new ArrayList<>();
  final Map<String, List<ObjectNode>> policiesByProfile = new LinkedHashMap<>();

  /** Creates the state with the default seeds. */
  public AirsState(String tsgId) {
    this.tsgId = tsgId;
    reset();
  }

  /** The tenant id objects carry. */
  public String tsgId() {
    return tsgId;
  }

  /** Back to the seeds: three DLP profiles, three deployment profiles, nothing else. */
  public void reset() {
    apiKeys.clear();
    profiles.clear();
    topics.clear();
    customerApps.clear();
    dlpProfiles.clear();
    deploymentProfiles.clear();
    policiesByProfile.clear();
    addDlpProfile("Sensitive Content", "block");
    addDlpProfile("PII", "alert");
    addDlpProfile("PCI", "block");
    addDeploymentProfile("dp-production", "AIRS-AUTH-PROD-0001", true);
    addDeploymentProfile("dp-staging", "AIRS-AUTH-STG-0002", false);
    addDeploymentProfile("dp-sandbox", "AIRS-AUTH-SBX-0003", false);
  }

  /** Seeds a DLP data profile. */
  public ObjectNode addDlpProfile(String name, String action) {
    ObjectNode p = Json.object();
    p.put("name", name);
    p.put("uuid", UUID.nameUUIDFromBytes(("dlp:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    p.put("id", String.valueOf(11995000 + dlpProfiles.size() + 1));
    p.put("version", "1");
    ObjectNode r1 = Json.object();
    r1.put("action", action);
    p.set("rule1", r1);
    ObjectNode r2 = Json.object();
    r2.put("action", "alert");
    p.set("rule2", r2);
    p.put("log-severity", "medium");
    p.put("non-file-based", "enabled");
    p.put("file-based", "disabled");
    dlpProfiles.add(p);
    return p;
  }

  /** Seeds a deployment profile ({@code activated} or {@code unactivated}). */
  public ObjectNode addDeploymentProfile(String name, String authCode, boolean activated) {
    ObjectNode d = Json.object();
    d.put("dp_name", name);
    d.put("auth_code", authCode);
    d.put("tsg_id", tsgId);
    d.put("status", activated ? "activated" : "unactivated");
    d.put("expiration_date", "2027-12-31T23:59:59Z");
    d.put("ave_text_records", 100000);
    deploymentProfiles.add(d);
    return d;
  }

  /** The deployment profile with this auth code, or {@code null}. */
  ObjectNode deploymentProfileByAuthCode(String authCode) {
    for (ObjectNode d : deploymentProfiles) {
      if (authCode != null && authCode.equals(Json.text(d, "auth_code"))) {
        return d;
      }
    }
    return null;
  }

  /** Marks a profile as used by a security policy (its plain delete then answers 409). */
  public void attachPolicy(String profileId, String policyName, int priority) {
    ObjectNode p = Json.object();
    p.put("policy_id", UUID.nameUUIDFromBytes(("policy:" + policyName).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    p.put("policy_name", policyName);
    p.put("priority", priority);
    policiesByProfile.computeIfAbsent(profileId, k -> new ArrayList<>()).add(p);
  }

  /** The customer app with this name, or {@code null}. */
  ObjectNode customerAppByName(String name) {
    for (ObjectNode a : customerApps.values()) {
      if (name != null && name.equals(Json.text(a, "app_name"))) {
        return a;
      }
    }
    return null;
  }

  /** The API key with this name, or {@code null}. */
  ObjectNode apiKeyByName(String name) {
    for (ObjectNode k : apiKeys.values()) {
      if (name != null && name.equals(Json.text(k, "api_key_name"))) {
        return k;
      }
    }
    return null;
  }

  /** The profiles whose policy mentions {@code topicId} anywhere (as a {@code topic_id}). */
  List<ObjectNode> profilesUsingTopic(String topicId) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode p : profiles.values()) {
      if (p.findValues("topic_id").stream().anyMatch(v -> topicId.equals(v.asText()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** API keys, live (callers copy under the lock). */
  public java.util.Collection<ObjectNode> apiKeysView() {
    return apiKeys.values();
  }

  /** AI security profiles, live. */
  public java.util.Collection<ObjectNode> profilesView() {
    return profiles.values();
  }

  /** Custom topics, live. */
  public java.util.Collection<ObjectNode> topicsView() {
    return topics.values();
  }

  /** Customer apps, live. */
  public java.util.Collection<ObjectNode> customerAppsView() {
    return customerApps.values();
  }

  /** The DLP profiles as the API lists them. */
  ArrayNode dlpProfilesJson() {
    ArrayNode a = Json.array();
    dlpProfiles.forEach(p -> a.add(p.deepCopy()));
    return a;
  }
}
