package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The Prisma AIRS management API's behaviour, selected by the registry's resource and operation
 * names ({@code apiKey.create}, {@code customTopic.forceDelete}, ...); an operation it does not
 * know falls back to the generic handler. Lists answer the spec's own shapes ({@code {api_keys,
 * next_offset}}, {@code {dlp_profiles}}, ...), errors {@code {status_code, error_message}}. Runs
 * with the state lock held.
 */
public final class AirsHandler {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private final SecureRandom random = new SecureRandom();
  private final SimState state;
  private final ScmHandler fallback;

  /** Creates the handler. */
  public AirsHandler(SimState state, ScmHandler fallback) {
    this.state = state;
    this.fallback = fallback;
  }

  /** Answers one call. */
  public SimResponse handle(Call call) {
    try {
      return dispatch(call);
    } catch (ScmHandler.Refusal r) {
      return r.response;
    }
  }

  private SimResponse dispatch(Call call) {
    String key = call.op().resource() + "." + call.op().operation();
    switch (key) {
      case "apiKey.create":
        return apiKeyCreate(call);
      case "apiKey.list":
        return page(call, "api_keys", airs().apiKeys.values());
      case "apiKey.delete":
        return apiKeyDelete(call);
      case "apiKey.regenerate":
        return apiKeyRegenerate(call);
      case "aiSecurityProfile.create":
        return profileCreate(call);
      case "aiSecurityProfile.update":
        return profileUpdate(call);
      case "aiSecurityProfile.list":
        return page(call, "ai_profiles", airs().profiles.values());
      case "aiSecurityProfile.delete":
        return profileDelete(call, false);
      case "aiSecurityProfile.forceDelete":
        return profileDelete(call, true);
      case "customTopic.create":
        return topicCreate(call);
      case "customTopic.update":
        return topicUpdate(call);
      case "customTopic.list":
        return page(call, "custom_topics", airs().topics.values());
      case "customTopic.delete":
        return topicDelete(call, false);
      case "customTopic.forceDelete":
        return topicDelete(call, true);
      case "customerApp.get":
        return appGet(call);
      case "customerApp.list":
        return page(call, "customer_apps", appsWithKeys());
      case "customerApp.update":
        return appUpdate(call);
      case "customerApp.delete":
        return appDelete(call);
      case "dlpProfile.list":
        return dlpList();
      case "deploymentProfile.list":
        return deploymentList(call);
      case "oauth.generateToken":
        return oauthToken(call);
      default:
        return fallback.handleSafely(call);
    }
  }

  private AirsState airs() {
    return state.airs();
  }

  private String now() {
    return state.clock().instant().toString();
  }

  private ObjectNode body(Call call) {
    JsonNode b;
    try {
      b = call.request().json();
    } catch (IllegalArgumentException e) {
      throw refuse(call, 400, "request body is not valid JSON");
    }
    if (b == null || !b.isObject()) {
      throw refuse(call, 400, "request body must be a JSON object");
    }
    return (ObjectNode) b;
  }

  private static ScmHandler.Refusal refuse(Call call, int status, String message) {
    return new ScmHandler.Refusal(call.dialect().error(status, null, message));
  }

  private static SimResponse ok(ObjectNode body) {
    return SimResponse.json(200, body);
  }

  private static SimResponse message(String text) {
    ObjectNode m = Json.object();
    m.put("message", text);
    return ok(m);
  }

  /** The spec's paged list shape: {@code {<member>: [...], next_offset}}. */
  private SimResponse page(Call call, String member, Collection<ObjectNode> all) {
    int offset = intParam(call, "offset", 0);
    int limit = intParam(call, "limit", state.defaultLimit());
    if (limit <= 0) {
      limit = state.defaultLimit();
    }
    List<ObjectNode> rows = new ArrayList<>(all);
    ArrayNode data = Json.array();
    for (int i = Math.max(0, offset); i < rows.size() && i < (long) offset + limit; i++) {
      data.add(rows.get(i).deepCopy());
    }
    ObjectNode out = Json.object();
    out.set(member, data);
    int next = Math.max(0, offset) + data.size();
    if (next < rows.size()) {
      out.put("next_offset", next);
    }
    return ok(out);
  }

