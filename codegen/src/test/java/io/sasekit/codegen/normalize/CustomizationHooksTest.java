package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaParam;
import io.sasekit.codegen.model.JavaService;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.ParamLocation;
import io.sasekit.codegen.model.Parameter;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.model.TypeRef;
import org.junit.jupiter.api.Test;

/**
 * The customization keys that add what a spec lacks ({@code responseOverrides},
 * {@code extraParameters}) and shape the clients ({@code clientExtends}, {@code asyncClientExtends}).
 */
class CustomizationHooksTest {
  private final ApiModel hooks = Fragments.hooks();

  private static final String BASE =
      "\"modelNames\": {\"objects-things\": \"Thing\"}, \"plainStringParameters\": [\"folder\"], \"parameterOrder\": [\"folder\"]";
  private static final String FOLDER =
      "{\"name\": \"folder\", \"in\": \"query\", \"schema\": {\"type\": \"string\"}}";

  private static ApiModel objectsWith(String extraJson) {
    return Fragments.normalize("test", Fragments.parse("objects.yaml"), Fragments.objectsTable(),
        Customization.parse("{" + BASE + ", " + extraJson + "}"));
  }

  @Test
  void responseOverride_inlineSchemaBecomesANamedModelAndTheReturnType() {
    Operation delete = hooks.operation("thing", "delete");
    assertThat(delete.responseShape).isEqualTo(ResponseShape.OBJECT);
    assertThat(delete.responseSchema.ref).isEqualTo("JobSubmission");
    assertThat(hooks.schemas).containsKey("JobSubmission");
    assertThat(Fragments.plan(hooks).models().get("JobSubmission").fields()).extracting(JavaField::jsonName)
        .containsExactly("success", "job_id", "message");
    assertThat(Fragments.plan(hooks).models().get("JobSubmission").fields()).noneMatch(JavaField::required);
    assertThat(Fragments.plan(hooks).models().get("JobSubmission").fields()).extracting(JavaField::javaName)
        .containsExactly("success", "jobId", "message");
    assertThat(Fragments.plan(hooks).methods().get("thing.delete").returnType()).isEqualTo(TypeRef.model("JobSubmission"));
    assertThat(hooks.notes(ResponseOverrides.RULE)).singleElement()
        .satisfies(n -> assertThat(n.toString()).contains("thing.delete").contains("shape object, JobSubmission"));
  }

  @Test
  void responseOverride_referenceMayPrecedeTheNamedSchema() {
    ApiModel rules = Fragments.normalize("test", Fragments.parse("rules.yaml"), Fragments.rulesTable(),
        Customization.parse("{\"modelNames\": {\"rule-based-move\": \"RuleMove\", \"rules\": \"Rule\"},"
            + " \"responseOverrides\": {"
            + "  \"rule.update\": {\"shape\": \"object\", \"schema\": {\"$ref\": \"JobSubmission\"}},"
            + "  \"rule.move\": {\"shape\": \"object\", \"modelName\": \"JobSubmission\","
            + "    \"schema\": {\"type\": \"object\", \"properties\": {\"job_id\": {\"type\": \"string\"}}}}}}"));
    assertThat(Fragments.plan(rules).methods().get("rule.update").returnType()).isEqualTo(TypeRef.model("JobSubmission"));
    assertThat(Fragments.plan(rules).methods().get("rule.move").returnType()).isEqualTo(TypeRef.model("JobSubmission"));
    assertThat(rules.notes(ResponseOverrides.RULE)).hasSize(2);
  }

  @Test
  void responseOverride_staleOrWrongEntriesFailTheBuild() {
    String job = "\"schema\": {\"type\": \"object\", \"properties\": {\"job_id\": {\"type\": \"string\"}}}";
    assertThatThrownBy(() -> objectsWith("\"responseOverrides\": {\"thing.list\": {\"shape\": \"object\", " + job + "}}"))
        .hasMessageContaining("thing.list").hasMessageContaining("now declares");
    assertThatThrownBy(() -> objectsWith("\"responseOverrides\": {\"thing.nothing\": {\"shape\": \"object\", " + job + "}}"))
        .hasMessageContaining("thing.nothing");
    assertThatThrownBy(() -> objectsWith("\"responseOverrides\": {\"thing.delete\": {\"shape\": \"object\", \"schema\": {\"$ref\": \"Nope\"}}}"))
        .hasMessageContaining("no schema named Nope");
    assertThatThrownBy(() -> objectsWith("\"responseOverrides\": {\"thing.delete\": {\"shape\": \"object\", \"modelName\": \"Thing\", " + job + "}}"))
        .hasMessageContaining("Thing already exists");
    assertThatThrownBy(() -> objectsWith("\"responseOverrides\": {\"thing.delete\": {\"shape\": \"blob\", " + job + "}}"))
        .hasMessageContaining("unknown shape blob");
    assertThatThrownBy(() -> objectsWith("\"responseOverrides\": {\"thing.delete\": {\"shape\": \"object\", \"schema\": {\"typ\": \"object\"}}}"))
        .hasMessageContaining("unknown schema key typ");
    assertThatThrownBy(() -> Customization.parse("{\"responseOverrides\": {\"thing.delete\": {\"shape\": \"object\", \"model\": \"X\"}}}"))
        .hasMessageContaining("model");
  }

