package io.sasekit.core.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.internal.ResponseReader;
import io.sasekit.core.operation.Arguments;
import io.sasekit.core.operation.NameLookup;
import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.operation.ResponseType;
import io.sasekit.core.pagination.AsyncAutoPager;
import io.sasekit.core.pagination.AutoPager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * The dynamic door for workflow engines and scripts: runs any registry operation by name with
 * flat parameters, e.g. {@code execute("address", "create", Map.of("folder", "Shared", "name",
 * "ioc-1", "ip_netmask", "203.0.113.42/32"))}, and returns the answer as JSON, read by the
 * operation's registry response shape exactly as the typed call reads it ({@link
 * ResponseType#declared()}): an operation that answers nothing returns an empty object, a list an
 * envelope {@code {data, limit, offset[, total]}} whatever list form the service sent.
 *
 * <p>Parameters are split by the registry: a key that names a path, query or header parameter of
 * the operation travels there; every other key becomes a member of the request body. A key
 * {@code body} (when the operation has no parameter of that name) supplies the whole body. Keys
 * the operation knows nowhere are rejected with a {@link ValidationException} that names them and
 * the valid ones; the body is then validated like a typed call's. Unknown resources and operations
 * raise {@link io.sasekit.core.errors.UnknownOperationException} ({@code unsupported resource:
 * <name>}, {@code unsupported operation: <resource>.<operation>}).
 */
public final class DynamicDispatcher {
  private static final ObjectMapper MAPPER = io.sasekit.core.json.JsonMapper.shared();
  private static final String BODY_KEY = "body";
  private static final String CREATE = "create";

  private final OperationRegistry registry;
  private final OperationExecutor executor;

  /** Creates a dispatcher over the registry's operations, run by the executor. */
  public DynamicDispatcher(OperationRegistry registry, OperationExecutor executor) {
    this.registry = registry;
    this.executor = executor;
  }

  /** Runs {@code resource.operation} with flat parameters. */
  public JsonNode execute(String resource, String operation, Map<String, ?> parameters) {
    return execute(resource, operation, parameters, RequestOptions.none());
  }

  /** Runs {@code resource.operation} with flat parameters and per-call options. */
  public JsonNode execute(
      String resource, String operation, Map<String, ?> parameters, RequestOptions options) {
    OperationSpec op = registry.require(resource, operation);
    return run(op, split(op, toTree(parameters)), options);
  }

  /** Runs {@code resource.operation} with parameters given as a JSON object. */
  public JsonNode execute(String resource, String operation, JsonNode parameters) {
    OperationSpec op = registry.require(resource, operation);
    return run(op, split(op, parameters), RequestOptions.none());
  }

  /**
   * Runs one operation; a {@code create} of a resource that lists with a {@code name} filter and
   * was answered without the new object's {@code id} (the spec declares an empty {@code 201} for
   * most creates) is completed by the same lookup the typed create makes ({@link
   * NameLookup#afterCreate}): never an error after the service said yes.
   */
  private JsonNode run(OperationSpec op, Arguments args, RequestOptions options) {
    JsonNode answer = executor.execute(op, args, ResponseType.declared(), options);
    OperationSpec list = createLookup(op);
    return list == null ? answer : NameLookup.afterCreate(executor, list, args, answer, JsonNode.class, options);
  }

  private CompletableFuture<JsonNode> runAsync(OperationSpec op, Arguments args, RequestOptions options) {
    CompletableFuture<JsonNode> answer = executor.executeAsync(op, args, ResponseType.declared(), options);
    OperationSpec list = createLookup(op);
    return list == null ? answer
        : answer.thenCompose(a -> NameLookup.afterCreateAsync(executor, list, args, a, JsonNode.class, options));
  }

  /** The list to find a created object by name with, when {@code op} is such a create, else null. */
  private OperationSpec createLookup(OperationSpec op) {
    if (!CREATE.equals(op.operation())) {
      return null;
    }
    return NameLookup.listOperation(registry, op.resource()).orElse(null);
  }

