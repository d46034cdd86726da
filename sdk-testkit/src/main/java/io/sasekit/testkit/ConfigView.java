package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.internal.ApiMount;
import io.sasekit.testkit.internal.Container;
import io.sasekit.testkit.internal.ErrorDialect;
import io.sasekit.testkit.internal.Json;
import io.sasekit.testkit.internal.ResourceTable;
import io.sasekit.testkit.internal.SimState;
import io.sasekit.testkit.internal.StoredObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A look behind the API at the candidate and running configuration, and a way to preload objects
 * that "already exist" on the tenant (in both configurations). Resources are named by their
 * registry key ({@code address}, {@code securityRule}, ...), which names the resource of the first
 * mounted configuration API that has it; {@code <api>:<key>} ({@code scm:address}) names the one of
 * that API when several are mounted (Prisma Access and the unified SCM API both have {@code
 * address}). Returned trees are copies.
 */
public final class ConfigView {
  private final SimState state;
  private final List<ApiMount> mounts;

  ConfigView(SimState state, List<ApiMount> mounts) {
    this.state = state;
    this.mounts = mounts;
  }

  /** The candidate objects of a resource in a folder ({@code null} = every container), in order. */
  public List<JsonNode> candidate(String resource, String folder) {
    synchronized (state.lock()) {
      return rows(resource, folder, true);
    }
  }

  /** The running objects of a resource in a folder ({@code null} = every container), in order. */
  public List<JsonNode> running(String resource, String folder) {
    synchronized (state.lock()) {
      state.jobs().settleAll();
      return rows(resource, folder, false);
    }
  }

  /** Whether the running configuration equals the candidate, object for object and in order. */
  public boolean runningMatchesCandidate() {
    synchronized (state.lock()) {
      state.jobs().settleAll();
      for (String key : state.config().resources()) {
        List<StoredObject> c = state.config().candidate(key).rows();
        List<StoredObject> r = state.config().running(key).rows();
        if (!sameObjects(c, r)) {
          return false;
        }
      }
      return true;
    }
  }

  /** How many configuration versions successful pushes recorded. */
  public int versionCount() {
    synchronized (state.lock()) {
      state.jobs().settleAll();
      return state.config().versions().size();
    }
  }

  /**
   * Adds an object to both the candidate and the running configuration, as if it had been created
   * and pushed before the test. Returns it with its assigned {@code id} (kept if the JSON has one).
   *
   * @param resource registry resource key, e.g. {@code address}, or {@code <api>:<key>}, e.g.
   *     {@code scm:address}
   * @param folder folder name, or {@code null} for resources that take none
   * @param json the object as JSON text
   */
  public JsonNode preload(String resource, String folder, String json) {
    return preload(resource, folder, null, json);
  }

  /** Like {@link #preload(String, String, String)}, for a rule in rulebase {@code position}. */
  public JsonNode preload(String resource, String folder, String position, String json) {
    JsonNode parsed = Json.parse(json);
    if (!parsed.isObject()) {
      throw new IllegalArgumentException("preload needs a JSON object");
    }
    String key = storeKey(resource);
    synchronized (state.lock()) {
      Container c = folder == null ? Container.NONE : Container.folder(folder);
      if (folder != null && !state.folders().exists(folder)) {
        throw new IllegalArgumentException("unknown folder: " + folder);
      }
      ObjectNode body = Json.object();
      String id = parsed.hasNonNull("id") ? parsed.get("id").asText() : UUID.randomUUID().toString();
      body.put("id", id);
      for (java.util.Map.Entry<String, JsonNode> e : parsed.properties()) {
        if (!e.getKey().equals("id")) {
          body.set(e.getKey(), e.getValue().deepCopy());
        }
      }
      if (folder != null) {
        body.put("folder", folder);
      }
      String pos = position != null ? position : (isRuleResource(bare(resource)) ? "pre" : null);
      state.config().candidate(key).add(new StoredObject(id, c, pos, body.deepCopy()));
      state.config().running(key).add(new StoredObject(id, c, pos, body.deepCopy()));
      return body.deepCopy();
    }
  }

  private boolean isRuleResource(String resource) {
    for (ApiMount m : mounts) {
      if (m.registry().operations(resource).values().stream()
          .anyMatch(op -> op.parameter("position").isPresent())) {
        return true;
      }
    }
    return false;
  }

  private static String bare(String resource) {
    return resource.substring(resource.indexOf(':') + 1);
  }

  private String storeKey(String resource) {
    int colon = resource.indexOf(':');
    if (colon >= 0) {
      String api = resource.substring(0, colon);
      String key = resource.substring(colon + 1);
      List<String> apis = new ArrayList<>();
      for (ApiMount m : mounts) {
        if (m.dialect() == ErrorDialect.SCM) {
          apis.add(m.api());
          if (m.api().equals(api)) {
            if (!m.registry().resources().contains(key)) {
              throw new IllegalArgumentException("the mounted API " + api + " has no resource named " + key);
            }
            return resource;
          }
        }
      }
      throw new IllegalArgumentException("no mounted configuration API named " + api + " (mounted: "
          + String.join(", ", apis) + ")");
    }
    for (ApiMount m : mounts) {
      if (m.dialect() == ErrorDialect.SCM && m.registry().resources().contains(resource)) {
        return m.api() + ":" + resource;
      }
    }
    throw new IllegalArgumentException("no mounted configuration registry has a resource named " + resource
        + " (AIRS objects are seeded through AirsControl)");
  }

  private List<JsonNode> rows(String resource, String folder, boolean candidate) {
    List<JsonNode> out = new ArrayList<>();
    for (String key : state.config().resources()) {
      if (resource.contains(":") ? !key.equals(resource) : !key.endsWith(":" + resource)) {
        continue;
      }
      ResourceTable t = candidate ? state.config().candidate(key) : state.config().running(key);
      for (StoredObject o : t.rows()) {
        if (folder == null || o.container().equals(Container.folder(folder))) {
          out.add(o.body().deepCopy());
        }
      }
    }
    return out;
  }

  private static boolean sameObjects(List<StoredObject> a, List<StoredObject> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      StoredObject x = a.get(i);
      StoredObject y = b.get(i);
      if (!x.id().equals(y.id()) || !x.container().equals(y.container()) || !x.body().equals(y.body())
          || !java.util.Objects.equals(x.position(), y.position())) {
        return false;
      }
    }
    return true;
  }
}
