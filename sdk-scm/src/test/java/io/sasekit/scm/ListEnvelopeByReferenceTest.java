package io.sasekit.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.pagination.Page;
import io.sasekit.scm.models.Position;
import io.sasekit.scm.models.RunningVersions;
import io.sasekit.scm.models.SecurityRule;
import io.sasekit.scm.params.SecurityRuleListParams;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lists whose answer the spec declares by reference to a named envelope component ({@code
 * SecurityRuleListResponse} of the security file, {@code running-config-versions-response} of the
 * operations file: {@code {data: [...], limit, offset, total}}), or with the envelope's {@code
 * data} declared as one object (application groups), are pages like every other list:
 * {@code list} returns a {@code Page}, {@code listAll} pages through them and {@code getByName}
 * finds a rule by its exact name. Answers are the declared envelope; the running versions are
 * checked against the file, the rules are served unchecked (the plain validator reads the rule's
 * container {@code oneOf} as requiring all three of folder, snippet and device), the requests are
 * checked against the file.
 */
class ListEnvelopeByReferenceTest {
  private static final String SECURITY = "scm/config/sase/security/security-services.yaml";
  private static final String OPERATIONS = "scm/config/sase/operations/config-operations-march.yaml";
  private static final String RULES = "/config/security/v1/security-rules";

  private final SpecCheckedWireMock wire = new SpecCheckedWireMock(); // one per test (one instance per test)
  private final ScmClient client = wire.client(b -> {});

  @AfterEach
  void stop() {
    client.close();
    wire.close();
  }

  private static String rule(int i) {
    return "{\"id\":\"2b6f1c9e-8d4a-4f3b-a1c2-5e7d9f0b3a1" + i + "\",\"name\":\"block-" + i + "\",\"folder\":\"Shared\","
        + "\"from\":[\"any\"],\"to\":[\"any\"],\"source\":[\"any\"],\"destination\":[\"any\"],"
        + "\"source_user\":[\"any\"],\"category\":[\"any\"],\"application\":[\"any\"],\"service\":[\"any\"],"
        + "\"action\":\"deny\"}";
  }

  private static String page(int offset, int limit, int total, int... items) {
    return "{\"data\":[" + IntStream.of(items).mapToObj(ListEnvelopeByReferenceTest::rule).collect(Collectors.joining(","))
        + "],\"limit\":" + limit + ",\"offset\":" + offset + ",\"total\":" + total + "}";
  }

  @Test
  void securityRulesListIsAPageAndListAllReadsEveryPage() {
    wire.answerInTurnUnchecked("GET", RULES, 200, List.of(page(0, 2, 3, 1, 2), page(2, 2, 3, 3)));
    Container shared = Container.folder("Shared");
    List<String> names = client.securityRules()
        .listAll(shared, Position.PRE, SecurityRuleListParams.builder().limit(2).build())
        .stream().map(r -> r.name().orElse(null)).toList();
    assertThat(names).containsExactly("block-1", "block-2", "block-3");
    List<LoggedRequest> sent = wire.requests();
    assertThat(sent).extracting(r -> r.queryParameter("offset").firstValue()).containsExactly("0", "2");
    sent.forEach(r -> SpecCheckedWireMock.assertValid(SECURITY, r));
  }

  @Test
  void securityRuleByExactName() {
    wire.answerUnchecked("GET", RULES, 200, page(0, 200, 2, 1, 2));
    Container shared = Container.folder("Shared");
    SecurityRule found = client.securityRules().getByName(shared, Position.PRE, "block-2");
    assertThat(found.id()).contains("2b6f1c9e-8d4a-4f3b-a1c2-5e7d9f0b3a12");
    Page<SecurityRule> page = client.securityRules().list(shared, Position.PRE);
    assertThat(page.total()).hasValue(2);
    assertThatThrownBy(() -> client.securityRules().getByName(shared, Position.PRE, "block"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("block");
    LoggedRequest first = wire.requests().get(0);
    assertThat(Map.of("name", first.queryParameter("name").firstValue(), "position", first.queryParameter("position").firstValue()))
        .isEqualTo(Map.of("name", "block-2", "position", "pre"));
    wire.requests().forEach(r -> SpecCheckedWireMock.assertValid(SECURITY, r));
  }

  /**
   * The objects file declares the application-groups envelope's {@code data} as one object; the
   * service answers an array, as the Prisma Access file of the same endpoint declares it (spec
   * repair {@code envelope-data-one-object}). Both read as a page.
   */
  @Test
  void applicationGroupsListReadsTheArrayTheServiceSendsAndTheDeclaredObject() {
    String path = "/config/objects/v1/application-groups";
    String group = "{\"id\":\"123e4567-e89b-12d3-a456-426655440000\",\"name\":\"web-apps\",\"members\":[\"ssl\"],\"folder\":\"Shared\"}";
    Container shared = Container.folder("Shared");
    wire.answerUnchecked("GET", path, 200, "{\"data\":[" + group + "],\"limit\":200,\"offset\":0,\"total\":1}");
    assertThat(client.applicationGroups().listAll(shared).stream().map(g -> g.name()).toList()).containsExactly("web-apps");
    assertThat(client.applicationGroups().getByName(shared, "web-apps").members()).containsExactly("ssl");
    wire.answer("scm/config/sase/objects/objects-june.yaml", "GET", path, 200,
        "{\"data\":" + group + ",\"limit\":200,\"offset\":0,\"total\":1}");
    assertThat(client.applicationGroups().list(shared).data()).singleElement()
        .satisfies(g -> assertThat(g.name()).isEqualTo("web-apps"));
  }

  @Test
  void runningConfigVersionsArePages() {
    wire.answer(OPERATIONS, "GET", "/config/operations/v1/config-versions/running", 200,
        "{\"data\":[{\"device\":\"Mobile Users\",\"version\":7,\"date\":\"2026-12-01T10:00:00Z\"},"
            + "{\"device\":\"007951000388704\",\"version\":3,\"date\":\"2026-12-01T11:00:00Z\"}],"
            + "\"offset\":0,\"limit\":200,\"total\":2}");
    Page<RunningVersions> running = client.configVersions().getRunning();
    assertThat(running.data()).extracting(RunningVersions::device).containsExactly("Mobile Users", "007951000388704");
    assertThat(running.total()).hasValue(2);
  }
}
