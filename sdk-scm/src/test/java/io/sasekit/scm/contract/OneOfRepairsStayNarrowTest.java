package io.sasekit.scm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The repairs that let the NAT rule, zone protection profile and security rule bodies through the
 * validator ({@code shared-members-option}, {@code titled-options-as-members} on memberless options,
 * {@code independent-oneof-groups} on {@code allOf} options; {@code specs/spec-repairs.md}) still
 * refuse what the original file refuses for a reason of its own: two options' members at once, two
 * actions at once, both rule types' members at once. Bodies are generated from each operation's
 * request schema as the contract suite generates them, then changed in the one member under test.
 */
class OneOfRepairsStayNarrowTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static SpecOperation create(String path) {
    return ScmContract.SPEC.operations().stream()
        .filter(o -> o.method().equalsIgnoreCase("post") && o.fullPath().equals(path))
        .findFirst().orElseThrow(() -> new AssertionError("the spec declares no POST " + path));
  }

  private static ObjectNode body(SpecOperation so) {
    return (ObjectNode) SpecBodyGenerator.realisticRequests(so.doc()).instance(so.requestBodySchema(), ScmContract.FIXTURE);
  }

  /** The validator's errors for {@code body} sent to the operation (with its first rulebase position, if it takes one). */
  private static List<String> errors(SpecOperation so, JsonNode body) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    JsonNode position = so.parameter("position");
    if (position != null) {
      query.put("position", List.of(position.path("schema").path("enum").path(0).asText("pre")));
    }
    Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"),
        "Authorization", List.of("Bearer narrow-test-token"));
    CapturedRequest request = new CapturedRequest("POST", so.fullPath(), query, headers, body.toString());
    return SpecRequestValidator.forSpec(ScmContract.API, ScmContract.SPEC.file(so.specFile())).errors(request);
  }

  @Test
  void natDestinationTranslationTakesOneOptionOrNone() {
    SpecOperation so = create("/config/network/v1/nat-rules");
    ObjectNode none = body(so);
    none.remove(List.of("translated_address", "translated_port", "dns_rewrite", "distribution"));
    assertThat(errors(so, none)).isEmpty();

    ObjectNode shared = none.deepCopy().put("translated_address", "10.1.1.1").put("translated_port", 8080);
    assertThat(errors(so, shared)).isEmpty();
    ObjectNode rewrite = shared.deepCopy();
    rewrite.putObject("dns_rewrite").put("direction", "forward");
    assertThat(errors(so, rewrite)).isEmpty();
    assertThat(errors(so, shared.deepCopy().put("distribution", "round-robin"))).isEmpty();

    ObjectNode both = rewrite.deepCopy().put("distribution", "round-robin");
    assertThat(errors(so, both)).isNotEmpty();
  }

  @Test
  void zoneProtectionScanActionIsOneNamedAction() {
    SpecOperation so = create("/config/network/v1/zone-protection-profiles");
    ObjectNode base = body(so);
    ObjectNode blockIp = F.objectNode();
    blockIp.putObject("block_ip").put("track_by", "source").put("duration", 60);
    assertThat(errors(so, withScanAction(base, blockIp))).isEmpty();
    ObjectNode allow = F.objectNode();
    allow.putObject("allow");
    assertThat(errors(so, withScanAction(base, allow))).isEmpty();

    ObjectNode two = allow.deepCopy();
    two.putObject("block");
    assertThat(errors(so, withScanAction(base, two))).isNotEmpty();
    // block_ip's members without the action's name: which action is it?
    assertThat(errors(so, withScanAction(base, (ObjectNode) blockIp.get("block_ip").deepCopy()))).isNotEmpty();
  }

  private static ObjectNode withScanAction(ObjectNode body, ObjectNode action) {
    ObjectNode copy = body.deepCopy();
    ObjectNode entry = copy.path("scan").path(0) instanceof ObjectNode first ? first.deepCopy() : F.objectNode().put("name", "8006");
    entry.set("action", action);
    ArrayNode scan = copy.putArray("scan");
    scan.add(entry);
    return copy;
  }

  @Test
  void securityRuleIsOneRuleType() {
    SpecOperation so = create("/config/security/v1/security-rules");
    ObjectNode rule = body(so);
    assertThat(errors(so, rule)).isEmpty();

    // a member only the security rule type declares beside one only the internet rule type declares
    ObjectNode mixed = rule.deepCopy();
    mixed.putArray("application").add("any");
    mixed.putArray("devices").add("any");
    assertThat(errors(so, mixed)).isNotEmpty();
  }
}
