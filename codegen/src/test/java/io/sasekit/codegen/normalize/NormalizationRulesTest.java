package io.sasekit.codegen.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.JavaParam;
import io.sasekit.codegen.model.JavaService;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.model.Schema;
import io.sasekit.codegen.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One golden test per normalization rule, on the hand-made fragments. */
class NormalizationRulesTest {
  private final ApiModel objects = Fragments.objects();
  private final ApiModel rules = Fragments.rules();

  @Test
  void sharedComponentDedupe_identicalSchemasAcrossFilesBecomeOneType() {
    ApiModel both =
        Fragments.normalize("test", Fragments.parse("objects.yaml", "rules.yaml"),
            Fragments.table(
                "objects.yaml GET /things thing list", "objects.yaml POST /things thing create",
                "objects.yaml GET /things/{id} thing get", "objects.yaml DELETE /things/{id} thing delete",
                "rules.yaml POST /rules rule create", "rules.yaml POST /rules/{id}:move rule move",
                "rules.yaml PUT /rules/{id} rule update", "rules.yaml GET /profiles profile list",
                "rules.yaml POST /profiles:import profile import"),
            Customization.parse("{\"modelNames\": {\"objects-things\": \"Thing\", \"rules\": \"Rule\"}}"));
    assertThat(both.schemas.keySet()).containsOnlyOnce("GenericError");
    assertThat(both.notes(SharedComponents.RULE)).anySatisfy(n -> assertThat(n.detail()).contains("2 identical copies merged into GenericError"));
  }

  @Test
  void componentAlias_arrayComponentsAreInlined() {
    Schema error = objects.schemas.get("GenericError");
    assertThat(objects.schemas).doesNotContainKey("Causes");
    assertThat(error.properties.get("_errors").type).isEqualTo("array");
    assertThat(error.properties.get("_errors").items.javaName).isEqualTo("GenericErrorErrors");
  }

  @Test
  void listEnvelope_andPagingParamsAsInteger() {
    Operation list = objects.operation("thing", "list");
    assertThat(list.responseShape).isEqualTo(ResponseShape.LIST);
    assertThat(list.responseSchema.ref).isEqualTo("Thing");
    assertThat(list.parameter("limit").schema.type).isEqualTo("integer");
    assertThat(list.parameter("offset").schema.type).isEqualTo("integer");
    assertThat(objects.notes(PagingParamsAsInteger.RULE)).hasSize(2);
    assertThat(Fragments.plan(objects).methods().get("thing.list").autoPagerName()).isEqualTo("listAll");
  }

  @Test
  void listEnvelope_declaredByReferenceOrWithDataAsOneObject() {
    ApiModel model = Fragments.normalize("test", Fragments.parse("ref-envelope.yaml"),
        Fragments.table("ref-envelope.yaml GET /rules rule list", "ref-envelope.yaml GET /groups group list",
            "ref-envelope.yaml GET /jobs/{id} job get"),
        Customization.parse("{\"modelNames\": {\"rules\": \"Rule\", \"jobs-response\": \"JobResponse\"}}"));
    Operation list = model.operation("rule", "list");
    assertThat(list.responseShape).isEqualTo(ResponseShape.LIST);
    assertThat(list.responseSchema.ref).isEqualTo("Rule");
    assertThat(list.paging).isNotNull();
    assertThat(Fragments.plan(model).methods().get("rule.list").autoPagerName()).isEqualTo("listAll");
    Operation groups = model.operation("group", "list");
    assertThat(groups.responseShape).as("data declared as one object").isEqualTo(ResponseShape.LIST);
    assertThat(groups.responseSchema.ref).isEqualTo("Rule");
    assertThat(model.notes(ResponseShapes.DATA_OBJECT)).singleElement()
        .satisfies(n -> assertThat(n.where()).contains("group.list"));
    Operation job = model.operation("job", "get");
    assertThat(job.responseShape).as("a data array alone is not the list envelope").isEqualTo(ResponseShape.OBJECT);
    assertThat(job.responseSchema.ref).isEqualTo("JobResponse");
  }

  @Test
  void getByIdArrayAsSingle() {
    Operation get = objects.operation("thing", "get");
    assertThat(get.responseShape).isEqualTo(ResponseShape.SINGLE);
    assertThat(get.responseSchema.ref).isEqualTo("Thing");
    assertThat(objects.notes(ResponseShapes.GET_BY_ID)).hasSize(1);
  }

