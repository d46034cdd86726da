package io.sasekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RuleMoveTest {
  private static final String RULES = "/sse/config/v1/security-rules";

  @RegisterExtension
  static final SimulatorExtension sim = SimulatorExtension.create(b -> b.registry(TestRegistries.prismaAccess()));
  private Http api;
  private final List<String> ids = new ArrayList<>();

  @BeforeEach
  void rules() {
    api = Http.api(sim);
    for (String name : List.of("r1", "r2", "r3", "r4")) {
      ids.add(createRule(name, "pre").get("id").asText());
    }
  }

  private JsonNode createRule(String name, String position) {
    Http.Reply r = api.post(RULES + "?folder=Shared&position=" + position, rule(name));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  static String rule(String name) {
    return "{\"name\":\"" + name + "\",\"action\":\"deny\",\"from\":[\"any\"],\"to\":[\"any\"],"
        + "\"source\":[\"any\"],\"source_user\":[\"any\"],\"destination\":[\"any\"],"
        + "\"application\":[\"any\"],\"service\":[\"any\"],\"category\":[\"any\"]}";
  }

  private List<String> order(String position) {
    JsonNode list = api.get(RULES + "?folder=Shared&position=" + position).json();
    return CrudLifecycleTest.names(list);
  }

  private Http.Reply move(String id, String body) {
    return api.post(RULES + "/" + id + ":move?folder=Shared", body);
  }

  @Test
  void newRulesGoToTheBottom() {
    assertThat(order("pre")).containsExactly("r1", "r2", "r3", "r4");
  }

  @Test
  void moveToTop() {
    assertThat(move(ids.get(2), "{\"destination\":\"top\",\"rulebase\":\"pre\"}").status()).isEqualTo(200);
    assertThat(order("pre")).containsExactly("r3", "r1", "r2", "r4");
  }

  @Test
  void moveToBottom() {
    move(ids.get(0), "{\"destination\":\"bottom\",\"rulebase\":\"pre\"}");
    assertThat(order("pre")).containsExactly("r2", "r3", "r4", "r1");
  }

  @Test
  void moveBeforeAndAfter() {
    move(ids.get(3), "{\"destination\":\"before\",\"rulebase\":\"pre\",\"destination_rule\":\"" + ids.get(1) + "\"}");
    assertThat(order("pre")).containsExactly("r1", "r4", "r2", "r3");

    move(ids.get(0), "{\"destination\":\"after\",\"rulebase\":\"pre\",\"destination_rule\":\"" + ids.get(2) + "\"}");
    assertThat(order("pre")).containsExactly("r4", "r2", "r3", "r1");
  }

  @Test
  void preAndPostAreSeparateRulebases() {
    createRule("p1", "post");
    createRule("p2", "post");
    String p3 = createRule("p3", "post").get("id").asText();

    move(p3, "{\"destination\":\"top\",\"rulebase\":\"post\"}");

    assertThat(order("post")).containsExactly("p3", "p1", "p2");
    assertThat(order("pre")).containsExactly("r1", "r2", "r3", "r4");
  }

  @Test
  void beforeNeedsADestinationRule() {
    Http.Reply r = move(ids.get(0), "{\"destination\":\"before\",\"rulebase\":\"pre\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/_errors/0/message").asText()).contains("destination_rule");
  }

  @Test
  void anchorMustBeInTheSameRulebase() {
    String post = createRule("p1", "post").get("id").asText();
    Http.Reply r = move(ids.get(0), "{\"destination\":\"after\",\"rulebase\":\"pre\",\"destination_rule\":\"" + post + "\"}");
    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void unknownRuleIs404() {
    assertThat(move("00000000-0000-0000-0000-000000000000", "{\"destination\":\"top\",\"rulebase\":\"pre\"}").status())
        .isEqualTo(404);
  }

  @Test
  void badDestinationIsCaughtByValidation() {
    Http.Reply r = move(ids.get(0), "{\"destination\":\"middle\",\"rulebase\":\"pre\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().at("/_errors/0/code").asText()).isEqualTo("E003");
    assertThat(r.json().at("/_errors/0/message").asText()).contains("body.destination");
  }

  @Test
  void movedOrderIsWhatAPushMakesRunning() {
    move(ids.get(3), "{\"destination\":\"top\",\"rulebase\":\"pre\"}");
    sim.jobs().instant();
    api.post("/sse/config/v1/config-versions/candidate:push", "{\"folders\":[\"Mobile Users\"]}");

    List<String> running = new ArrayList<>();
    sim.config().running("securityRule", "Shared").forEach(n -> running.add(n.get("name").asText()));
    assertThat(running).containsExactly("r4", "r1", "r2", "r3");
  }
}
