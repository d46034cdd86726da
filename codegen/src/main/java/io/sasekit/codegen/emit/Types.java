package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sasekit.codegen.model.TypeRef;
import java.util.List;
import java.util.Map;

/** Maps the model's {@link TypeRef}s and the sdk-core types to JavaPoet names for one base package. */
final class Types {
  static final String CORE = "io.sasekit.core";
  static final ClassName OPERATION_EXECUTOR = ClassName.get(CORE + ".operation", "OperationExecutor");
  static final ClassName OPERATION_REGISTRY = ClassName.get(CORE + ".operation", "OperationRegistry");
  static final ClassName OPERATION_SPEC = ClassName.get(CORE + ".operation", "OperationSpec");
  static final ClassName ARGUMENTS = ClassName.get(CORE + ".operation", "Arguments");
  static final ClassName NAME_LOOKUP = ClassName.get(CORE + ".operation", "NameLookup");
  static final ClassName VALIDATION_EXCEPTION = ClassName.get(CORE + ".errors", "ValidationException");
  static final ClassName CONTAINER_ARGUMENTS = ClassName.get(CORE + ".operation", "ContainerArguments");
  static final ClassName RESPONSE_TYPE = ClassName.get(CORE + ".operation", "ResponseType");
  static final ClassName REQUEST_OPTIONS = ClassName.get(CORE, "RequestOptions");
  static final ClassName CLIENT_OPTIONS = ClassName.get(CORE, "ClientOptions");
  static final ClassName PAGE = ClassName.get(CORE + ".pagination", "Page");
  static final ClassName AUTO_PAGER = ClassName.get(CORE + ".pagination", "AutoPager");
  static final ClassName ASYNC_AUTO_PAGER = ClassName.get(CORE + ".pagination", "AsyncAutoPager");
  static final ClassName OPEN_ENUM = ClassName.get(CORE + ".json", "OpenEnum");
  static final ClassName DYNAMIC_DISPATCHER = ClassName.get(CORE + ".dynamic", "DynamicDispatcher");
  static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName OBJECT = ClassName.get(Object.class);
  static final TypeName STRING_OBJECT_MAP = ParameterizedTypeName.get(MAP, STRING, OBJECT);

  private final String modelsPackage;

  Types(String basePackage) {
    this.modelsPackage = basePackage + ".models";
  }

  String modelsPackage() {
    return modelsPackage;
  }

  /** The class of a generated model or enum by its name in the models package (dotted when nested). */
  ClassName className(String name) {
    String[] parts = name.split("\\.");
    return ClassName.get(modelsPackage, parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
  }

  /** The Java type of a {@link TypeRef}. */
  TypeName of(TypeRef t) {
    switch (t.kind()) {
      case STRING:
        return STRING;
      case INTEGER:
        return ClassName.get(Integer.class);
      case LONG:
        return ClassName.get(Long.class);
      case DOUBLE:
        return ClassName.get(Double.class);
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case ANY:
        return OBJECT;
      case MAP:
        return STRING_OBJECT_MAP;
      case LIST:
        return ParameterizedTypeName.get(LIST, of(t.element()));
      case MODEL:
      case ENUM:
        return className(t.name());
      case EXTERNAL:
        return ClassName.bestGuess(t.name());
      default:
        throw new IllegalArgumentException(String.valueOf(t));
    }
  }

  /** The class literal type for reading a value of {@code t} (type arguments erased). */
  TypeName raw(TypeRef t) {
    TypeName n = of(t);
    return n instanceof ParameterizedTypeName p ? p.rawType() : n;
  }
}
