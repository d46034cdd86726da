package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sasekit.core.errors.SasekitException;
import io.sasekit.core.internal.ResponseReader;
import io.sasekit.core.internal.WireRequest;
import io.sasekit.core.internal.WireResponse;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.Page;
import io.sasekit.testkit.JsonCompare;
import io.sasekit.testkit.JsonMutator;
import io.sasekit.testkit.SpecBodyGenerator;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded, schema-driven answers for every response schema the Prisma Access spec files declare
 * (several seeds, every {@code oneOf} branch, optional members absent and present, unknown members
 * added), generated from the ORIGINAL spec files by {@link SpecBodyGenerator}: each is read by the
 * SDK's one reading path into the typed value the operation returns, and written back without loss.
 * Then a fuzz run: {@value #MUTATIONS} seeded mutations of list, get and create answers must read or
 * fail with a typed SDK exception only.
 */
class RandomAnswersContractTest {
  static final int SEEDS = 3;
  static final int MUTATIONS = 10_000;
  private static final ObjectMapper MAPPER = JsonMapper.shared();
  private static final ResponseReader READER = new ResponseReader(MAPPER);

  /** An operation with a declared answer schema, the typed call's response type, and its generator. */
  record Target(ContractCases.Planned planned, JsonNode schema, ResponseType<?> type, SpecBodyGenerator generator) {
    String name() {
      return planned.op().key();
    }
  }

  static List<Target> targets() {
    List<Target> out = new ArrayList<>();
    for (ContractCases.Planned p : ContractCases.all()) {
      if (p.variant() == io.sasekit.testkit.contract.TypedCalls.Variant.REQUIRED_ONLY) {
        continue;
      }
      SpecOperation so = p.specOp();
      JsonNode response = SpecApi.resolve(so.doc(), so.node().path("responses").path(String.valueOf(so.successStatus())));
      JsonNode schema = response.path("content").path("application/json").path("schema");
      if (schema.isMissingNode()) {
        continue;
      }
      out.add(new Target(p, schema, responseType(p), new SpecBodyGenerator(so.doc())));
    }
    return out;
  }

  /** The response type the typed method reads with: from its declared return type and the registry shape. */
  /**
   * A generated answer of {@code schema}; a GET by id that the spec types as an array (rule
   * GetByIdArrayAsSingle) gets a one-element array, as the service answers it.
   */
  static JsonNode answer(SpecBodyGenerator generator, OperationSpec op, JsonNode schema, SpecBodyGenerator.Variant v) {
    JsonNode s = generator.resolve(schema);
    while (s.has("allOf") && s.get("allOf").size() == 1 && !s.has("properties")) {
      s = generator.resolve(s.get("allOf").get(0));
    }
    if (op.responseShape() == io.sasekit.core.operation.ResponseShape.SINGLE && "array".equals(s.path("type").asText())) {
      return MAPPER.createArrayNode().add(generator.instance(s.path("items"), v));
    }
    return generator.instance(schema, v);
  }

  static ResponseType<?> responseType(ContractCases.Planned p) {
    Type returned = p.plan().method().getGenericReturnType();
    if (returned == void.class) {
      return ResponseType.none();
    }
    if (returned instanceof ParameterizedType pt && pt.getRawType() == Page.class) {
      return ResponseType.page((Class<?>) pt.getActualTypeArguments()[0]);
    }
    Class<?> type = (Class<?>) (returned instanceof ParameterizedType pt ? pt.getRawType() : returned);
    switch (p.op().responseShape()) {
      case SINGLE:
        return ResponseType.single(type);
      case NONE:
        return ResponseType.none();
      default:
        return ResponseType.of(type);
    }
  }

  private static WireRequest request(OperationSpec op) {
    return new WireRequest(op.method(), "http://127.0.0.1/x", op.pathTemplate(), List.of(),
        op.body() == null ? null : "{\"name\":\"sent\"}".getBytes(StandardCharsets.UTF_8),
        op.body() == null ? null : "application/json", false);
  }

  private static Object read(Target t, String body, ResponseType<?> type) {
    OperationSpec op = t.planned().op();
    return READER.read(op, request(op), new WireResponse(t.planned().specOp().successStatus(), Map.of(), body), type, null, null);
  }

  @TestFactory
  Stream<DynamicTest> everyResponseSchemaReadsAndRoundTrips() {
    return targets().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> {
      int branches = t.generator().branchCount(t.schema());
      List<SpecBodyGenerator.Variant> variants = SpecBodyGenerator.Variant.standard(SEEDS, branches);
      assertThat(variants.size()).isGreaterThanOrEqualTo(SEEDS);
      for (SpecBodyGenerator.Variant v : variants) {
        JsonNode body = answer(t.generator(), t.planned().op(), t.schema(), v);
        Object typed;
        try {
          typed = read(t, body.toString(), t.type());
        } catch (RuntimeException e) {
          throw new AssertionError(t.name() + " " + v + ": cannot read " + body + ": " + e, e);
        }
        assertRoundTrip(t.name() + " " + v, typed, body);
        JsonNode dynamic = (JsonNode) read(t, body.toString(), ResponseType.declared());
        assertThat(dynamic).as("%s %s: dynamic", t.name(), v).isNotNull();
      }
    }));
  }

  private static void assertRoundTrip(String what, Object typed, JsonNode body) {
    if (typed == null) {
      return;
    }
    List<JsonNode> expected = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (typed instanceof Page<?> page) {
      // an envelope's items; an envelope without data (optional members left out) has none
      flatten(body.isObject() ? body.path("data") : body, expected);
      values.addAll(page.data());
    } else {
      JsonNode e = body;
      while (e.isArray() && e.size() == 1) {
        e = e.get(0);
      }
      expected.add(e);
      values.add(typed);
    }
    assertThat(values).as("%s: items", what).hasSize(expected.size());
    for (int i = 0; i < values.size(); i++) {
      JsonNode back = MAPPER.valueToTree(values.get(i));
      if (expected.get(i).isObject() && back.isObject()) {
        assertThat(JsonCompare.differences(expected.get(i), back)).as("%s: item %d written back", what, i).isEmpty();
      }
    }
  }

  /** The elements of a list answer, arrays of arrays flattened. */
  static void flatten(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      n.forEach(e -> {
        if (e.isArray()) {
          flatten(e, out);
        } else {
          out.add(e);
        }
      });
    } else if (n.isObject()) {
      out.add(n);
    }
  }

  @Test
  void tenThousandMutationsOfListGetAndCreateAnswersGiveTypedErrorsOnly() {
    List<Target> targets = targets().stream()
        .filter(t -> List.of("list", "get", "create").contains(t.planned().op().operation()))
        .toList();
    assertThat(targets).isNotEmpty();
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> untyped = new ArrayList<>();
    for (int i = 0; i < MUTATIONS; i++) {
      Target t = targets.get(i % targets.size());
      JsonNode body = answer(t.generator(), t.planned().op(), t.schema(),
          new SpecBodyGenerator.Variant(i, SpecBodyGenerator.Optionals.values()[i % 3], i, i % 2 == 0));
      String mutated = JsonMutator.mutate(body, i);
      for (ResponseType<?> type : List.of(t.type(), ResponseType.declared())) {
        try {
          Object value = read(t, mutated, type);
          if (t.planned().op().method().equals("GET") && type.kind() != ResponseType.Kind.NONE) {
            assertThat(value).as("%s: a GET never reads as null (%s)", t.name(), mutated).isNotNull();
          }
          outcomes.merge("read", 1, Integer::sum);
        } catch (SasekitException e) {
          outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        } catch (RuntimeException e) {
          untyped.add(t.name() + " seed " + i + " " + e + " for " + mutated);
        }
      }
    }
    System.out.printf("fuzz: %d mutations over %d list/get/create operations: %s%n", MUTATIONS, targets.size(), outcomes);
    assertThat(untyped).as("untyped exceptions").isEmpty();
    assertThat(outcomes.getOrDefault("ResponseParseException", 0)).as("mutations that were rejected").isPositive();
  }
}
