package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The generic Strata Cloud Manager behaviour every registry operation gets from its
 * {@link OperationKind}: list envelopes, creation with ids and name uniqueness per container,
 * get/update/delete by id or by key, singletons, rule moves, candidate push through jobs, rollback
 * and versions. Runs with the state lock held.
 */
public final class ScmHandler {
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final SimState state;

  /** Creates the handler over the simulator state. */
  public ScmHandler(SimState state) {
    this.state = state;
  }

  /** Answers one call. */
  public SimResponse handle(Call call) {
    state.jobs().settleAll();
    switch (call.route().kind()) {
      case LIST:
        return list(call);
      case CREATE:
        return create(call);
      case GET:
        return get(call);
      case UPDATE:
        return update(call);
      case DELETE:
        return delete(call);
      case KEYED_GET:
        return keyedGet(call);
      case KEYED_UPDATE:
        return keyedUpdate(call);
      case KEYED_DELETE:
        return keyedDelete(call);
      case SINGLETON_GET:
        return singletonGet(call);
      case SINGLETON_UPDATE:
        return singletonUpdate(call);
      case MOVE:
        return move(call);
      case PUSH:
        return push(call);
      case ROLLBACK:
        return rollback();
      case RUNNING:
        return running();
      case VERSION_LIST:
        return versionList(call);
      case VERSION_GET:
        return versionGet(call);
      case LOAD:
        return load(call);
      case JOB_LIST:
        return jobList(call);
      case JOB_GET:
        return jobGet(call);
      default:
        return action(call);
    }
  }

  // ---------------------------------------------------------------- containers

  /** Thrown for a request the service refuses; carries the answer. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SimResponse response;

    Refusal(SimResponse response) {
      super(null, null, false, false);
      this.response = response;
    }
  }

  /**
   * The container a call names: the first of {@code folder}, {@code snippet}, {@code device} it
   * sends; {@link Container#NONE} when the operation takes none; {@code null} when it takes one
   * but the call sends none.
   */
  private Container container(Call call) {
    OperationSpec op = call.op();
    boolean declares = false;
    for (String kind : List.of("folder", "snippet", "device")) {
      if (op.parameter(kind).isPresent()) {
        declares = true;
        String v = call.param(kind).orElse(null);
        if (v != null) {
          if (kind.equals("folder") && !state.folders().exists(v)) {
            throw new Refusal(call.dialect().badRequest("Invalid Query Parameter: folder=" + v));
          }
          return new Container(kind, v);
        }
      }
    }
    if (!declares) {
      // the unified API (/config/<domain>/v1) carries the container of a written object in its body
      Container inBody = bodyContainer(call);
      if (inBody != null) {
        return inBody;
      }
    }
    return declares ? null : Container.NONE;
  }

