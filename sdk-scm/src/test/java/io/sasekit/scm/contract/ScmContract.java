package io.sasekit.scm.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseShape;
import io.sasekit.scm.ScmSpecFiles;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecCallRunner;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.TypedCalls;

/**
 * The SCM contract suite's inputs, all from the eight original spec files read as plain YAML: the
 * operations, the realistic argument values of each typed call (request bodies generated from the
 * operation's request schema by {@link SpecBodyGenerator#realisticRequests}, the spec's examples
 * first) and the answer each operation declares (status, and the body generated from the declared
 * schema by {@link SpecBodyGenerator#realisticAnswers}, or none).
 */
final class ScmContract {
  /** The API's name in {@code specs/spec-repairs.md}. */
  static final String API = "scm";
  /** The eight files, each operation under its file's server path. */
  static final SpecApi SPEC = ScmSpecFiles.API;
  static final int LIMIT = 50;
  static final int OFFSET = 100;
  /** The seed and way of generating of every fixture. */
  static final SpecBodyGenerator.Variant FIXTURE = new SpecBodyGenerator.Variant(7, SpecBodyGenerator.Optionals.PRESENT, 0, false);

  private ScmContract() {}

  /**
   * The declared answer of {@code so}; where the spec types a GET by path parameter's answer as an
   * array the service answers the one object (rule GetByIdArrayAsSingle; the registry reads it as
   * one): an array of one, as in the Prisma Access suite, not a list of several.
   */
  static SpecCallRunner.Answer declared(SpecOperation so, OperationSpec op) {
    SpecBodyGenerator generator = SpecBodyGenerator.realisticAnswers(so.doc());
    JsonNode schema = so.successSchema();
    if (op != null && op.responseShape() == ResponseShape.SINGLE && schema != null && "array".equals(schema.path("type").asText())
        && !so.successMedia().has("example") && so.successMedia().path("examples").isEmpty()) {
      return new SpecCallRunner.Answer(so.successStatus(), JsonMapper.shared().createArrayNode().add(generator.instance(schema.path("items"), FIXTURE)));
    }
    return new SpecCallRunner.Answer(so.successStatus(), generator.declaredBody(so.successMedia(), FIXTURE));
  }

  /** The argument values of one operation's typed call. */
  static TypedCalls.Values values(SpecOperation so) {
    return new TypedCalls.Values() {
      @Override
      public Object parameter(String name, Class<?> type) {
        return convert(so, name, parameterText(so, name), type);
      }

      @Override
      public Object body(Class<?> type) {
        JsonNode schema = so.requestBodySchema();
        if (schema == null) {
          throw new AssertionError(so + ": the typed method takes a body the spec does not declare");
        }
        JsonNode json = SpecBodyGenerator.realisticRequests(so.doc()).instance(schema, FIXTURE);
        try {
          return JsonMapper.shared().treeToValue(json, type);
        } catch (Exception e) {
          throw new AssertionError(so + ": the body generated from the spec does not read as " + type.getName() + ": " + e
              + "\n" + json, e);
        }
      }
    };
  }

  /** A realistic value: the spec's example, else its first enum value, else one by the parameter's meaning. */
  private static String parameterText(SpecOperation so, String name) {
    JsonNode p = so.parameter(name);
    JsonNode schema = p == null ? null : SpecApi.resolve(so.doc(), p.path("schema"));
    switch (name) {
      case "limit":
        return String.valueOf(LIMIT);
      case "offset":
        return String.valueOf(OFFSET);
      default:
        break;
    }
    if (p != null && p.path("example").isValueNode()) {
      return p.get("example").asText();
    }
    if (schema != null && schema.path("enum").path(0).isValueNode()) {
      return schema.get("enum").get(0).asText();
    }
    if (schema != null && schema.path("example").isValueNode()) {
      return schema.get("example").asText();
    }
    if (schema != null && schema.path("type").asText().equals("boolean")) {
      return "true";
    }
    if (schema != null && schema.path("type").asText().equals("integer")) {
      return "1";
    }
    return switch (name) {
      case "id" -> "123e4567-e89b-12d3-a456-426655440000";
      case "folder" -> "Shared";
      case "snippet" -> "Web Security";
      case "device" -> "007951000012345";
      case "name" -> "web-1";
      default -> "example-" + name.replace('_', '-');
    };
  }

  private static Object convert(SpecOperation so, String name, String text, Class<?> type) {
    try {
      return TypedCalls.textAs(text, type);
    } catch (AssertionError | NumberFormatException e) {
      throw new AssertionError(so + ": parameter " + name + ": " + e.getMessage(), e);
    }
  }
}