  @Test
  void extraParameters_wildcardAddsFolderToGetByIdWhenTheListTakesIt() {
    Operation get = hooks.operation("thing", "get");
    Parameter folder = get.parameter("folder");
    assertThat(folder).isNotNull();
    assertThat(folder.in).isEqualTo(ParamLocation.QUERY);
    assertThat(folder.required).isFalse();
    assertThat(folder.schema.pattern).isEqualTo("^[0-9a-zA-Z._\\-\\s]{1,}$");
    assertThat(hooks.operation("thing", "delete").parameter("folder")).isNull(); // not a get
    JavaMethod m = Fragments.plan(hooks).methods().get("thing.get");
    assertThat(m.positional()).extracting(JavaParam::javaName).containsExactly("id");
    assertThat(m.optional()).extracting(JavaParam::wireName).containsExactly("folder");
    assertThat(m.paramsClassName()).isEqualTo("ThingGetParams");
    assertThat(hooks.notes(ExtraParameters.RULE)).singleElement()
        .satisfies(n -> assertThat(n.where()).isEqualTo("thing.get(folder)"));
  }

  @Test
  void extraParameters_explicitOperation() {
    ApiModel m = objectsWith("\"extraParameters\": {\"thing.delete\": [{\"name\": \"force\", \"in\": \"query\", \"schema\": {\"type\": \"boolean\"}}]}");
    assertThat(m.operation("thing", "delete").parameter("force").schema.type).isEqualTo("boolean");
    assertThat(Fragments.plan(m).methods().get("thing.delete").optional()).extracting(JavaParam::type).containsExactly(TypeRef.BOOLEAN);
  }

  @Test
  void extraParameters_staleOrWrongEntriesFailTheBuild() {
    assertThatThrownBy(() -> objectsWith("\"extraParameters\": {\"thing.list\": [" + FOLDER + "]}"))
        .hasMessageContaining("thing.list").hasMessageContaining("now declares folder");
    assertThatThrownBy(() -> objectsWith("\"extraParameters\": {\"*.get\": [{\"name\": \"position\", \"in\": \"query\", \"schema\": {\"type\": \"string\"}}]}"))
        .hasMessageContaining("*.get").hasMessageContaining("to no operation");
    assertThatThrownBy(() -> objectsWith("\"extraParameters\": {\"*.fetch\": [" + FOLDER + "]}"))
        .hasMessageContaining("to no operation");
    assertThatThrownBy(() -> objectsWith("\"extraParameters\": {\"thing.get\": [{\"name\": \"x\", \"in\": \"path\", \"schema\": {\"type\": \"string\"}}]}"))
        .hasMessageContaining("query or header");
    assertThatThrownBy(() -> objectsWith("\"extraParameters\": {\"thing.nothing\": [" + FOLDER + "]}"))
        .hasMessageContaining("thing.nothing");
  }

  @Test
  void clientExtends_recordedAndChecked() {
    assertThat(Fragments.plan(hooks).clientExtends()).containsExactly("com.example.Workflows");
    assertThat(Fragments.plan(hooks).asyncClientExtends()).containsExactly("com.example.WorkflowsAsync");
    assertThatThrownBy(() -> Fragments.plan(objectsWith("\"clientExtends\": [\"Workflows\"]")))
        .hasMessageContaining("clientExtends").hasMessageContaining("Workflows");
    assertThatThrownBy(() -> Fragments.plan(objectsWith("\"accessorNames\": {\"thing\": \"executor\"}")))
        .hasMessageContaining("executor");
  }

  @Test
  void serviceNames_renameTheServiceAndEveryDefaultNameIsChecked() {
    JavaService renamed = Fragments.plan(objectsWith("\"serviceNames\": {\"thing\": \"ThingObjectService\"}")).services().get("thing");
    assertThat(renamed.serviceName()).isEqualTo("ThingObjectService");
    assertThat(renamed.stem()).isEqualTo("ThingObject");
    assertThat(renamed.accessorName()).isEqualTo("things");
    assertThatThrownBy(() -> Fragments.plan(objectsWith("\"serviceNames\": {\"thing\": \"ThingThingService\"}")))
        .hasMessageContaining("resource thing").hasMessageContaining("repeats the word Thing")
        .hasMessageContaining("serviceNames");
    assertThatThrownBy(() -> Fragments.plan(objectsWith(
            "\"serviceNames\": {\"thing\": \"ThingsOfTheVeryLongAndWordyKindService\"}")))
        .hasMessageContaining("ThingsOfTheVeryLongAndWordyKindServiceAsync has 43 characters");
    assertThatThrownBy(() -> Fragments.plan(objectsWith("\"serviceNames\": {\"thing\": \"ThingApi\"}")))
        .hasMessageContaining("not a Java type name ending in Service");
    assertThatThrownBy(() -> Fragments.plan(objectsWith("\"serviceNames\": {\"nothing\": \"NothingService\"}")))
        .hasMessageContaining("serviceNames: no resource nothing");
  }
}
