package io.sasekit.scm.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.OperationValidator;
import io.sasekit.scm.ScmOperations;
import io.sasekit.scm.ScmSpecFiles;
import io.sasekit.testkit.contract.SpecOperation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The exactly-one groups of every SCM request body, read from the eight spec files as plain YAML
 * (independently of the generator), checked by the one validator the client and the testkit share:
 * a body the spec allows (one option of each group) passes that group, bodies it refuses (two options,
 * or none) fail naming the group's keys and what was found, and each group is checked on its own
 * (the container group of an address beside its type group). Groups whose options the spec does not
 * tell apart by keys (a discriminator chooses) are not checked.
 */
class ExactlyOneGroupsFromSpecTest {
  private static final Set<String> CONTAINERS = Set.of("folder", "snippet", "device");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final OperationRegistry registry = ScmOperations.registry();

  /** One oneOf group of a body as the spec declares it. */
  record Group(String op, List<List<String>> keys, Map<String, JsonNode> memberSchemas, boolean toldApart) {
    boolean container() {
      return keys.size() >= 2 && keys.stream().allMatch(k -> k.size() == 1 && CONTAINERS.contains(k.get(0)));
    }

    String names() {
      return String.join(", ", keys.stream().map(k -> String.join("+", k)).toList());
    }
  }

  @Test
  void everyBodyContainerGroupIsCheckedAndTheCountsMatchTheFiles() {
    Map<String, List<Group>> groups = bodyGroups();
    int containerOps = 0;
    int multiGroupOps = 0;
    for (Map.Entry<String, List<Group>> e : groups.entrySet()) {
      OperationSpec op = op(e.getKey());
      List<Group> told = e.getValue().stream().filter(Group::toldApart).toList();
      if (e.getValue().stream().anyMatch(Group::container)) {
        containerOps++;
      }
      if (e.getValue().size() >= 2 && told.stream().anyMatch(Group::container) && told.size() >= 2) {
        multiGroupOps++;
      }
      for (Group g : e.getValue()) {
        String message = "exactly one of " + g.names() + " must be set";
        ObjectNode allowed = base(e.getValue(), g);
        assertThat(groupMessages(op, allowed, message)).as("%s: one option of %s set", e.getKey(), g.names()).isEmpty();
        if (!g.toldApart()) {
          continue; // chosen by a discriminator, or options share their keys: not checked
        }
        ObjectNode two = allowed.deepCopy();
        set(two, g, 1);
        assertThat(groupMessages(op, two, message)).as(e.getKey()).containsExactly(
            "body: " + message + "; found " + String.join("+", g.keys().get(0)) + ", " + String.join("+", g.keys().get(1)));
        ObjectNode none = allowed.deepCopy();
        g.keys().get(0).forEach(none::remove);
        assertThat(groupMessages(op, none, message)).as(e.getKey()).containsExactly("body: " + message + "; found none");
      }
    }
    // every create/update with a container group in its body, and the ones with two independent groups
    assertThat(containerOps).isPositive()
        .isEqualTo(groups.values().stream().filter(l -> l.stream().anyMatch(Group::container)).count());
    assertThat(multiGroupOps).isPositive();
    long twoGroupSchemas = registry.operations().stream().filter(o -> o.body() != null)
        .filter(o -> o.body().schema().resolve().allOf().size() >= 2).count();
    assertThat(twoGroupSchemas).isEqualTo(multiGroupOps);
  }

  @Test
  void anAddressNeedsOneTypeAndOneContainerEachCheckedOnItsOwn() {
    OperationSpec create = registry.require("address", "create");
    Group type = bodyGroups().get(create.method() + " " + create.pathTemplate()).stream()
        .filter(g -> !g.container()).findFirst().orElseThrow();
    String typeKey = type.keys().get(0).get(0);
    ObjectNode ok = JSON.createObjectNode().put("name", "web-1").put(typeKey, "10.0.0.1/32").put("folder", "Shared");
    assertThat(OperationValidator.validate(create, null, ok)).isEmpty();
    ObjectNode twoContainers = ok.deepCopy().put("device", "d1");
    assertThat(OperationValidator.validate(create, null, twoContainers)).extracting(Violation::message)
        .containsExactly("body: exactly one of folder, snippet, device must be set; found folder, device");
  }