  /**
   * Runs a request in the workflow-node form {@code {"resource": "address", "operation":
   * "create", "parameters": {...}}}.
   */
  public JsonNode execute(JsonNode request) {
    Request r = Request.of(request);
    return execute(r.resource, r.operation, r.parameters);
  }

  /** The asynchronous form of {@link #execute(String, String, Map)}. */
  public CompletableFuture<JsonNode> executeAsync(
      String resource, String operation, Map<String, ?> parameters) {
    try {
      OperationSpec op = registry.require(resource, operation);
      return runAsync(op, split(op, toTree(parameters)), RequestOptions.none());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The asynchronous form of {@link #execute(JsonNode)}. */
  public CompletableFuture<JsonNode> executeAsync(JsonNode request) {
    try {
      Request r = Request.of(request);
      OperationSpec op = registry.require(r.resource, r.operation);
      return runAsync(op, split(op, r.parameters), RequestOptions.none());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Every element of a paged list, fetched lazily page after page as iteration reaches it, the way
   * the operation's registry {@code paging} says: offset lists ({@code {data, limit, offset, total}})
   * and next-offset wrappers ({@code {"api_keys": [...], "next_offset": 200}}) alike, exactly as the
   * typed {@code listAll} pages. {@code limit} and {@code offset} among the parameters set the page
   * size and the start.
   *
   * @throws ValidationException when the operation does not page, or a parameter is unknown
   */
  public AutoPager<JsonNode> listAll(String resource, String operation, Map<String, ?> parameters) {
    return listAll(resource, operation, parameters, RequestOptions.none());
  }

  /** {@link #listAll(String, String, Map)} with per-call options (applied to every page). */
  public AutoPager<JsonNode> listAll(
      String resource, String operation, Map<String, ?> parameters, RequestOptions options) {
    OperationSpec op = paged(resource, operation);
    return executor.paginate(op, split(op, toTree(parameters)), JsonNode.class, options);
  }

  /** The asynchronous form of {@link #listAll(String, String, Map)}. */
  public AsyncAutoPager<JsonNode> listAllAsync(String resource, String operation, Map<String, ?> parameters) {
    OperationSpec op = paged(resource, operation);
    return executor.paginateAsync(op, split(op, toTree(parameters)), JsonNode.class, RequestOptions.none());
  }

  /**
   * The one object of {@code resource} named exactly {@code name}, as the typed {@code getByName}
   * finds it ({@link NameLookup}): the resource's {@code list} with its {@code name} filter, every
   * page, exact match only. {@code container} names the container ({@code folder}, {@code snippet},
   * {@code device}, a rule list's {@code position}).
   *
   * @throws io.sasekit.core.errors.NotFoundException when no object has exactly that name there
   * @throws ValidationException when the resource has no list with a name filter
   */
  public JsonNode getByName(String resource, Map<String, ?> container, String name) {
    OperationSpec list = nameFiltered(resource);
    return NameLookup.find(executor, list, split(list, toTree(container)), name, JsonNode.class, RequestOptions.none());
  }

  /** The asynchronous form of {@link #getByName}. */
  public CompletableFuture<JsonNode> getByNameAsync(String resource, Map<String, ?> container, String name) {
    try {
      OperationSpec list = nameFiltered(resource);
      return NameLookup.findAsync(executor, list, split(list, toTree(container)), name, JsonNode.class,
          RequestOptions.none());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private OperationSpec nameFiltered(String resource) {
    OperationSpec list = registry.require(resource, "list");
    if (!NameLookup.hasNameFilter(list)) {
      throw new ValidationException(list.key(), List.of(new ValidationException.Violation("operation", "name filter",
          null, list.key() + " has no name filter, so " + resource + " has no getByName")));
    }
    return list;
  }

  private OperationSpec paged(String resource, String operation) {
    OperationSpec op = registry.require(resource, operation);
    if (op.pagingSpec().isEmpty()) {
      Set<String> paged = new TreeSet<>();
      registry.operations(resource).values().stream()
          .filter(o -> o.pagingSpec().isPresent()).forEach(o -> paged.add(o.key()));
      throw new ValidationException(op.key(), List.of(new ValidationException.Violation(
          "operation", "paging", null, op.key() + " does not page, so it has no listAll"
              + (paged.isEmpty() ? "" : " (paged: " + String.join(", ", paged) + ")"))));
    }
    return op;
  }

  /** The registry this dispatcher runs. */
  public OperationRegistry registry() {
    return registry;
  }

  private static JsonNode toTree(Map<String, ?> parameters) {
    return parameters == null ? MAPPER.createObjectNode() : MAPPER.valueToTree(parameters);
  }

  /**
   * Splits flat parameters into the operation's parameters and its body; visible for tests and
   * for tools that want to show the split without sending.
   */
  public static Arguments split(OperationSpec op, JsonNode parameters) {
    if (parameters != null && !parameters.isNull() && !parameters.isObject()) {
      throw new ValidationException(
          op.key(),
          List.of(new ValidationException.Violation(
              "parameters", "type=object", parameters.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
              "parameters must be a JSON object")));
    }
    Arguments.Builder args = Arguments.builder();
    ObjectNode body = MAPPER.createObjectNode();
    JsonNode explicitBody = null;
    Set<String> bodyNames = op.bodySpec().map(b -> ResponseReader.propertyNames(b.schema())).orElse(Set.of());
    List<String> unknown = new ArrayList<>();
    if (parameters != null && parameters.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = parameters.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        JsonNode value = e.getValue();
        ParameterSpec p = op.parameter(key).orElse(null);
        if (p != null) {
          args.param(key, toParamValue(value));
          if (bodyNames.contains(key)) {
            body.set(key, value);
          }
        } else if (BODY_KEY.equals(key) && op.body() != null) {
          explicitBody = value;
        } else if (op.body() != null && (bodyNames.isEmpty() || bodyNames.contains(key))) {
          body.set(key, value);
        } else {
          unknown.add(key);
        }
      }
    }
    if (!unknown.isEmpty()) {
      Set<String> valid = new TreeSet<>();
      op.parameters().forEach(p -> valid.add(p.name()));
      valid.addAll(bodyNames);
      List<ValidationException.Violation> violations = new ArrayList<>();
      for (String k : unknown) {
        violations.add(new ValidationException.Violation(
            k, "unknown parameter", null,
            "unknown parameter: " + k + " (valid: " + String.join(", ", valid) + ")"));
      }
      throw new ValidationException(op.key(), violations);
    }
    if (explicitBody != null) {
      if (explicitBody.isObject() && body.size() > 0) {
        ObjectNode merged = ((ObjectNode) explicitBody).deepCopy();
        merged.setAll(body);
        args.body(merged);
      } else {
        args.body(explicitBody);
      }
    } else if (op.body() != null && (body.size() > 0 || op.body().required())) {
      args.body(body);
    }
    return args.build();
  }

  private static Object toParamValue(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      List<Object> list = new ArrayList<>();
      value.forEach(v -> list.add(toParamValue(v)));
      return list;
    }
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    return value.toString();
  }

  private static final class Request {
    final String resource;
    final String operation;
    final JsonNode parameters;

    private Request(String resource, String operation, JsonNode parameters) {
      this.resource = resource;
      this.operation = operation;
      this.parameters = parameters;
    }

    static Request of(JsonNode request) {
      Map<String, String> missing = new LinkedHashMap<>();
      if (request == null || !request.isObject()) {
        throw new ValidationException("request", List.of(new ValidationException.Violation(
            "request", "type=object", null, "request must be a JSON object with resource, operation and parameters")));
      }
      String resource = request.path("resource").asText(null);
      String operation = request.path("operation").asText(null);
      if (resource == null || resource.isBlank()) {
        missing.put("resource", "resource is required");
      }
      if (operation == null || operation.isBlank()) {
        missing.put("operation", "operation is required");
      }
      if (!missing.isEmpty()) {
        List<ValidationException.Violation> v = new ArrayList<>();
        missing.forEach((k, m) -> v.add(new ValidationException.Violation(k, "required", null, m)));
        throw new ValidationException("request", v);
      }
      JsonNode params = request.get("parameters");
      return new Request(resource, operation, params == null || params.isNull() ? MAPPER.createObjectNode() : params);
    }
  }
}
