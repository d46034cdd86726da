package io.sasekit.codegen.normalize;

import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;
import io.sasekit.codegen.normalize.draft.Schema;

/**
 * Rules deciding how each answer is read, from the declared success schema:
 *
 * <ul>
 *   <li>{@value #ENVELOPE}: an object whose {@code data} member is an array is the list envelope:
 *       shape {@code list}, schema = the element. Declared by reference to a named component (the
 *       SCM security file's {@code SecurityRuleListResponse}), the component must also declare
 *       {@code limit}, {@code offset} or {@code total}: a component with a {@code data} array alone
 *       (the SCM {@code jobs-response} of a job by id) stays an object answer;
 *   <li>{@value #DATA_OBJECT}: a GET of a collection (no trailing path parameter) that takes
 *       {@code offset} or {@code limit} and answers the envelope ({@code limit}, {@code offset} or
 *       {@code total} beside {@code data}) with {@code data} declared as one object, not an array
 *       of it (the SCM objects file's {@code application-groups} list; the Prisma Access file of the
 *       same endpoint declares the array): shape {@code list}, schema = that object;
 *   <li>{@value #GET_BY_ID}: a GET whose path ends in a path parameter and whose answer is typed as an
 *       array returns one object: shape {@code single}, schema = the element (the reader also
 *       accepts an array or an envelope);
 *   <li>{@value #BARE_ARRAY}: any other array answer is a list (bare-array page);
 *   <li>{@value #NESTED_ARRAY}: an array answer whose element is itself an array (an array-typed
 *       component used as the element, e.g. {@code license-types}) lists the inner elements;
 *   <li>no declared body: shape {@code none}; any other object: shape {@code object}; a scalar: {@code any}.
 * </ul>
 */
public final class ResponseShapes implements SpecRule {
  /** Rule name: list envelope recognized. */
  @NotASpecRepair public static final String ENVELOPE = "ListEnvelope";
  /** Rule name: a collection's list envelope whose {@code data} is declared as one object. */
  public static final String DATA_OBJECT = "EnvelopeDataDeclaredAsObject";
  /** Rule name: GET-by-id typed as array. */
  public static final String GET_BY_ID = "GetByIdArrayAsSingle";
  /** Rule name: bare array answer read as a list. */
  @NotASpecRepair public static final String BARE_ARRAY = "BareArrayAsList";
  /** Rule name: an array answer whose element is an array alias. */
  @NotASpecRepair public static final String NESTED_ARRAY = "NestedArrayAliasFlattened";

  ResponseShapes() {}

  @Override
  public void apply(RuleContext ctx) {
    apply(ctx.model());
  }

  /** Decides the shape of every operation whose shape is still undecided ({@code null}). */
  public static void apply(ApiModel model) {
    for (Operation op : model.operations()) {
      if (op.responseShape == null) {
        decide(model, op);
      }
    }
  }

  static void decide(ApiModel model, Operation op) {
    Schema s = op.responseSchema;
    if (s == null) {
      op.responseShape = ResponseShape.NONE;
      return;
    }
    // the envelope: inline, or a named component that declares the counts beside data
    Schema envelope = s.isRef() ? namedEnvelope(model, s.ref) : s;
    Schema data = envelope == null ? null : envelope.properties.get("data");
    if (data != null && "array".equals(data.type)) {
      op.responseShape = ResponseShape.LIST;
      op.responseSchema = data.items == null ? new Schema() : data.items;
      model.note(ENVELOPE, op.key(), "{data, limit, offset, total} envelope"
          + (s.isRef() ? " declared as " + s.ref : "") + ": shape list");
      return;
    }
    if (!s.isRef() && data != null && (data.isRef() || "object".equals(data.type)) && hasCounts(s)
        && listsACollection(op)) {
      op.responseShape = ResponseShape.LIST;
      op.responseSchema = data;
      model.note(DATA_OBJECT, op.key(), "envelope data declared as one object: shape list of it");
      return;
    }
    if (!s.isRef() && "array".equals(s.type)) {
      Schema element = s.items == null ? new Schema() : s.items;
      if (!element.isRef() && "array".equals(element.type) && element.items != null) {
        element = element.items;
        model.note(NESTED_ARRAY, op.key(), "array of an array alias: the inner element is the list element");
      }
      if (op.method.equals("GET") && op.path.endsWith("}")) {
        op.responseShape = ResponseShape.SINGLE;
        op.responseSchema = element;
        model.note(GET_BY_ID, op.key(), "GET by path parameter typed as array: shape single");
      } else {
        op.responseShape = ResponseShape.LIST;
        op.responseSchema = element;
        model.note(BARE_ARRAY, op.key(), "array answer: shape list");
      }
      return;
    }
    if (s.isRef() || "object".equals(s.type) || !s.properties.isEmpty() || !s.oneOf.isEmpty()) {
      op.responseShape = ResponseShape.OBJECT;
      return;
    }
    op.responseShape = ResponseShape.ANY;
  }

  /** The named component {@code ref} when it is an envelope's object with counts, else null. */
  private static Schema namedEnvelope(ApiModel model, String ref) {
    Schema named = model.schemas.get(ref);
    return named != null && !named.isRef() && hasCounts(named) ? named : null;
  }

  private static boolean hasCounts(Schema envelope) {
    return envelope.properties.containsKey("limit") || envelope.properties.containsKey("offset")
        || envelope.properties.containsKey("total");
  }

  private static boolean listsACollection(Operation op) {
    return op.method.equals("GET") && !op.path.endsWith("}")
        && (op.parameter("offset") != null || op.parameter("limit") != null);
  }
}