  @Test
  void writeAnswersWithObject_createWithoutBodyReturnsTheModel() {
    Operation create = objects.operation("thing", "create");
    assertThat(create.responseShape).isEqualTo(ResponseShape.OBJECT);
    assertThat(create.responseSchema.ref).isEqualTo("Thing");
    assertThat(create.bodyRequired).isTrue();
    assertThat(objects.operation("thing", "delete").responseShape).isEqualTo(ResponseShape.NONE);
  }

  @Test
  void folderEnumBecomesPlainString_patternTranslated() {
    Schema folder = objects.operation("thing", "list").parameter("folder").schema;
    assertThat(folder.enumValues).isEmpty();
    assertThat(folder.pattern).isEqualTo("^[0-9a-zA-Z._\\-\\s]{1,}$");
    assertThat(Fragments.plan(objects).methods().get("thing.list").positional().get(0).type()).isEqualTo(TypeRef.STRING);
    assertThat(objects.notes(PlainStringParameters.RULE)).hasSize(2);
  }

  @Test
  void oneOfOptionRequiredKey_andPropertiesBesideOneOfAreShared() {
    Schema thing = objects.schemas.get("Thing");
    assertThat(thing.required).containsExactly("name");
    assertThat(thing.oneOf).hasSize(3);
    assertThat(thing.oneOf.get(0).required).containsExactly("ip_netmask");
    assertThat(thing.oneOf.get(1).required).containsExactly("fqdn");
    assertThat(thing.oneOf.get(2).required).containsExactly("protocol");
    JavaModel model = Fragments.plan(objects).models().get("Thing");
    assertThat(model.fields()).extracting(JavaField::jsonName)
        .containsExactly("id", "name", "tag", "password", "default", "3d-mode", "ip_netmask", "fqdn", "protocol");
    assertThat(model.fields()).filteredOn(JavaField::required).extracting(JavaField::jsonName).containsExactly("name");
  }

  @Test
  void inlineTypesAreNamedFromContext() {
    assertThat(Fragments.plan(objects).models()).containsKeys("Thing.Protocol", "Thing.Protocol.Tcp");
    assertThat(Fragments.plan(objects).enums()).containsKey("Thing.T3dMode");
    assertThat(Fragments.plan(objects).enums().get("Thing.T3dMode").constants()).extracting(c -> c.javaName())
        .containsExactly("FAST", "SLOW", "_3DES");
    assertThat(Fragments.plan(rules).models()).containsKey("ImportRequest");
  }

  @Test
  void namingOfMembers_keywordsDigitsSecrets() {
    JavaModel model = Fragments.plan(objects).models().get("Thing");
    assertThat(model.fields()).extracting(JavaField::javaName)
        .containsExactly("id", "name", "tag", "password", "defaultValue", "_3dMode", "ipNetmask", "fqdn", "protocol");
    assertThat(field(model, "password").secret()).isTrue();
    assertThat(field(model, "name").secret()).isFalse();
    assertThat(field(model, "id").readOnly()).isTrue();
    assertThat(field(model, "tag").singularName()).isEqualTo("tag");
  }

  @Test
  void undefinedRequiredDropped() {
    Schema rule = rules.schemas.get("Rule");
    assertThat(rule.required).containsExactlyInAnyOrder("name");
    assertThat(rules.notes(UndefinedRequiredDropped.RULE)).singleElement()
        .satisfies(n -> assertThat(n.detail()).contains("[target]"));
  }

  @Test
  void readOnlyIsNotRequiredInRequests() {
    Schema logType = rules.schemas.get("Rule").properties.get("log_type");
    assertThat(logType.readOnly).isTrue();
    assertThat(rules.schemas.get("Rule").required).doesNotContain("log_type");
    assertThat(rules.notes(ReadOnlyNotRequiredInRequests.RULE)).singleElement()
        .satisfies(n -> assertThat(n.detail()).contains("answers only"));
  }

  @Test
  void ecmaRegexToJava_atSignAndPosixClassesTranslatedAndCompiled() {
    String p = rules.schemas.get("Rule").properties.get("peer_id").pattern;
    assertThat(p).isEqualTo("^(.+@[a-z.-]+)$|^(([0-9A-Fa-f][0-9A-Fa-f])+)$");
    assertThat(Pattern.compile(p).matcher("0a1B").matches()).isTrue();
    assertThat(Pattern.compile(p).matcher("user@example.com").matches()).isTrue();
  }

