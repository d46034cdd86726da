package io.sasekit.scm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.scm.Container;
import io.sasekit.scm.models.Device;
import io.sasekit.scm.models.DevicesPut;
import io.sasekit.scm.models.Folder;
import io.sasekit.scm.models.Label;
import io.sasekit.scm.models.Snippet;
import io.sasekit.scm.models.Variable;
import io.sasekit.scm.params.DeviceListParams;
import io.sasekit.scm.params.FolderListParams;
import io.sasekit.scm.params.LabelListParams;
import io.sasekit.scm.params.SnippetListParams;
import io.sasekit.scm.params.VariableCreateParams;
import io.sasekit.scm.params.VariableListParams;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Setup CRUD through the typed services of {@link ScmClient}: {@code folders()}, {@code
 * snippets()}, {@code labels()}, {@code variables()}, {@code devices()}, every operation the setup
 * file declares on their paths (the count is read from the file). Answers are the declared status,
 * with a body only where one is declared, checked against the file before they are served; every
 * request is validated against the file.
 */
class SetupCrudTest {
  private static final String SETUP = "scm/config/sase/setup/config-setup-feb-v1.yaml";
  private static final String BASE = "/config/setup/v1";
  private static final String ID = "2b6f1c9e-8d4a-4f3b-a1c2-5e7d9f0b3a11";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CALLED = new TreeSet<>();

  private SpecCheckedWireMock wire;
  private ScmClient client;

  @BeforeEach
  void start() {
    wire = new SpecCheckedWireMock();
    client = wire.client(b -> {});
  }

  @AfterEach
  void stop() {
    wire.requests().forEach(r -> {
      SpecCheckedWireMock.assertValid(SETUP, r);
      CALLED.add(r.getMethod() + " " + r.getUrl().replaceAll("\\?.*", "").replace(ID, "{id}"));
    });
    client.close();
    wire.close();
  }

  /** Runs last in the class: every declared operation on the five resources' paths was called. */
  @AfterAll
  static void everyDeclaredOperationWasCalled() {
    Set<String> declared = new TreeSet<>();
    Iterator<java.util.Map.Entry<String, JsonNode>> paths = ScmSpecFiles.document(SETUP).get("paths").fields();
    while (paths.hasNext()) {
      var p = paths.next();
      if (p.getKey().matches("/(folders|snippets|labels|variables|devices)(/\\{id\\})?")) {
        p.getValue().fieldNames().forEachRemaining(m -> {
          if (Set.of("get", "put", "post", "delete", "patch").contains(m)) {
            declared.add(m.toUpperCase(Locale.ROOT) + " " + BASE + p.getKey());
          }
        });
      }
    }
    assertThat(CALLED).isEqualTo(declared);
  }

  private static String page(String item) {
    return "{\"data\":[" + item + "],\"limit\":200,\"offset\":0,\"total\":1}";
  }

  /**
   * The declared answers of a collection: list (200, one-item page), get and update (200, the item)
   * and, when {@code createsAndDeletes}, create (201, the item) and delete (200, no body).
   */
  private void stubCrud(String collection, String item, boolean createsAndDeletes) {
    String path = BASE + "/" + collection;
    wire.answer(SETUP, "GET", path, 200, page(item));
    wire.answer(SETUP, "GET", path + "/" + ID, 200, item);
    wire.answer(SETUP, "PUT", path + "/" + ID, 200, item);
    if (createsAndDeletes) {
      wire.answer(SETUP, "POST", path, 201, item);
      wire.answer(SETUP, "DELETE", path + "/" + ID, 200, null);
    }
  }

  private LoggedRequest last() {
    return wire.requests().get(wire.requests().size() - 1);
  }

  private JsonNode lastBody() throws Exception {
    return JSON.readTree(last().getBodyAsString());
  }

  @Test
  void folders() throws Exception {
    String texas = "{\"id\":\"" + ID + "\",\"name\":\"Texas\",\"parent\":\"All\",\"description\":\"branch sites\",\"labels\":[\"prod\"]}";
    stubCrud("folders", texas, true);

    Folder created = client.folders().create(Folder.builder().name("Texas").parent("All").description("branch sites").build());
    assertThat(created.id()).contains(ID);
    assertThat(lastBody().has("id")).as("readOnly id is not sent").isFalse();
    assertThat(client.folders().get(ID).parent()).isEqualTo("All");
    assertThat(client.folders().update(ID, created.toBuilder().description("branch sites").build()).name()).isEqualTo("Texas");
    assertThat(client.folders().list(FolderListParams.builder().name("Texas").build()).data())
        .extracting(Folder::name).containsExactly("Texas");
    assertThat(last().queryParameter("name").firstValue()).isEqualTo("Texas");
    assertThat(client.folders().getByName("Texas").id()).contains(ID);
    assertThatThrownBy(() -> client.folders().getByName("Tex")).isInstanceOf(NotFoundException.class); // exact names only
    client.folders().delete(ID);
    assertThat(last().getMethod().getName()).isEqualTo("DELETE");
  }