  /** The container a JSON object body names ({@code folder}, {@code snippet} or {@code device}), or {@code null}. */
  private Container bodyContainer(Call call) {
    if (!call.op().method().equals("POST") && !call.op().method().equals("PUT")) {
      return null;
    }
    JsonNode body;
    try {
      body = call.request().json();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (body == null || !body.isObject()) {
      return null;
    }
    for (String kind : List.of("folder", "snippet", "device")) {
      if (body.path(kind).isTextual()) {
        return new Container(kind, body.get(kind).asText());
      }
    }
    return null;
  }

  private Container requireContainer(Call call) {
    Container c = container(call);
    if (c == null) {
      throw new Refusal(call.dialect().badRequest("Missing Query Parameter: folder"));
    }
    return c;
  }

  /** The rulebase of a call on a rule resource ({@code pre} by default), else {@code null}. */
  private static String position(Call call) {
    return call.op().parameter(OperationClassifier.POSITION_PARAM)
        .map(p -> call.param(p.name()).orElse("pre"))
        .orElse(null);
  }

  private ObjectNode objectBody(Call call) {
    JsonNode body;
    try {
      body = call.request().json();
    } catch (IllegalArgumentException e) {
      throw new Refusal(call.dialect().badRequest("Input Format Mismatch: input-format=json"));
    }
    if (body == null) {
      throw new Refusal(call.dialect().badRequest("Missing Body"));
    }
    if (!body.isObject()) {
      throw new Refusal(call.dialect().badRequest("Invalid Object"));
    }
    return (ObjectNode) body;
  }

  /** The answer body of an object: id first, then the sent members, then the container. */
  private static ObjectNode shape(String id, ObjectNode sent, Container container) {
    ObjectNode out = Json.object();
    if (id != null) {
      out.put("id", id);
    }
    for (Map.Entry<String, JsonNode> e : sent.properties()) {
      if (!e.getKey().equals("id") && !e.getKey().equals(container.kind())) {
        out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    if (!container.isNone()) {
      out.put(container.kind(), container.name());
    }
    return out;
  }

  private boolean nameTaken(ResourceTable table, Container container, String name, StoredObject except) {
    if (name == null) {
      return false;
    }
    for (StoredObject o : table.rows()) {
      if (o != except && !o.isSingleton() && o.container().equals(container)
          && name.equals(o.name())) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- CRUD

  private SimResponse list(Call call) {
    Container container = container(call);
    String position = position(call);
    ResourceTable table = state.config().candidate(call.resourceKey());
    List<StoredObject> rows = new ArrayList<>();
    for (StoredObject o : table.rows()) {
      if (o.isSingleton()) {
        continue;
      }
      if (container != null && !o.in(container, position)) {
        continue;
      }
      if (matchesFilters(call, o)) {
        rows.add(o);
      }
    }
    ArrayNode data = Json.array();
    rows.forEach(o -> data.add(o.body().deepCopy()));
    return SimResponse.json(200, envelope(call, data));
  }

  /** Exact-match filters: every declared query parameter that is not paging or container. */
  private static boolean matchesFilters(Call call, StoredObject o) {
    for (ParameterSpec p : call.op().parameters()) {
      if (p.location() != ParameterLocation.QUERY
          || OperationClassifier.CONTAINER_PARAMS.contains(p.name())
          || OperationClassifier.PAGING_PARAMS.contains(p.name())
          || OperationClassifier.POSITION_PARAM.equals(p.name())) {
        continue;
      }
      String wanted = call.param(p.name()).orElse(null);
      if (wanted != null && !wanted.equals(Json.text(o.body(), p.name()))) {
        return false;
      }
    }
    return true;
  }

  /** Pages {@code all} by the call's {@code limit}/{@code offset} into the list envelope. */
  private ObjectNode envelope(Call call, ArrayNode all) {
    int limit = intParam(call, "limit", state.defaultLimit());
    if (limit <= 0) {
      limit = state.defaultLimit();
    }
    limit = Math.min(limit, state.maxLimit());
    int offset = Math.max(0, intParam(call, "offset", 0));
    return Json.page(all, limit, offset);
  }

  private static int intParam(Call call, String name, int fallback) {
    String v = call.param(name).orElse(null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return (int) Math.min(Integer.MAX_VALUE, Math.floor(Double.parseDouble(v)));
    } catch (NumberFormatException e) {
      throw new Refusal(call.dialect().badRequest("Invalid Query Parameter: " + name + "=" + v));
    }
  }

  private SimResponse create(Call call) {
    Container container = requireContainer(call);
    String position = position(call);
    ObjectNode body = objectBody(call);
    ResourceTable table = state.config().candidate(call.resourceKey());
    String name = Json.text(body, "name");
    if (nameTaken(table, container, name, null)) {
      return call.dialect().nameNotUnique(name);
    }
    String id = UUID.randomUUID().toString();
    ObjectNode stored = shape(id, body, container);
    table.add(new StoredObject(id, container, position, stored));
    return SimResponse.json(201, stored.deepCopy());
  }

  private StoredObject byId(Call call) {
    String id = call.lastPathParam();
    StoredObject o = id == null ? null : state.config().candidate(call.resourceKey()).find(id);
    if (o == null || o.isSingleton()) {
      throw new Refusal(call.dialect().notFound("object " + id));
    }
    Container named = container(call);
    if (named != null && !named.isNone() && !named.equals(o.container())) {
      throw new Refusal(call.dialect().notFound("object " + id));
    }
    return o;
  }

  private SimResponse get(Call call) {
    return SimResponse.json(200, byId(call).body().deepCopy());
  }

  private SimResponse update(Call call) {
    StoredObject o = byId(call);
    ObjectNode body = objectBody(call);
    return replace(call, o, body);
  }

  private SimResponse replace(Call call, StoredObject o, ObjectNode body) {
    ResourceTable table = state.config().candidate(call.resourceKey());
    String name = Json.text(body, "name");
    if (nameTaken(table, o.container(), name, o)) {
      return call.dialect().nameNotUnique(name);
    }
    o.body(shape(o.id(), body, o.container()));
    return SimResponse.json(200, o.body().deepCopy());
  }

  private SimResponse delete(Call call) {
    StoredObject o = byId(call);
    state.config().candidate(call.resourceKey()).remove(o);
    return SimResponse.json(200, o.body().deepCopy());
  }

  private StoredObject byKey(Call call, Container container, String keyParam, String key) {
    ResourceTable table = state.config().candidate(call.resourceKey());
    for (StoredObject o : table.rows()) {
      if (!o.isSingleton() && (container == null || o.container().equals(container))
          && key.equals(Json.text(o.body(), keyParam))) {
        return o;
      }
    }
    throw new Refusal(call.dialect().notFound(keyParam + " " + key));
  }

  private SimResponse keyedGet(Call call) {
    String keyParam = OperationClassifier.keyParam(call.op());
    String key = call.param(keyParam).orElse(null);
    if (key == null) {
      return call.dialect().badRequest("Missing Query Parameter: " + keyParam);
    }
    return SimResponse.json(200, byKey(call, container(call), keyParam, key).body().deepCopy());
  }

  private SimResponse keyedUpdate(Call call) {
    Container container = requireContainer(call);
    ObjectNode body = objectBody(call);
    String keyParam = OperationClassifier.keyParam(call.op());
    String field = keyParam == null ? "name" : keyParam;
    String key = keyParam == null ? null : call.param(keyParam).orElse(null);
    if (key == null) {
      key = Json.text(body, field);
    }
    ResourceTable table = state.config().candidate(call.resourceKey());
    if (key == null) {
      // nothing names the object: the container holds one, replace (or create) it
      List<StoredObject> rows = table.in(container, null);
      if (rows.isEmpty()) {
        String id = UUID.randomUUID().toString();
        ObjectNode stored = shape(id, body, container);
        table.add(new StoredObject(id, container, null, stored));
        return SimResponse.json(200, stored.deepCopy());
      }
      return replace(call, rows.get(0), body);
    }
    return replace(call, byKey(call, container, field, key), body);
  }

  private SimResponse keyedDelete(Call call) {
    String keyParam = OperationClassifier.keyParam(call.op());
    String key = call.param(keyParam).orElse(null);
    if (key == null) {
      return call.dialect().badRequest("Missing Query Parameter: " + keyParam);
    }
    StoredObject o = byKey(call, container(call), keyParam, key);
    state.config().candidate(call.resourceKey()).remove(o);
    return SimResponse.json(200, o.body().deepCopy());
  }

  private SimResponse singletonGet(Call call) {
    Container container = container(call);
    ResourceTable table = state.config().candidate(call.resourceKey());
    StoredObject o = table.findSingleton(container == null ? Container.NONE : container);
    if (o == null) {
      // some specs want a folder on the GET but none on the PUT: one tenant-wide object then
      o = table.findSingleton(Container.NONE);
    }
    return SimResponse.json(200, o == null ? Json.object() : o.body().deepCopy());
  }

  private SimResponse singletonUpdate(Call call) {
    Container container = container(call);
    Container c = container == null ? Container.NONE : container;
    ObjectNode body = call.request().hasBody() ? objectBody(call) : Json.object();
    ResourceTable table = state.config().candidate(call.resourceKey());
    StoredObject o = table.findSingleton(c);
    ObjectNode stored = shape(null, body, c);
    if (o == null) {
      table.add(new StoredObject(StoredObject.SINGLETON_PREFIX + c, c, null, stored));
    } else {
      o.body(stored);
    }
    return SimResponse.json(200, stored.deepCopy());
  }

  // ---------------------------------------------------------------- rules

  private SimResponse move(Call call) {
    ObjectNode body = objectBody(call);
    String id = call.lastPathParam();
    ResourceTable table = state.config().candidate(call.resourceKey());
    StoredObject rule = table.find(id);
    if (rule == null) {
      return call.dialect().notFound("rule " + id);
    }
    Container named = container(call);
    if (named != null && !named.isNone() && !named.equals(rule.container())) {
      return call.dialect().notFound("rule " + id);
    }
    String destination = Json.text(body, "destination");
    if (destination == null || !Set.of("top", "bottom", "before", "after").contains(destination)) {
      return call.dialect().badRequest("Invalid Object: destination must be top, bottom, before or after");
    }
    String rulebase = Json.text(body, "rulebase");
    if (rulebase != null) {
      rule.position(rulebase);
    }
    StoredObject anchor = null;
    if (destination.equals("before") || destination.equals("after")) {
      String anchorId = Json.text(body, "destination_rule");
      if (anchorId == null) {
        return call.dialect().badRequest("Invalid Object: destination_rule is required for " + destination);
      }
      anchor = table.find(anchorId);
      if (anchor == null || anchor == rule || !anchor.in(rule.container(), rule.position())) {
        return call.dialect().badRequest("Invalid Object: destination_rule " + anchorId
            + " is not another rule of the same folder and rulebase");
      }
    }
    table.move(rule, destination, anchor);
    return SimResponse.json(200, rule.body().deepCopy());
  }

  // ---------------------------------------------------------------- config versions and jobs

  private SimResponse push(Call call) {
    JsonNode body;
    try {
      body = call.request().json();
    } catch (IllegalArgumentException e) {
      return call.dialect().badRequest("Input Format Mismatch: input-format=json");
    }
    List<String> folders = new ArrayList<>();
    String description = null;
    if (body != null && body.isObject()) {
      JsonNode f = body.get("folders");
      if (f != null && f.isArray()) {
        f.forEach(n -> folders.add(n.asText()));
      }
      description = Json.text(body, "description");
    }
    for (String f : folders) {
      if (!state.folders().exists(f)) {
        return call.dialect().badRequest("Invalid Object: folder " + f + " does not exist");
      }
    }
    List<String> named = folders.isEmpty() ? state.folders().names() : folders;
    Set<String> scope = state.folders().withAncestors(named);
    Job job = state.jobs().create(named, scope, description, state.clientId(), state.config().snapshotCandidate());
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("job_id", job.id());
    out.put("message", "CommitAndPush job enqueued");
    return SimResponse.json(201, out);
  }

  private SimResponse rollback() {
    state.config().rollback();
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("message", "Candidate configuration reverted to the running configuration");
    return SimResponse.json(200, out);
  }

  private SimResponse running() {
    ArrayNode out = Json.array();
    state.config().runningByFolder().forEach((folder, v) -> {
      ObjectNode r = Json.object();
      r.put("device", folder);
      r.put("version", v.number());
      r.put("date", TS.format(v.at()));
      out.add(r);
    });
    return SimResponse.json(200, out);
  }

  private static ObjectNode versionJson(ConfigStore.Version v) {
    ObjectNode o = Json.object();
    o.put("id", v.number());
    o.put("version", String.valueOf(v.number()));
    o.put("date", TS.format(v.at()));
    o.put("admin", v.admin());
    o.put("description", v.description() == null ? "" : v.description());
    o.put("scope", String.join(",", v.scope()));
    o.put("created", v.at().getEpochSecond());
    o.put("updated", v.at().getEpochSecond());
    o.put("deleted", 0);
    return o;
  }

  private SimResponse versionList(Call call) {
    ArrayNode all = Json.array();
    List<ConfigStore.Version> versions = new ArrayList<>(state.config().versions());
    java.util.Collections.reverse(versions);
    versions.forEach(v -> all.add(versionJson(v)));
    return SimResponse.json(200, envelope(call, all));
  }

  private ConfigStore.Version version(Call call, String raw) {
    try {
      return state.config().version((int) Double.parseDouble(raw))
          .orElseThrow(() -> new Refusal(call.dialect().notFound("version " + raw)));
    } catch (NumberFormatException e) {
      throw new Refusal(call.dialect().notFound("version " + raw));
    }
  }

  private SimResponse versionGet(Call call) {
    return SimResponse.json(200, versionJson(version(call, call.lastPathParam())));
  }

  private SimResponse load(Call call) {
    ObjectNode body = objectBody(call);
    JsonNode v = body.get("version");
    if (v == null || v.isNull()) {
      return call.dialect().badRequest("Invalid Object: version is required");
    }
    ConfigStore.Version version = version(call, v.asText());
    state.config().load(version);
    ObjectNode out = Json.object();
    out.put("success", true);
    out.put("message", "Configuration version " + version.number() + " loaded into the candidate");
    return SimResponse.json(201, out);
  }

  private SimResponse jobList(Call call) {
    ArrayNode all = Json.array();
    state.jobs().list().forEach(j -> all.add(j.toJson()));
    return SimResponse.json(200, envelope(call, all));
  }

  private SimResponse jobGet(Call call) {
    Job job = state.jobs().get(call.lastPathParam(), true);
    if (job == null) {
      return call.dialect().notFound("job " + call.lastPathParam());
    }
    ObjectNode out = Json.object();
    out.set("data", Json.array().add(job.toJson()));
    return SimResponse.json(200, out);
  }

  private SimResponse action(Call call) {
    JsonNode body;
    try {
      body = call.request().json();
    } catch (IllegalArgumentException e) {
      return call.dialect().badRequest("Input Format Mismatch: input-format=json");
    }
    if (body != null && body.isObject()) {
      return SimResponse.json(200, body);
    }
    ObjectNode out = Json.object();
    out.put("success", true);
    return SimResponse.json(200, out);
  }

  /** Runs {@link #handle}, turning refusals into their answers. */
  public SimResponse handleSafely(Call call) {
    try {
      return handle(call);
    } catch (Refusal r) {
      return r.response;
    }
  }
}