  @Test
  void ecmaRegexToJava_untranslatablePatternFailsTheBuild() {
    assertThatThrownBy(() -> Fragments.normalize("test", Fragments.parse("bad-pattern.yaml"),
            Fragments.table("bad-pattern.yaml GET /bad bad get"), new Customization()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("^(unclosed$")
        .hasMessageContaining("bad.get(q)");
  }

  @Test
  void allOfMerged_refAndInlinePart() {
    Schema base = rules.schemas.get("Rule").properties.get("base");
    assertThat(base.isRef()).isFalse();
    assertThat(base.properties).containsKeys("destination", "extra");
    assertThat(base.required).containsExactly("destination");
    assertThat(rules.notes(AllOfMerge.RULE)).isNotEmpty();
  }

  @Test
  void anyOfBecomesALenientMergedObject() {
    Schema item = rules.schemas.get("Rule").properties.get("app_config").items;
    assertThat(item.properties).containsKeys("connect", "mtu");
    assertThat(item.oneOf).isEmpty();
    assertThat(rules.notes("AnyOfAsMergedObject")).hasSize(1);
  }

  @Test
  void containerParamsExactlyOneOf() {
    Operation list = rules.operation("profile", "list");
    assertThat(list.exactlyOneOf).containsExactly("folder", "snippet", "device");
    assertThat(list.parameters).noneMatch(p -> p.required);
    assertThat(Fragments.plan(rules).methods().get("profile.list").optional()).extracting(JavaParam::wireName)
        .containsExactly("folder", "snippet", "device");
  }

  @Test
  void wronglyRequiredParameterMadeOptional() {
    Operation imp = rules.operation("profile", "import");
    assertThat(imp.parameter("position").required).isFalse();
    assertThat(rules.notes(OptionalParameters.RULE)).hasSize(1);
  }

  @Test
  void enumPropertyAsPlainString() {
    var folders = Fragments.plan(rules).models().get("ImportRequest").fields().get(0);
    assertThat(folders.jsonName()).isEqualTo("folders");
    assertThat(folders.type()).isEqualTo(TypeRef.listOf(TypeRef.STRING));
    assertThat(Fragments.plan(rules).enums()).doesNotContainKey("ImportRequestFolders");
    assertThat(rules.notes(PlainStringProperties.RULE)).hasSize(1);
  }

  @Test
  void bodyOverride() {
    assertThat(rules.operation("rule", "update").body.ref).isEqualTo("Rule");
    assertThat(rules.notes(BodyOverrides.RULE)).singleElement().satisfies(n -> assertThat(n.detail()).contains("OtherProfile -> Rule"));
  }

  @Test
  void nestedArrayAliasFlattened() {
    Operation list = rules.operation("profile", "list");
    assertThat(list.responseShape).isEqualTo(ResponseShape.LIST);
    assertThat(list.responseSchema.properties).containsKeys("code", "message");
  }

  @Test
  void javaFace_positionalOrderKeywordMethodsAccessorsAndExtends() {
    JavaMethod create = Fragments.plan(rules).methods().get("rule.create");
    assertThat(create.positional()).extracting(JavaParam::javaName).containsExactly("folder", "position", "rule");
    assertThat(create.positional().get(1).type()).isEqualTo(TypeRef.enumType("Position"));
    JavaMethod move = Fragments.plan(rules).methods().get("rule.move");
    assertThat(move.positional()).extracting(JavaParam::javaName).containsExactly("id", "ruleMove");
    assertThat(Fragments.plan(rules).methods().get("profile.import").methodName()).isEqualTo("importProfile");
    Map<String, JavaService> services = Fragments.plan(rules).services();
    assertThat(services.get("profile").accessorName()).isEqualTo("profileSettings");
    assertThat(services.get("rule").accessorName()).isEqualTo("rules");
    assertThat(services.get("rule").serviceName()).isEqualTo("RuleService");
    assertThat(services.get("rule").serviceExtends()).containsExactly("com.example.RuleHelpers");
    assertThat(services.get("rule").asyncServiceExtends()).containsExactly("com.example.RuleHelpersAsync");
    assertThat(services.keySet()).containsExactlyElementsOf(rules.resources.stream().map(r -> r.key).toList());
  }

  @Test
  void staleCustomizationKeysFailTheBuild() {
    Customization c = Customization.parse("{\"bodyOverrides\": {\"nothing.here\": \"Rule\"}}");
    assertThatThrownBy(() -> Fragments.normalize("test", Fragments.parse("rules.yaml"), Fragments.rulesTable(), c))
        .hasMessageContaining("nothing.here");
    assertThatThrownBy(() -> Customization.parse("{\"modelNamez\": {}}")).hasMessageContaining("modelNamez");
  }

  private static JavaField field(JavaModel m, String json) {
    return m.fields().stream().filter(f -> f.jsonName().equals(json)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unused")
  private static List<String> names(List<JavaParam> ps) {
    return ps.stream().map(JavaParam::javaName).toList();
  }
}