  @Test
  void snippets() throws Exception {
    String baseline = "{\"id\":\"" + ID + "\",\"name\":\"baseline\",\"description\":\"shared objects\",\"type\":\"custom\",\"labels\":[]}";
    stubCrud("snippets", baseline, true);

    Snippet created = client.snippets().create(Snippet.builder().name("baseline").description("shared objects").build());
    assertThat(created.id()).contains(ID);
    assertThat(client.snippets().get(ID).name()).isEqualTo("baseline");
    client.snippets().update(ID, created);
    assertThat(lastBody().has("type")).as("readOnly type is not sent").isFalse();
    assertThat(client.snippets().list(SnippetListParams.none()).data()).hasSize(1);
    assertThat(client.snippets().getByName("baseline").id()).contains(ID);
    client.snippets().delete(ID);
  }

  @Test
  void labels() throws Exception {
    String prod = "{\"id\":\"" + ID + "\",\"name\":\"prod\",\"description\":\"production\"}";
    stubCrud("labels", prod, true);

    Label created = client.labels().create(Label.builder().name("prod").description("production").build());
    assertThat(lastBody().get("name").asText()).isEqualTo("prod");
    assertThat(client.labels().get(ID).description()).contains("production");
    client.labels().update(ID, created);
    assertThat(client.labels().list(LabelListParams.none()).data()).extracting(Label::name).containsExactly("prod");
    assertThat(client.labels().getByName("prod").id()).contains(ID);
    client.labels().delete(ID);
  }

  @Test
  void variables() throws Exception {
    // value is a oneOf of a string and an object; the validator reads its string branch as an object
    // (a validator defect), so the answers use the object form: both are the file's
    String bw = "{\"id\":\"" + ID + "\",\"name\":\"$edge-bw\",\"type\":\"egress-max\",\"value\":{\"Texas\":\"100\"},\"folder\":\"Texas\"}";
    stubCrud("variables", bw, true);

    Variable draft = JsonMapper.shared().readValue(
        "{\"name\":\"$edge-bw\",\"type\":\"egress-max\",\"value\":{\"Texas\":\"100\"},\"folder\":\"Texas\"}", Variable.class);
    Variable created = client.variables().create(draft, VariableCreateParams.builder().folder("Texas").build());
    assertThat(created.id()).contains(ID);
    assertThat(last().queryParameter("folder").firstValue()).isEqualTo("Texas");
    assertThat(lastBody().at("/value/Texas").asText()).isEqualTo("100");
    assertThat(client.variables().get(ID).name()).isEqualTo("$edge-bw");
    client.variables().update(ID, created);
    assertThat(client.variables().list(VariableListParams.builder().folder("Texas").build()).data()).hasSize(1);
    assertThat(client.variables().getByName(Container.folder("Texas"), "$edge-bw").id()).contains(ID);
    client.variables().delete(ID);
  }

  @Test
  void devices() throws Exception {
    String fw = "{\"id\":\"" + ID + "\",\"name\":\"007951000388704\",\"display_name\":\"edge-1\",\"folder\":\"Texas\",\"labels\":[\"prod\"]}";
    stubCrud("devices", fw, false); // devices are onboarded, not created or deleted here

    assertThat(client.devices().list(DeviceListParams.none()).data()).extracting(Device::name)
        .containsExactly("007951000388704");
    assertThat(JsonMapper.shared().valueToTree(client.devices().get(ID)).get("folder").asText()).isEqualTo("Texas");
    DevicesPut move = JsonMapper.shared().readValue("{\"folder\":\"Texas\",\"labels\":[\"prod\"]}", DevicesPut.class);
    assertThat(client.devices().update(ID, move).id()).contains(ID);
    assertThat(lastBody().get("folder").asText()).isEqualTo("Texas");
    assertThat(client.devices().getByName("007951000388704").id()).contains(ID);
  }
}
