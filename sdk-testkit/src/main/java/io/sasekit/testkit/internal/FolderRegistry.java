package io.sasekit.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's folders: the six Prisma Access system folders plus custom ones added by the test,
 * each with a parent (so a push of {@code Mobile Users} also commits {@code Shared}), and whether
 * the SCM Setup folder listing is allowed. Not thread-safe: callers hold the state lock.
 */
public final class FolderRegistry {
  /** The system folders, in the order the setup API lists them, with their parents. */
  public static final Map<String, String> SYSTEM_FOLDERS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Shared", "Prisma Access");
    m.put("Mobile Users Container", "Shared");
    m.put("Mobile Users", "Mobile Users Container");
    m.put("Mobile Users Explicit Proxy", "Mobile Users Container");
    m.put("Remote Networks", "Shared");
    m.put("Service Connections", "Shared");
    SYSTEM_FOLDERS = java.util.Collections.unmodifiableMap(m);
  }

  private final Map<String, ObjectNode> folders = new LinkedHashMap<>();
  private boolean listingDenied;

  /** Creates the registry with the system folders. */
  public FolderRegistry() {
    reset();
  }

  /** Back to the system folders only, listing allowed. */
  public void reset() {
    folders.clear();
    listingDenied = false;
    SYSTEM_FOLDERS.forEach((name, parent) -> put(name, parent, "Predefined folder"));
  }

  /** Adds (or replaces) a custom folder. */
  public ObjectNode add(String name, String parent, String description) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("folder name must not be blank");
    }
    if (parent != null && !folders.containsKey(parent) && !parent.equals("Prisma Access")) {
      throw new IllegalArgumentException("unknown parent folder: " + parent);
    }
    return put(name, parent == null ? "Shared" : parent, description);
  }

  private ObjectNode put(String name, String parent, String description) {
    ObjectNode f = Json.object();
    f.put("id", UUID.nameUUIDFromBytes(("folder:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    f.put("name", name);
    f.put("parent", parent);
    if (description != null) {
      f.put("description", description);
    }
    f.set("labels", Json.array());
    f.set("snippets", Json.array());
    folders.put(name, f);
    return f;
  }

  /** Whether a folder with this name exists. */
  public boolean exists(String name) {
    return folders.containsKey(name);
  }

  /** Every folder, system folders first. */
  public List<ObjectNode> all() {
    List<ObjectNode> out = new ArrayList<>();
    folders.values().forEach(f -> out.add(f.deepCopy()));
    return out;
  }

  /** Folder names, system folders first. */
  public List<String> names() {
    return new ArrayList<>(folders.keySet());
  }

  /** The folders plus every ancestor of each (e.g. {@code Mobile Users} adds {@code Shared}). */
  public Set<String> withAncestors(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      String cur = n;
      int guard = 0;
      while (cur != null && folders.containsKey(cur) && out.add(cur) && guard++ < 64) {
        cur = Json.text(folders.get(cur), "parent");
      }
    }
    return out;
  }

  /** Makes the setup API's folder listing answer 403. */
  public void denyListing(boolean denied) {
    this.listingDenied = denied;
  }

  /** Whether the listing answers 403. */
  public boolean listingDenied() {
    return listingDenied;
  }
}
