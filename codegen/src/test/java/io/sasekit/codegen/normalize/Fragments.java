package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.parse.ParsedSpec;
import io.sasekit.codegen.parse.SpecParser;
import io.sasekit.codegen.plan.JavaPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Loads the hand-made spec fragments of {@code src/test/resources/fragments} and normalizes them. */
public final class Fragments {
  private static final Map<ApiModel, Customization> CUSTOMIZATIONS = Collections.synchronizedMap(new IdentityHashMap<>());

  private Fragments() {}

  /** Normalizes fragments (remembering the customization, for {@link #plan}). */
  public static ApiModel normalize(String api, List<ParsedSpec> specs, NamingTable table, Customization custom) {
    ApiModel model = new Normalizer().normalize(api, specs, table, custom);
    CUSTOMIZATIONS.put(model, custom);
    return model;
  }

  /** The Java plan of a model {@link #normalize} made. */
  public static JavaPlan plan(ApiModel model) {
    Customization custom = CUSTOMIZATIONS.get(model);
    if (custom == null) {
      throw new IllegalArgumentException("model not made by Fragments.normalize");
    }
    return JavaPlanner.plan(model, custom, new NamingStrategy());
  }

  /** The text of a fragment. */
  public static String text(String name) {
    try (InputStream in = Fragments.class.getResourceAsStream("/fragments/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fragment " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses fragments, each under the spec path {@code fragments/<name>}. */
  public static List<ParsedSpec> parse(String... names) {
    List<ParsedSpec> out = new ArrayList<>();
    for (String n : names) {
      out.add(new SpecParser().parseText("fragments/" + n, text(n)));
    }
    return out;
  }

  /** A naming table from rows {@code "file METHOD path resource operation"} (operationId left empty). */
  public static NamingTable table(String... rows) {
    StringBuilder sb = new StringBuilder("# test\nspec_file\tmethod\tpath\toperation_id\tresource\toperation\n");
    for (String r : rows) {
      String[] c = r.split(" ");
      sb.append("fragments/").append(c[0]).append('\t').append(c[1]).append('\t').append(c[2]).append("\t-\t")
          .append(c[3]).append('\t').append(c[4]).append('\n');
    }
    return NamingTable.parse(sb.toString(), "test");
  }

  /** The naming table of {@code objects.yaml}. */
  public static NamingTable objectsTable() {
    return table(
        "objects.yaml GET /things thing list",
        "objects.yaml POST /things thing create",
        "objects.yaml GET /things/{id} thing get",
        "objects.yaml DELETE /things/{id} thing delete");
  }

  /** The customization used with {@code objects.yaml}. */
  public static Customization objectsCustomization() {
    return Customization.parse(
        "{\"modelNames\": {\"objects-things\": \"Thing\"}, \"plainStringParameters\": [\"folder\"],"
            + " \"parameterOrder\": [\"folder\"], \"echoResponseOperations\": [\"create\", \"update\"]}");
  }

  /** {@code objects.yaml} normalized with its table and customization. */
  public static ApiModel objects() {
    return normalize("test", parse("objects.yaml"), objectsTable(), objectsCustomization());
  }

  /**
   * The customization of {@code objects.yaml} plus the customization hooks that add what the spec
   * lacks: an answer for {@code thing.delete}, {@code folder} on every GET by id, client super-interfaces.
   */
  public static Customization hooksCustomization() {
    return Customization.parse(
        "{\"modelNames\": {\"objects-things\": \"Thing\"}, \"plainStringParameters\": [\"folder\"],"
            + " \"parameterOrder\": [\"folder\"], \"echoResponseOperations\": [\"create\", \"update\"],"
            + " \"responseOverrides\": {\"thing.delete\": {\"_comment\": \"answers with a job\", \"shape\": \"object\","
            + "   \"modelName\": \"JobSubmission\", \"schema\": {\"type\": \"object\", \"description\": \"A started job.\","
            + "   \"properties\": {\"success\": {\"type\": \"boolean\"}, \"job_id\": {\"type\": \"string\"}, \"message\": {\"type\": \"string\"}}}}},"
            + " \"extraParameters\": {\"*.get\": [{\"name\": \"folder\", \"in\": \"query\", \"description\": \"The folder to look in.\","
            + "   \"schema\": {\"type\": \"string\", \"pattern\": \"^[0-9a-zA-Z._\\\\-\\\\s]{1,}$\"}}]},"
            + " \"clientExtends\": [\"com.example.Workflows\"], \"asyncClientExtends\": [\"com.example.WorkflowsAsync\"]}");
  }

  /** {@code objects.yaml} normalized with {@link #hooksCustomization()}. */
  public static ApiModel hooks() {
    return normalize("test", parse("objects.yaml"), objectsTable(), hooksCustomization());
  }

  /** The customization used with {@code regions.yaml}: two host prefixes named, the third left to derivation. */
  public static Customization regionsCustomization() {
    return Customization.parse(
        "{\"regions\": {\"enum\": \"ExampleRegion\", \"names\": {\"scan\": \"US\", \"scan-eu\": \"EU\"},"
            + " \"codes\": {\"scan\": \"us\"}, \"description\": \"An API key works in the region it was issued in.\"}}");
  }

  /** {@code regions.yaml} normalized with {@link #regionsCustomization()}. */
  public static ApiModel regions() {
    return normalize("test", parse("regions.yaml"), table("regions.yaml GET /v1/ping ping get"), regionsCustomization());
  }

  /** The naming table of {@code rules.yaml}. */
  public static NamingTable rulesTable() {
    return table(
        "rules.yaml POST /rules rule create",
        "rules.yaml POST /rules/{id}:move rule move",
        "rules.yaml PUT /rules/{id} rule update",
        "rules.yaml GET /profiles profile list",
        "rules.yaml POST /profiles:import profile import");
  }

  /** The customization used with {@code rules.yaml}. */
  public static Customization rulesCustomization() {
    return Customization.parse(
        "{\"modelNames\": {\"rule-based-move\": \"RuleMove\", \"rules\": \"Rule\"},"
            + " \"inlineNames\": {\"profile.import.body\": \"ImportRequest\"},"
            + " \"parameterOrder\": [\"folder\", \"position\"],"
            + " \"plainStringProperties\": [\"ImportRequest.folders\"],"
            + " \"exactlyOneOfGroups\": [[\"folder\", \"snippet\", \"device\"]],"
            + " \"bodyOverrides\": {\"rule.update\": \"Rule\"},"
            + " \"optionalParameters\": {\"profile.import\": [\"position\"]},"
            + " \"accessorNames\": {\"profile\": \"profileSettings\"},"
            + " \"serviceExtends\": {\"rule\": [\"com.example.RuleHelpers\"]},"
            + " \"asyncServiceExtends\": {\"rule\": [\"com.example.RuleHelpersAsync\"]},"
            + " \"echoResponseOperations\": [\"create\"]}");
  }

  /** {@code rules.yaml} normalized with its table and customization. */
  public static ApiModel rules() {
    return normalize("test", parse("rules.yaml"), rulesTable(), rulesCustomization());
  }
}
