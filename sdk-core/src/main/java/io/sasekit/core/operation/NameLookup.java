package io.sasekit.core.operation;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.core.RequestOptions;
import io.sasekit.core.errors.ApiError;
import io.sasekit.core.errors.NotFoundException;
import io.sasekit.core.internal.ModelAccess;
import io.sasekit.core.json.JsonMapper;
import io.sasekit.core.json.JsonModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds one object of a resource by its exact {@code name}, through the resource's {@code list}
 * operation and its {@code name} query filter, in one container (the folder, snippet or device
 * parameters given). The generated {@code getByName} methods, the create-with-empty-answer lookup
 * and the dynamic door all go through here, so they agree.
 *
 * <p>The filter's answer is read like any list (envelope, bare array or a bare object) and every
 * page is searched; only an element whose {@code name} equals the name exactly is taken (the
 * service's filter may match more loosely). Thread-safe, stateless.
 */
public final class NameLookup {
  /** The name of the query filter a list operation must declare. */
  public static final String NAME_PARAMETER = "name";

  private static final Logger LOG = LoggerFactory.getLogger(NameLookup.class);
  private static final Set<String> NOT_CONTAINER = Set.of(NAME_PARAMETER, "limit", "offset");

  private NameLookup() {}

  /** The resource's {@code list} operation when it declares a {@code name} query filter. */
  public static Optional<OperationSpec> listOperation(OperationRegistry registry, String resource) {
    OperationSpec list = registry.operations(resource).get("list");
    return list != null && hasNameFilter(list) ? Optional.of(list) : Optional.empty();
  }

  /** Whether the operation declares a {@code name} query parameter. */
  public static boolean hasNameFilter(OperationSpec list) {
    return list.parameter(NAME_PARAMETER).map(p -> p.location() == ParameterLocation.QUERY).orElse(false);
  }

  /**
   * The one object named exactly {@code name} in the container {@code container} names.
   *
   * @param list the resource's list operation (with a {@code name} filter)
   * @param container the container parameters (others than the list's are ignored)
   * @throws NotFoundException (status 404) naming the resource, the name and the container when no
   *     element of the answer has exactly that name
   */
  public static <T> T find(OperationExecutor executor, OperationSpec list, Arguments container, String name,
      Class<T> type, RequestOptions options) {
    Arguments args = lookupArguments(list, container, name);
    Optional<JsonNode> hit = executor.paginate(list, args, JsonNode.class, options).stream()
        .filter(n -> named(n, name)).findFirst();
    return convert(hit.orElseThrow(() -> notFound(list, args, name)), type);
  }

  /** The asynchronous form of {@link #find}: the future fails with the same exceptions. */
  public static <T> CompletableFuture<T> findAsync(OperationExecutor executor, OperationSpec list,
      Arguments container, String name, Class<T> type, RequestOptions options) {
    Arguments args;
    try {
      args = lookupArguments(list, container, name);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return executor.paginateAsync(list, args, JsonNode.class, options).toList().thenApply(all -> {
      JsonNode hit = all.stream().filter(n -> named(n, name)).findFirst()
          .orElseThrow(() -> notFound(list, args, name));
      return convert(hit, type);
    });
  }

  /**
   * What a create returns: {@code created} itself when it carries an {@code id}; otherwise (the
   * service answered no body, so the SDK holds the object as sent) the object found by its name in
   * the create's container, with its id. When the object has no name or the lookup fails, {@code
   * created} is returned as it is (logged at DEBUG): the create succeeded, so this never throws.
   *
   * @param list the resource's list operation (with a {@code name} filter)
   * @param createArguments the create's arguments (their container parameters are reused, or, when the
   *     container travels in the body, the body members named like the list's query parameters)
   */
  public static <T> T afterCreate(OperationExecutor executor, OperationSpec list, Arguments createArguments,
      T created, Class<T> type, RequestOptions options) {
    String name = missingIdName(created);
    if (name == null) {
      return created;
    }
    try {
      return find(executor, list, createArguments, name, type, options);
    } catch (RuntimeException e) {
      LOG.debug("{}: looking up the created object by name failed, returning it as sent: {}",
          list.key(), e.toString());
      return created;
    }
  }

  /** The asynchronous form of {@link #afterCreate}: never completes exceptionally because of the lookup. */
  public static <T> CompletableFuture<T> afterCreateAsync(OperationExecutor executor, OperationSpec list,
      Arguments createArguments, T created, Class<T> type, RequestOptions options) {
    String name = missingIdName(created);
    if (name == null) {
      return CompletableFuture.completedFuture(created);
    }
    return findAsync(executor, list, createArguments, name, type, options).handle((found, e) -> {
      if (e != null) {
        LOG.debug("{}: looking up the created object by name failed, returning it as sent: {}",
            list.key(), e.toString());
        return created;
      }
      return found;
    });
  }

  /** The name to look up when the object has none of {@code id} but a name, else {@code null}. */
  static String missingIdName(Object created) {
    if (created == null) {
      return null;
    }
    if (created instanceof JsonModel) {
      // the common case read from the model's values: both members absent, null or text, and
      // not left to the unknown members (anything else is read from the JSON tree, below)
      JsonModel model = (JsonModel) created;
      Object id = ModelAccess.knownMember(model, "id");
      Object name = ModelAccess.knownMember(model, NAME_PARAMETER);
      Map<String, Object> unknown = model.additionalProperties();
      if ((id == null || id instanceof String) && (name == null || name instanceof String)
          && (id != null || !unknown.containsKey("id"))
          && (name != null || !unknown.containsKey(NAME_PARAMETER))) {
        if (id != null && !((String) id).isEmpty()) {
          return null;
        }
        return name != null && !((String) name).isEmpty() ? (String) name : null;
      }
    }
    JsonNode tree;
    try {
      tree = created instanceof JsonNode ? (JsonNode) created : JsonMapper.shared().valueToTree(created);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (tree == null || !tree.isObject()) {
      return null;
    }
    JsonNode id = tree.get("id");
    if (id != null && !id.isNull() && !id.asText().isEmpty()) {
      return null;
    }
    JsonNode name = tree.get(NAME_PARAMETER);
    return name != null && name.isTextual() && !name.asText().isEmpty() ? name.asText() : null;
  }

  private static Arguments lookupArguments(OperationSpec list, Arguments container, String name) {
    Objects.requireNonNull(name, "name");
    if (!hasNameFilter(list)) {
      throw new IllegalArgumentException(list.key() + " has no name filter");
    }
    Arguments.Builder b = Arguments.builder();
    for (Map.Entry<String, Object> e : container.params().entrySet()) {
      if (e.getValue() != null && !NOT_CONTAINER.contains(e.getKey()) && list.parameter(e.getKey()).isPresent()) {
        b.param(e.getKey(), e.getValue());
      }
    }
    // a create whose container travels in its body (SCM: folder, snippet or device members)
    JsonNode body = bodyTree(container);
    for (ParameterSpec p : list.parameters()) {
      JsonNode member = body == null ? null : body.get(p.name());
      if (p.location() == ParameterLocation.QUERY && !NOT_CONTAINER.contains(p.name())
          && !container.params().containsKey(p.name()) && member != null && member.isTextual()) {
        b.param(p.name(), member.textValue());
      }
    }
    return b.param(NAME_PARAMETER, name).build();
  }

  /** The arguments' body as a JSON object, or null. */
  private static JsonNode bodyTree(Arguments args) {
    Object body = args.body().orElse(null);
    if (body == null) {
      return null;
    }
    try {
      JsonNode tree = body instanceof JsonNode ? (JsonNode) body : JsonMapper.shared().valueToTree(body);
      return tree != null && tree.isObject() ? tree : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean named(JsonNode element, String name) {
    JsonNode n = element == null ? null : element.get(NAME_PARAMETER);
    return n != null && n.isTextual() && n.asText().equals(name);
  }

  private static <T> T convert(JsonNode node, Class<T> type) {
    if (type.isInstance(node)) {
      return type.cast(node);
    }
    return JsonMapper.shared().convertValue(node, type);
  }

  private static NotFoundException notFound(OperationSpec list, Arguments args, String name) {
    StringJoiner where = new StringJoiner(", ");
    args.params().forEach((k, v) -> {
      if (!NAME_PARAMETER.equals(k)) {
        where.add(k + "=" + v);
      }
    });
    String message = "no " + list.resource() + " named \"" + name + "\" in "
        + (where.length() == 0 ? "the default container" : where.toString());
    return new NotFoundException(404, list.method(), list.pathTemplate(), Map.of(), null,
        List.of(new ApiError(null, message, null)), null);
  }
}