  private static int intParam(Call call, String name, int fallback) {
    String v = call.param(name).orElse(null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw refuse(call, 400, "invalid value for " + name + ": " + v);
    }
  }

  private String secret(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private static void copyFields(ObjectNode from, ObjectNode to, String... skip) {
    List<String> skipped = List.of(skip);
    for (Map.Entry<String, JsonNode> e : from.properties()) {
      if (!skipped.contains(e.getKey())) {
        to.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  // ---------------------------------------------------------------- API keys

  private Instant expiry(Call call, JsonNode interval, String unit) {
    long n = interval == null || interval.isNull() ? 0 : interval.asLong();
    if (n <= 0) {
      throw refuse(call, 400, "rotation_time_interval must be a positive number");
    }
    String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
    if (u.endsWith("s")) {
      u = u.substring(0, u.length() - 1);
    }
    ZonedDateTime t = state.clock().instant().atZone(ZoneOffset.UTC);
    switch (u) {
      case "hour":
        return t.plusHours(n).toInstant();
      case "day":
        return t.plusDays(n).toInstant();
      case "week":
        return t.plusWeeks(n).toInstant();
      case "month":
        return t.plusMonths(n).toInstant();
      case "year":
        return t.plusYears(n).toInstant();
      default:
        throw refuse(call, 400, "rotation_time_unit must be one of hours, days, weeks, months, years");
    }
  }

  private SimResponse apiKeyCreate(Call call) {
    ObjectNode req = body(call);
    String name = Json.text(req, "api_key_name");
    if (name == null || name.isBlank()) {
      throw refuse(call, 400, "api_key_name is required");
    }
    if (airs().apiKeyByName(name) != null) {
      return call.dialect().error(409, null, "API key with name " + name + " already exists");
    }
    String authCode = Json.text(req, "auth_code");
    ObjectNode dp = airs().deploymentProfileByAuthCode(authCode);
    if (dp == null) {
      throw refuse(call, 400, "invalid auth_code: no deployment profile matches it");
    }
    Instant expiration = expiry(call, req.get("rotation_time_interval"), Json.text(req, "rotation_time_unit"));
    String appName = Json.text(req, "cust_app");
    ObjectNode app = airs().customerAppByName(appName);
    if (app == null) {
      app = Json.object();
      app.put("customer_appId", UUID.randomUUID().toString());
      app.put("tsg_id", airs().tsgId());
      app.put("app_name", appName);
      app.put("model_name", "");
      app.put("cloud_provider", Json.text(req, "cust_cloud_provider"));
      app.put("environment", Json.text(req, "cust_env"));
      app.put("status", "completed");
      app.put("created_by", Json.text(req, "created_by"));
      app.put("updated_by", Json.text(req, "created_by"));
      app.put("ai_agent_framework", Json.text(req, "cust_ai_agent_framework"));
      airs().customerApps.put(Json.text(app, "customer_appId"), app);
    }
    dp.put("status", "activated");
    String secret = secret(48);
    ObjectNode key = Json.object();
    key.put("api_key_id", UUID.randomUUID().toString());
    key.put("api_key_last8", secret.substring(secret.length() - 8));
    key.put("api_key_name", name);
    key.put("auth_code", authCode);
    key.put("csp_id", "1000" + airs().tsgId());
    key.put("tsg_id", airs().tsgId());
    key.put("expiration", expiration.toString());
    key.put("revoked", req.path("revoked").asBoolean(false));
    key.put("cust_app", appName);
    key.put("cust_env", Json.text(req, "cust_env"));
    key.put("cust_cloud_provider", Json.text(req, "cust_cloud_provider"));
    key.put("cust_ai_agent_framework", Json.text(req, "cust_ai_agent_framework"));
    key.put("created_by", Json.text(req, "created_by"));
    key.put("updated_by", Json.text(req, "created_by"));
    key.put("creation_ts", now());
    key.put("last_modified_ts", now());
    key.set("rotation_time_interval", req.get("rotation_time_interval").deepCopy());
    key.put("rotation_time_unit", Json.text(req, "rotation_time_unit"));
    key.put("dp_name", Json.text(dp, "dp_name"));
    key.put("status", "active");
    key.put("customer_appId", Json.text(app, "customer_appId"));
    airs().apiKeys.put(Json.text(key, "api_key_id"), key);
    ObjectNode out = key.deepCopy();
    out.put("api_key", secret);
    return ok(out);
  }

  private SimResponse apiKeyDelete(Call call) {
    String name = call.lastPathParam();
    ObjectNode key = airs().apiKeyByName(name);
    if (key == null) {
      return call.dialect().notFound("API key " + name);
    }
    airs().apiKeys.remove(Json.text(key, "api_key_id"));
    String appId = Json.text(key, "customer_appId");
    boolean appStillUsed =
        airs().apiKeys.values().stream().anyMatch(k -> appId != null && appId.equals(Json.text(k, "customer_appId")));
    if (appId != null && !appStillUsed) {
      airs().customerApps.remove(appId);
    }
    return message("API key " + name + " and its customer app deleted");
  }

  private SimResponse apiKeyRegenerate(Call call) {
    String id = call.lastPathParam();
    ObjectNode key = airs().apiKeys.get(id);
    if (key == null) {
      return call.dialect().notFound("API key " + id);
    }
    ObjectNode req = body(call);
    Instant expiration = expiry(call, req.get("rotation_time_interval"), Json.text(req, "rotation_time_unit"));
    String secret = secret(48);
    key.put("api_key_last8", secret.substring(secret.length() - 8));
    key.put("expiration", expiration.toString());
    key.set("rotation_time_interval", req.get("rotation_time_interval").deepCopy());
    key.put("rotation_time_unit", Json.text(req, "rotation_time_unit"));
    if (Json.text(req, "updated_by") != null) {
      key.put("updated_by", Json.text(req, "updated_by"));
    }
    key.put("last_modified_ts", now());
    ObjectNode out = key.deepCopy();
    out.put("api_key", secret);
    return ok(out);
  }

  // ---------------------------------------------------------------- AI security profiles

  private boolean profileNameTaken(String name, String exceptId) {
    return airs().profiles.values().stream()
        .anyMatch(p -> name != null && name.equals(Json.text(p, "profile_name"))
            && !Json.text(p, "profile_id").equals(exceptId));
  }

  private SimResponse profileCreate(Call call) {
    ObjectNode req = body(call);
    String name = Json.text(req, "profile_name");
    if (profileNameTaken(name, null)) {
      return call.dialect().error(409, null, "AI profile with name " + name + " already exists");
    }
    ObjectNode p = Json.object();
    p.put("profile_id", UUID.randomUUID().toString());
    copyFields(req, p, "profile_id", "revision", "last_modified_ts");
    p.put("revision", 1);
    if (!p.has("active")) {
      p.put("active", true);
    }
    if (!p.has("created_by")) {
      p.put("created_by", state.clientId());
    }
    p.put("last_modified_ts", now());
    airs().profiles.put(Json.text(p, "profile_id"), p);
    return ok(p.deepCopy());
  }

  private SimResponse profileUpdate(Call call) {
    String id = call.lastPathParam();
    ObjectNode old = airs().profiles.get(id);
    if (old == null) {
      return call.dialect().notFound("AI profile " + id);
    }
    ObjectNode req = body(call);
    String name = Json.text(req, "profile_name");
    if (profileNameTaken(name, id)) {
      return call.dialect().error(409, null, "AI profile with name " + name + " already exists");
    }
    ObjectNode p = Json.object();
    p.put("profile_id", id);
    copyFields(req, p, "profile_id", "revision", "last_modified_ts", "created_by");
    p.put("revision", old.path("revision").asInt(1) + 1);
    if (!p.has("active")) {
      p.put("active", old.path("active").asBoolean(true));
    }
    p.set("created_by", old.get("created_by"));
    p.put("last_modified_ts", now());
    airs().profiles.put(id, p);
    return ok(p.deepCopy());
  }

  private SimResponse profileDelete(Call call, boolean force) {
    String id = call.lastPathParam();
    ObjectNode p = airs().profiles.get(id);
    if (p == null) {
      return call.dialect().notFound("AI profile " + id);
    }
    List<ObjectNode> policies = airs().policiesByProfile.getOrDefault(id, List.of());
    if (!force && !policies.isEmpty()) {
      ObjectNode conflict = Json.object();
      conflict.put("message", "AI profile " + id + " is used by " + policies.size() + " security policies");
      ArrayNode payload = Json.array();
      policies.forEach(x -> payload.add(x.deepCopy()));
      conflict.set("payload", payload);
      return SimResponse.json(409, conflict);
    }
    airs().profiles.remove(id);
    airs().policiesByProfile.remove(id);
    return message("AI profile " + id + (force ? " force deleted" : " deleted"));
  }

  // ---------------------------------------------------------------- custom topics

  private boolean topicNameTaken(String name, String exceptId) {
    return airs().topics.values().stream()
        .anyMatch(t -> name != null && name.equals(Json.text(t, "topic_name"))
            && !Json.text(t, "topic_id").equals(exceptId));
  }

  private SimResponse topicCreate(Call call) {
    ObjectNode req = body(call);
    String name = Json.text(req, "topic_name");
    if (topicNameTaken(name, null)) {
      return call.dialect().error(409, null, "custom topic with name " + name + " already exists");
    }
    ObjectNode t = Json.object();
    t.put("topic_id", UUID.randomUUID().toString());
    copyFields(req, t, "topic_id", "revision", "created_ts", "last_modified_ts");
    t.put("revision", 1);
    if (!t.has("active")) {
      t.put("active", true);
    }
    if (!t.has("created_by")) {
      t.put("created_by", state.clientId());
    }
    t.put("created_ts", now());
    t.put("last_modified_ts", now());
    airs().topics.put(Json.text(t, "topic_id"), t);
    return ok(t.deepCopy());
  }

  private SimResponse topicUpdate(Call call) {
    String id = call.lastPathParam();
    ObjectNode old = airs().topics.get(id);
    if (old == null) {
      return call.dialect().notFound("custom topic " + id);
    }
    ObjectNode req = body(call);
    String name = Json.text(req, "topic_name");
    if (topicNameTaken(name, id)) {
      return call.dialect().error(409, null, "custom topic with name " + name + " already exists");
    }
    ObjectNode t = Json.object();
    t.put("topic_id", id);
    copyFields(req, t, "topic_id", "revision", "created_ts", "last_modified_ts", "created_by");
    t.put("revision", old.path("revision").asLong(1) + 1);
    if (!t.has("active")) {
      t.put("active", old.path("active").asBoolean(true));
    }
    t.set("created_by", old.get("created_by"));
    t.set("created_ts", old.get("created_ts"));
    t.put("last_modified_ts", now());
    airs().topics.put(id, t);
    return ok(t.deepCopy());
  }

  private SimResponse topicDelete(Call call, boolean force) {
    String id = call.lastPathParam();
    if (!airs().topics.containsKey(id)) {
      return call.dialect().notFound("custom topic " + id);
    }
    List<ObjectNode> users = airs().profilesUsingTopic(id);
    if (!force && !users.isEmpty()) {
      ObjectNode conflict = Json.object();
      conflict.put("message", "custom topic " + id + " is used by " + users.size() + " AI profiles");
      ArrayNode payload = Json.array();
      for (ObjectNode p : users) {
        ObjectNode ref = Json.object();
        ref.put("profile_id", Json.text(p, "profile_id"));
        ref.put("profile_name", Json.text(p, "profile_name"));
        ref.put("revision", p.path("revision").asLong());
        payload.add(ref);
      }
      conflict.set("payload", payload);
      return SimResponse.json(409, conflict);
    }
    airs().topics.remove(id);
    return message("custom topic " + id + (force ? " force deleted" : " deleted"));
  }

  // ---------------------------------------------------------------- customer apps

  private List<ObjectNode> appsWithKeys() {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode app : airs().customerApps.values()) {
      ObjectNode a = Json.object();
      for (String f : List.of("customer_appId", "tsg_id", "app_name", "model_name", "cloud_provider",
          "environment", "ai_agent_framework")) {
        if (app.has(f)) {
          a.set(f, app.get(f).deepCopy());
        }
      }
      ArrayNode info = Json.array();
      String appId = Json.text(app, "customer_appId");
      for (ObjectNode k : airs().apiKeys.values()) {
        if (appId.equals(Json.text(k, "customer_appId"))) {
          ObjectNode i = Json.object();
          i.put("api_key_name", Json.text(k, "api_key_name"));
          i.put("dp_name", Json.text(k, "dp_name"));
          i.put("auth_code", Json.text(k, "auth_code"));
          info.add(i);
        }
      }
      a.set("api_keys_dp_info", info);
      out.add(a);
    }
    return out;
  }

  private SimResponse appGet(Call call) {
    String name = call.param("app_name").orElse(null);
    ObjectNode app = airs().customerAppByName(name);
    return app == null ? call.dialect().notFound("customer app " + name) : ok(app.deepCopy());
  }

  private SimResponse appUpdate(Call call) {
    String id = call.param("customer_app_id").orElse(null);
    ObjectNode app = id == null ? null : airs().customerApps.get(id);
    if (app == null) {
      return call.dialect().notFound("customer app " + id);
    }
    ObjectNode req = body(call);
    String newName = Json.text(req, "app_name");
    ObjectNode clash = airs().customerAppByName(newName);
    if (clash != null && clash != app) {
      return call.dialect().error(409, null, "customer app with name " + newName + " already exists");
    }
    copyFields(req, app, "customer_appId", "tsg_id");
    return ok(app.deepCopy());
  }

  private SimResponse appDelete(Call call) {
    String name = call.param("app_name").orElse(null);
    ObjectNode app = airs().customerAppByName(name);
    if (app == null) {
      return call.dialect().notFound("customer app " + name);
    }
    airs().customerApps.remove(Json.text(app, "customer_appId"));
    call.param("updated_by").ifPresent(u -> app.put("updated_by", u));
    return ok(app);
  }

  // ---------------------------------------------------------------- read-only lists, OAuth

  private SimResponse dlpList() {
    ObjectNode out = Json.object();
    out.set("dlp_profiles", airs().dlpProfilesJson());
    return ok(out);
  }

  private SimResponse deploymentList(Call call) {
    boolean unactivated = call.param("unactivated").map(Boolean::parseBoolean).orElse(false);
    ArrayNode list = Json.array();
    for (ObjectNode d : airs().deploymentProfiles) {
      if (unactivated && "activated".equals(Json.text(d, "status")) && inUse(d)) {
        continue;
      }
      list.add(d.deepCopy());
    }
    ObjectNode out = Json.object();
    out.set("deployment_profiles", list);
    out.put("status", "success");
    return ok(out);
  }

  private boolean inUse(ObjectNode deploymentProfile) {
    String code = Json.text(deploymentProfile, "auth_code");
    return airs().apiKeys.values().stream().anyMatch(k -> code.equals(Json.text(k, "auth_code")));
  }

  private SimResponse oauthToken(Call call) {
    ObjectNode req = call.request().hasBody() ? body(call) : Json.object();
    long interval = intParam(call, "tokenTtlInterval", 24);
    String unit = call.param("tokenTtlUnit").orElse("hours").toLowerCase(Locale.ROOT);
    long seconds = unit.startsWith("day") ? interval * 86400 : unit.startsWith("min") ? interval * 60 : interval * 3600;
    ObjectNode out = Json.object();
    out.put("token_type", "Bearer");
    out.put("issued_at", String.valueOf(state.clock().millis()));
    out.put("client_id", Json.text(req, "client_id"));
    out.put("access_token", secret(40));
    out.put("expires_in", String.valueOf(seconds));
    out.put("status", "approved");
    return ok(out);
  }
}
