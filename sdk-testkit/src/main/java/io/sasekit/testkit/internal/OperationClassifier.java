package io.sasekit.testkit.internal;

import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterLocation;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.core.operation.ResponseShape;
import java.util.Set;

/**
 * Decides what the simulator does for each registry operation, from its method, the shape of its
 * path (collection, {@code /{id}}, colon action) and its name. No resource is named here: the
 * config-management endpoints are recognised by their path shape, everything else by the generic
 * rules, so a new resource in the spec needs no change.
 */
public final class OperationClassifier {
  /** Query parameters that select the container an object lives in. */
  public static final Set<String> CONTAINER_PARAMS = Set.of("folder", "snippet", "device");
  /** Query parameters that page a list. */
  public static final Set<String> PAGING_PARAMS = Set.of("limit", "offset");
  /** The rulebase parameter of rule resources. */
  public static final String POSITION_PARAM = "position";

  private OperationClassifier() {}

  /** Classifies one operation of {@code registry}. */
  public static OperationKind classify(OperationSpec op, OperationRegistry registry) {
    String path = op.pathTemplate();
    String method = op.method();
    String last = lastSegment(path);
    int colon = last.indexOf(':');

    // config management and jobs: recognised by path shape
    if ("POST".equals(method) && path.endsWith("/config-versions/candidate:push")) {
      return OperationKind.PUSH;
    }
    if ("DELETE".equals(method) && path.endsWith("/config-versions/candidate")) {
      return OperationKind.ROLLBACK;
    }
    if ("GET".equals(method) && path.endsWith("/config-versions/running")) {
      return OperationKind.RUNNING;
    }
    if ("POST".equals(method) && path.endsWith("/config-versions:load")) {
      return OperationKind.LOAD;
    }
    if ("GET".equals(method) && path.endsWith("/config-versions")) {
      return OperationKind.VERSION_LIST;
    }
    if ("GET".equals(method) && parentSegment(path).equals("config-versions") && isParam(last)) {
      return OperationKind.VERSION_GET;
    }
    if ("GET".equals(method) && path.endsWith("/jobs")) {
      return OperationKind.JOB_LIST;
    }
    if ("GET".equals(method) && parentSegment(path).equals("jobs") && isParam(last)) {
      return OperationKind.JOB_GET;
    }

    // colon actions
    if (colon >= 0) {
      String verb = last.substring(colon + 1);
      String base = last.substring(0, colon);
      if ("POST".equals(method) && verb.equals("move") && isParam(base)) {
        return OperationKind.MOVE;
      }
      if ("POST".equals(method) && verb.equals("import") && !isParam(base)) {
        return OperationKind.CREATE;
      }
      return OperationKind.ACTION;
    }

    if (isParam(last)) {
      switch (method) {
        case "GET":
          return OperationKind.GET;
        case "PUT":
        case "PATCH":
          return OperationKind.UPDATE;
        case "DELETE":
          return OperationKind.DELETE;
        default:
          return OperationKind.ACTION;
      }
    }

    // a collection path (no trailing parameter)
    switch (method) {
      case "GET":
        if (isListLike(op)) {
          return OperationKind.LIST;
        }
        return requiredKeyParam(op) != null ? OperationKind.KEYED_GET : OperationKind.SINGLETON_GET;
      case "POST":
        if (op.operation().equals("create") || hasSibling(registry, op, OperationKind.LIST)) {
          return OperationKind.CREATE;
        }
        if (hasSibling(registry, op, OperationKind.SINGLETON_GET)) {
          return OperationKind.SINGLETON_UPDATE;
        }
        return OperationKind.ACTION;
      case "PUT":
      case "PATCH":
        if (op.parameter("name").isPresent() || hasSibling(registry, op, OperationKind.LIST)) {
          return OperationKind.KEYED_UPDATE;
        }
        return OperationKind.SINGLETON_UPDATE;
      case "DELETE":
        return requiredKeyParam(op) != null ? OperationKind.KEYED_DELETE : OperationKind.ACTION;
      default:
        return OperationKind.ACTION;
    }
  }

  private static boolean isListLike(OperationSpec op) {
    return op.operation().equals("list")
        || op.operation().startsWith("list")
        || op.responseShape() == ResponseShape.LIST;
  }

  /**
   * The query parameter that addresses one object of a collection: {@code name} when the
   * operation has it, else its first required query parameter that is not a container, position
   * or paging parameter; {@code null} when none.
   */
  public static String keyParam(OperationSpec op) {
    if (op.parameter("name").filter(p -> p.location() == ParameterLocation.QUERY).isPresent()) {
      return "name";
    }
    for (ParameterSpec p : op.parameters()) {
      if (p.location() == ParameterLocation.QUERY
          && p.required()
          && !CONTAINER_PARAMS.contains(p.name())
          && !PAGING_PARAMS.contains(p.name())
          && !POSITION_PARAM.equals(p.name())) {
        return p.name();
      }
    }
    return null;
  }

  /** Like {@link #keyParam}, but only a parameter the operation requires. */
  public static String requiredKeyParam(OperationSpec op) {
    String key = keyParam(op);
    return key != null && op.parameter(key).map(ParameterSpec::required).orElse(false) ? key : null;
  }

  /** Whether the same resource has an operation of {@code kind} on the same path. */
  private static boolean hasSibling(OperationRegistry registry, OperationSpec op, OperationKind kind) {
    for (OperationSpec other : registry.operations(op.resource()).values()) {
      if (other != op && other.pathTemplate().equals(op.pathTemplate()) && "GET".equals(other.method())) {
        boolean list = isListLike(other);
        if (kind == OperationKind.LIST && list) {
          return true;
        }
        if (kind == OperationKind.SINGLETON_GET && !list && requiredKeyParam(other) == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** The last {@code /} segment of a path template. */
  public static String lastSegment(String path) {
    int i = path.lastIndexOf('/');
    return i < 0 ? path : path.substring(i + 1);
  }

  private static String parentSegment(String path) {
    int i = path.lastIndexOf('/');
    return i <= 0 ? "" : lastSegment(path.substring(0, i));
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
