package io.sasekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a JSON answer for fuzz tests of response reading: a node replaced by {@code
 * null}, another JSON type, a huge or negative number, a numeric-looking or empty string; members
 * removed, duplicated or wrapped in arrays; the body truncated. Deterministic for a seed; the
 * input is never modified.
 */
public final class JsonMutator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<JsonNode> REPLACEMENTS = List.of(
      NODES.nullNode(), NODES.textNode(""), NODES.textNode("99999999999"), NODES.textNode("-1"),
      NODES.textNode("not-a-number"), NODES.textNode("1e400"), NODES.numberNode(new BigInteger("99999999999999999999999")),
      NODES.numberNode(-1), NODES.numberNode(new BigDecimal("1.5")), NODES.numberNode(1e308), NODES.booleanNode(true),
      NODES.arrayNode(), NODES.arrayNode().addNull(), NODES.objectNode(), NODES.objectNode().putNull("x"),
      NODES.textNode("\u0000\uFFFF"), NODES.numberNode(Long.MIN_VALUE));

  private JsonMutator() {}

  /** One mutation of {@code body} as text (usually JSON; a truncation is not). */
  public static String mutate(JsonNode body, long seed) {
    Random random = new Random(seed);
    JsonNode copy = body.deepCopy();
    int kind = random.nextInt(10);
    if (kind == 0) {
      String text = copy.toString();
      return text.substring(0, random.nextInt(Math.max(1, text.length())));
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(copy, containers);
    if (containers.isEmpty()) {
      return REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).toString();
    }
    int rounds = 1 + random.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      JsonNode target = containers.get(random.nextInt(containers.size()));
      mutateIn(target, random, kind);
    }
    if (kind == 9) {
      return NODES.arrayNode().add(copy).toString();
    }
    return copy.toString();
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode() && n.size() > 0) {
      out.add(n);
    }
    for (JsonNode c : n) {
      collect(c, out);
    }
  }

  private static void mutateIn(JsonNode container, Random random, int kind) {
    if (container.isEmpty()) {
      return; // emptied by an earlier round
    }
    if (container instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        names.add(it.next().getKey());
      }
      String name = names.get(random.nextInt(names.size()));
      switch (kind) {
        case 1 -> o.remove(name);
        case 2 -> o.set(name, NODES.arrayNode().add(o.get(name)));
        case 3 -> o.set(name + "_copy", o.get(name).deepCopy());
        default -> o.set(name, REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy());
      }
    } else if (container instanceof ArrayNode a) {
      int i = random.nextInt(a.size());
      switch (kind) {
        case 1 -> a.remove(i);
        case 2 -> a.set(i, NODES.arrayNode().add(a.get(i)));
        case 3 -> a.add(a.get(i).deepCopy());
        default -> a.set(i, REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy());
      }
    }
  }
}
