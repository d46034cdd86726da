package io.sasekit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.testing.TestRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final SchemaValidator V = SchemaValidator.instance();
  private static final Map<String, SchemaSpec> DEFS = TestRegistry.REGISTRY.schemas();

  private static JsonNode json(String s) {
    try {
      return M.readTree(s.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static SchemaSpec schema(String s) {
    return SchemaSpec.parse(json(s), DEFS);
  }

  private static List<Violation> validate(String value, String schema) {
    return V.validate(json(value), schema(schema), "body");
  }

  private static List<String> constraints(List<Violation> vs) {
    return vs.stream().map(Violation::constraint).collect(Collectors.toList());
  }

  @Test
  void required() {
    List<Violation> v = validate("{}", "{'type':'object','required':['name','action']}");
    assertThat(v).extracting(Violation::path).containsExactly("body.name", "body.action");
    assertThat(v.get(0).message()).isEqualTo("body.name is required");
    assertThat(validate("{'name':null}", "{'type':'object','required':['name']}")).hasSize(1);
    // OpenAPI 3.0: required on a readOnly member applies to answers only (auto-tag log_type)
    assertThat(validate("{'name':'n'}", "{'type':'object','required':['name','log_type'],"
        + "'properties':{'name':{'type':'string'},'log_type':{'type':'string','readOnly':true}}}")).isEmpty();
  }

  @Test
  void types() {
    assertThat(constraints(validate("5", "{'type':'string'}"))).containsExactly("type=string");
    assertThat(constraints(validate("'5'", "{'type':'integer'}"))).containsExactly("type=integer");
    assertThat(validate("5.0", "{'type':'integer'}")).isEmpty();
    assertThat(constraints(validate("5.5", "{'type':'integer'}"))).containsExactly("type=integer");
    assertThat(validate("5.5", "{'type':'number'}")).isEmpty();
    assertThat(constraints(validate("'true'", "{'type':'boolean'}"))).containsExactly("type=boolean");
    assertThat(constraints(validate("[]", "{'type':'object'}"))).containsExactly("type=object");
    assertThat(constraints(validate("{}", "{'type':'array'}"))).containsExactly("type=array");
    assertThat(validate("{}", "{}")).isEmpty();
    assertThat(validate("5", "{'type':'string'}").get(0).message())
        .isEqualTo("body must be of type string, got integer '5'");
  }

  @Test
  void stringLengthCountsCodePoints() {
    String emoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"; // three code points, six chars
    assertThat(validate("'" + emoji + "'", "{'type':'string','maxLength':3}")).isEmpty();
    assertThat(constraints(validate("'" + emoji + "'", "{'type':'string','maxLength':2}")))
        .containsExactly("maxLength=2");
    assertThat(constraints(validate("''", "{'type':'string','minLength':1}")))
        .containsExactly("minLength=1");
    Violation v = validate("'abcdef'", "{'type':'string','maxLength':3}").get(0);
    assertThat(v.message()).isEqualTo("body must be at most 3 characters long, got 6: 'abcdef'");
    assertThat(v.value()).isEqualTo("abcdef");
  }

  @Test
  void patternIsSearchedNotMatched() {
    assertThat(validate("'xx-abc-yy'", "{'type':'string','pattern':'abc'}")).isEmpty();
    assertThat(constraints(validate("'abd'", "{'type':'string','pattern':'^abc$'}")))
        .containsExactly("pattern=^abc$");
  }

  @Test
  void enumMinimumMaximum() {
    assertThat(constraints(validate("'allowx'", "{'type':'string','enum':['allow','deny']}")))
        .containsExactly("enum=[allow, deny]");
    assertThat(validate("'deny'", "{'type':'string','enum':['allow','deny']}")).isEmpty();
    assertThat(validate("2.0", "{'type':'number','enum':[1,2]}")).isEmpty();
    assertThat(constraints(validate("0", "{'type':'integer','minimum':1,'maximum':10}")))
        .containsExactly("minimum=1");
    assertThat(constraints(validate("11", "{'type':'integer','minimum':1,'maximum':10}")))
        .containsExactly("maximum=10");
    assertThat(validate("10", "{'type':'integer','minimum':1,'maximum':10}")).isEmpty();
  }

  @Test
  void arrays() {
    String s = "{'type':'array','minItems':1,'maxItems':3,'uniqueItems':true,'items':{'type':'string','maxLength':2}}";
    assertThat(constraints(validate("[]", s))).containsExactly("minItems=1");
    assertThat(constraints(validate("['a','b','c','d']", s))).containsExactly("maxItems=3");
    List<Violation> dup = validate("['a','b','a']", s);
    assertThat(dup).extracting(Violation::path).containsExactly("body[2]");
    assertThat(constraints(dup)).containsExactly("uniqueItems");
    assertThat(validate("['a','toolong']", s)).extracting(Violation::path).containsExactly("body[1]");
  }

  @Test
  void nestedPathsAndAllViolationsAtOnce() {
    List<Violation> v = V.validate(json(
        "{'name':'" + "x".repeat(70) + "','action':'maybe','source':['ok','','waytoolongvalue'],"
            + "'rules':[{'port':0},{'port':70000,'weight':11,'enabled':'yes'}]}"),
        DEFS.get("SecurityRule"), "body");
    assertThat(v).extracting(Violation::path).containsExactly(
        "body.name", "body.action", "body.source[1]", "body.source[2]", "body.rules[0].port",
        "body.rules[1].port", "body.rules[1].weight", "body.rules[1].enabled");
  }

  /**
   * Arrays in arrays, objects in oneOf options in arrays, a oneOf inside a oneOf option: every kind
   * of violation at depth. The expected lines were recorded from the validator before member paths
   * were built lazily and before oneOf alternatives were first probed (same paths, same messages).
   */
  private static final String DEEP = "{'type':'object','properties':{'groups':{'type':'array','items':{"
      + "'type':'object','required':['name'],'properties':{'name':{'type':'string','minLength':2},"
      + "'matrix':{'type':'array','items':{'type':'array','minItems':1,'uniqueItems':true,"
      + "'items':{'type':'integer','maximum':9}}},"
      + "'targets':{'type':'array','items':{'oneOf':["
      + "{'type':'object','required':['host'],'properties':{'host':{'type':'string','pattern':'^h'}}},"
      + "{'type':'object','required':['cidr'],'properties':{'cidr':{'type':'string','maxLength':4}}}]}},"
      + "'proxy':{'oneOf':[{'type':'string'},"
      + "{'type':'object','properties':{'agent':{'type':'object','required':['id'],"
      + "'properties':{'id':{'type':'string'},'psk':{'type':'string','minLength':8}}}}}]},"
      + "'mode':{'oneOf':[{'type':'string','enum':['a']},{'type':'object','properties':{'inner':{"
      + "'oneOf':[{'type':'integer'},{'type':'string','minLength':3}]}}}]}}}}}}";

  @Test
  void violationPathsAndMessagesAtDepth() {
    List<Violation> v = validate("{'groups':[{'name':'ok','matrix':[[1,2],[]],'mode':'a'},"
        + "{'matrix':[[3,3,10]],'targets':[{'host':'h1'},{'host':'x'},{'cidr':'10.0.0.0/8'},{'host':'h','cidr':'1'},{}],"
        + "'proxy':{'agent':{'id':'a','psk':'short'}},'mode':{'inner':'xy'}},"
        + "{'name':'n','proxy':{'agent':{'id':5}},'targets':[7],'mode':{'inner':5}},"
        + "{'name':'m3','mode':'b'},{'name':'m4','mode':{'inner':true}}]}", DEEP);
    assertThat(v).extracting(x -> x.path() + " | " + x.constraint() + " | " + x.value() + " | " + x.message())
        .containsExactly(
            "body.groups[0].matrix[1] | minItems=1 | null | body.groups[0].matrix[1] must have at least 1 items, got 0",
            "body.groups[1].name | required | null | body.groups[1].name is required",
            "body.groups[1].matrix[0][1] | uniqueItems | 3 | body.groups[1].matrix[0][1] duplicates an earlier item (uniqueItems): '3'",
            "body.groups[1].matrix[0][2] | maximum=9 | 10 | body.groups[1].matrix[0][2] must be at most 9: '10'",
            "body.groups[1].targets[1].host | pattern=^h | x | body.groups[1].targets[1].host must match pattern ^h: 'x'",
            "body.groups[1].targets[2].cidr | maxLength=4 | 10.0.0.0/8 | body.groups[1].targets[2].cidr must be at most 4 characters long, got 10: '10.0.0.0/8'",
            "body.groups[1].targets[3] | oneOf | null | body.groups[1].targets[3]: exactly one of host, cidr must be set; found host, cidr",
            "body.groups[1].targets[4] | oneOf | null | body.groups[1].targets[4]: exactly one of host, cidr must be set; found none",
            "body.groups[1].proxy.agent.psk | minLength=8 | null | body.groups[1].proxy.agent.psk must be at least 8 characters long (value hidden)",
            "body.groups[1].mode.inner | minLength=3 | xy | body.groups[1].mode.inner must be at least 3 characters long, got 2: 'xy'",
            "body.groups[2].name | minLength=2 | n | body.groups[2].name must be at least 2 characters long, got 1: 'n'",
            "body.groups[2].proxy | oneOf | null | body.groups[2].proxy must match exactly one of [string, agent], matched none",
            "body.groups[2].targets[0] | oneOf | null | body.groups[2].targets[0] must match exactly one of [host, cidr], matched none",
            "body.groups[3].mode | enum=[a] | b | body.groups[3].mode must be one of [a]: 'b'",
            "body.groups[4].mode.inner | oneOf | null | body.groups[4].mode.inner must match exactly one of [integer, string], matched none");
  }

  @Test
  void oneOfExactlyOne() {
    SchemaSpec address = DEFS.get("Address");
    assertThat(V.validate(json("{'name':'a','ip_netmask':'10.0.0.1/32'}"), address, "body")).isEmpty();
    List<Violation> none = V.validate(json("{'name':'a'}"), address, "body");
    assertThat(none).hasSize(1);
    assertThat(none.get(0).constraint()).isEqualTo("oneOf");
    assertThat(none.get(0).message())
        .isEqualTo("body: exactly one of ip_netmask, ip_range, ip_wildcard, fqdn must be set; found none");
    List<Violation> two = V.validate(json("{'name':'a','ip_netmask':'10.0.0.1/32','fqdn':'a.example.com'}"), address, "body");
    assertThat(two).hasSize(1);
    assertThat(two.get(0).message()).endsWith("must be set; found ip_netmask, fqdn");
    // a present alternative whose value is wrong reports that value, not "matched none"
    List<Violation> bad = V.validate(json("{'name':'a','fqdn':''}"), address, "body");
    assertThat(bad).extracting(Violation::path).containsExactly("body.fqdn", "body.fqdn");
    assertThat(constraints(bad)).containsExactly("minLength=1", "pattern=^[a-zA-Z0-9_]([a-zA-Z0-9._-])+[a-zA-Z0-9]$")
        .doesNotContain("oneOf");
  }

  /** Options that name no required key (SCM forwarding profile type, route access list address). */
  private static final String UNKEYED = "{'type':'object','oneOf':["
      + "{'type':'object','properties':{'pac_file':{'type':'object'}}},"
      + "{'type':'object','properties':{'ztna_agent':{'type':'object'}}},"
      + "{'type':'object','properties':{'address':{'type':'string'}}},"
      + "{'type':'object','properties':{'address':{'type':'string'},'wildcard':{'type':'string'}}}]}";

  @Test
  void oneOfOptionsWithoutRequiredKeysAreChosenByTheMembersUsed() {
    assertThat(validate("{'pac_file':{}}", UNKEYED)).isEmpty();
    assertThat(validate("{'ztna_agent':{}}", UNKEYED)).isEmpty();
    // {address} fits both address options: the one declaring no member left out applies
    assertThat(validate("{'address':'10.0.0.1'}", UNKEYED)).isEmpty();
    assertThat(validate("{'address':'10.0.0.1','wildcard':'0.0.0.255'}", UNKEYED)).isEmpty();
    // the chosen option's own constraints still apply (it is matched, not merely picked)
    assertThat(constraints(validate("{'address':5}", UNKEYED))).containsExactly("oneOf");
    // members of two options at once: no option declares them all
    List<Violation> two = validate("{'pac_file':{},'ztna_agent':{}}", UNKEYED);
    assertThat(two).hasSize(1);
    assertThat(two.get(0).message()).isEqualTo("body must match exactly one of [pac_file, ztna_agent, address, object], "
        + "matched 4 (pac_file, ztna_agent, address, object); its members do not tell them apart");
    // no member any option declares: truly ambiguous, refused
    assertThat(constraints(validate("{}", UNKEYED))).containsExactly("oneOf");
    assertThat(constraints(validate("{'other':1}", UNKEYED))).containsExactly("oneOf");
    // a tie: two options declaring the same members
    String tie = "{'oneOf':[{'type':'object','properties':{'a':{'type':'string'}}},"
        + "{'type':'object','properties':{'a':{'type':'string','maxLength':9}}}]}";
    assertThat(validate("{'a':'x'}", tie)).extracting(Violation::message)
        .containsExactly("body must match exactly one of [a, a], matched 2 (a, a); its members do not tell them apart");
  }

  /** Two independent exactly-one groups (registry allOf of oneOf parts), as an SCM address declares them. */
  private static final String GROUPS = "{'type':'object','required':['name'],'properties':{"
      + "'name':{'type':'string'},'ip_netmask':{'type':'string'},'fqdn':{'type':'string','minLength':1},"
      + "'folder':{'type':'string','maxLength':5},'snippet':{'type':'string'},'device':{'type':'string'}},"
      + "'allOf':[{'oneOf':[{'required':['ip_netmask']},{'required':['fqdn']}]},"
      + "{'oneOf':[{'required':['folder']},{'required':['snippet']},{'required':['device']}]}]}";

  @Test
  void allOfGroupsAreCheckedEachOnItsOwn() {
    assertThat(validate("{'name':'a','ip_netmask':'10.0.0.1','folder':'Sh'}", GROUPS)).isEmpty();
    assertThat(validate("{'name':'a','fqdn':'a.example','device':'d1'}", GROUPS)).isEmpty();
    List<Violation> twoContainers = validate("{'name':'a','ip_netmask':'10.0.0.1','folder':'Sh','snippet':'s'}", GROUPS);
    assertThat(twoContainers).extracting(Violation::message)
        .containsExactly("body: exactly one of folder, snippet, device must be set; found folder, snippet");
    List<Violation> noneOfEither = validate("{'name':'a'}", GROUPS);
    assertThat(noneOfEither).extracting(Violation::message).containsExactly(
        "body: exactly one of ip_netmask, fqdn must be set; found none",
        "body: exactly one of folder, snippet, device must be set; found none");
    // the one container set, but its value breaks its member's constraint: that is what is reported
    assertThat(constraints(validate("{'name':'a','fqdn':'x','folder':'toolong'}", GROUPS))).containsExactly("maxLength=5");
    // read-only members inside the parts are stripped too
    SchemaSpec ro = schema("{'type':'object','allOf':[{'properties':{'id':{'type':'string','readOnly':true}}}]}");
    assertThat(V.stripReadOnly(json("{'id':'x','n':1}"), ro).has("id")).isFalse();
  }

  @Test
  void secretValuesAreNeverEchoed() {
    List<Violation> v = V.validate(json(
        "{'name':'gw','authentication':{'pre_shared_key':{'key':'short'}},'api_secret':'lower-secret'}"),
        DEFS.get("IkeGateway"), "body");
    assertThat(v).extracting(Violation::path)
        .containsExactly("body.authentication.pre_shared_key.key", "body.api_secret");
    assertThat(v).allSatisfy(x -> {
      assertThat(x.value()).isNull();
      assertThat(x.message()).doesNotContain("short").doesNotContain("lower-secret").contains("(value hidden)");
    });
    // a member whose name looks secret is hidden even when the schema does not say so
    List<Violation> byName = validate("{'password':'abc'}",
        "{'type':'object','properties':{'password':{'type':'string','minLength':8}}}");
    assertThat(byName.get(0).message()).doesNotContain("abc");
  }

  @Test
  void stripsReadOnlyRecursively() {
    JsonNode body = json("{'id':'1','name':'r','action':'allow','log_setting':{'id':'2','profile':'p'},"
        + "'rules':[{'id':'3','port':1},{'id':'4'}]}");
    JsonNode stripped = V.stripReadOnly(body, DEFS.get("SecurityRule"));
    assertThat(stripped.toString()).isEqualTo(
        "{\"name\":\"r\",\"action\":\"allow\",\"log_setting\":{\"profile\":\"p\"},\"rules\":[{\"port\":1},{}]}");
    assertThat(body.has("id")).as("input untouched").isTrue();
    SchemaSpec viaOneOf = schema("{'oneOf':[{'type':'object','properties':{'id':{'type':'string','readOnly':true}}}]}");
    assertThat(V.stripReadOnly(json("{'id':'x','y':1}"), viaOneOf).toString()).isEqualTo("{\"y\":1}");
  }

  @Test
  void nullAndUnknownMembersAreTolerated() {
    assertThat(V.validate(null, DEFS.get("Address"), "body")).isEmpty();
    assertThat(V.validate(json("{'name':'a','fqdn':'a.example.com','unknown':{'x':1},'description':null}"),
        DEFS.get("Address"), "body")).isEmpty();
  }
}