  private static List<String> groupMessages(OperationSpec op, JsonNode body, String message) {
    return OperationValidator.validate(op, null, body).stream().map(Violation::message)
        .filter(m -> m.startsWith("body: " + message)).toList();
  }

  /** A body with the first option of every group set ({@code g} too). */
  private static ObjectNode base(List<Group> all, Group g) {
    ObjectNode body = JSON.createObjectNode();
    for (Group other : all) {
      set(body, other, 0);
    }
    return body;
  }

  private static void set(ObjectNode body, Group g, int option) {
    for (String key : g.keys().get(option)) {
      JsonNode schema = g.memberSchemas().get(key);
      String type = schema == null ? "string" : schema.path("type").asText("string");
      switch (type) {
        case "object" -> body.putObject(key);
        case "array" -> body.putArray(key);
        case "integer", "number" -> body.put(key, 1);
        case "boolean" -> body.put(key, true);
        default -> body.put(key, "Shared");
      }
    }
  }

  private OperationSpec op(String methodAndPath) {
    return registry.operations().stream().filter(o -> (o.method() + " " + o.pathTemplate()).equals(methodAndPath))
        .findFirst().orElseThrow(() -> new AssertionError("no registry operation " + methodAndPath));
  }

  /** Per operation ({@code METHOD /full/path}) with a JSON body, the oneOf groups its body schema combines. */
  static Map<String, List<Group>> bodyGroups() {
    Map<String, List<Group>> out = new TreeMap<>();
    for (SpecOperation op : ScmSpecFiles.API.operations()) {
      JsonNode doc = op.doc();
      JsonNode schema = deref(doc, deref(doc, op.node().path("requestBody")).at("/content/application~1json/schema"));
      List<JsonNode> oneOfs = new ArrayList<>();
      if (schema.has("oneOf")) {
        oneOfs.add(schema.get("oneOf"));
      }
      for (String k : List.of("anyOf", "allOf")) {
        for (JsonNode part : schema.path(k)) {
          JsonNode p = deref(doc, part);
          if (p.has("oneOf")) {
            oneOfs.add(p.get("oneOf"));
          }
        }
      }
      List<Group> groups = new ArrayList<>();
      for (JsonNode oneOf : oneOfs) {
        groups.add(group(doc, op.signature(), oneOf));
      }
      if (!groups.isEmpty()) {
        out.put(op.signature(), groups);
      }
    }
    return out;
  }

  private static Group group(JsonNode doc, String op, JsonNode oneOf) {
    List<List<String>> keys = new ArrayList<>();
    Map<String, JsonNode> members = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    boolean toldApart = true;
    for (JsonNode o : oneOf) {
      JsonNode option = deref(doc, o);
      option.path("properties").fields().forEachRemaining(e -> members.put(e.getKey(), deref(doc, e.getValue())));
      List<String> k = new ArrayList<>();
      option.path("required").forEach(r -> k.add(r.asText()));
      if (k.isEmpty() && option.path("properties").size() == 1) {
        k.add(option.path("properties").fieldNames().next());
      }
      toldApart &= !k.isEmpty() && k.stream().allMatch(seen::add);
      keys.add(k);
    }
    return new Group(op, keys, members, toldApart);
  }

  private static JsonNode deref(JsonNode doc, JsonNode node) {
    JsonNode n = node;
    for (int i = 0; n != null && n.has("$ref") && i < 16; i++) {
      n = doc.at(n.get("$ref").asText().substring(1));
    }
    return n;
  }
}
