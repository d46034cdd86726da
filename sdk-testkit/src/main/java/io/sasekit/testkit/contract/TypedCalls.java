package io.sasekit.testkit.contract;

import io.sasekit.core.RequestOptions;
import io.sasekit.core.json.OpenEnum;
import io.sasekit.core.operation.ContainerArgument;
import io.sasekit.core.operation.OperationSpec;
import io.sasekit.core.operation.ParameterSpec;
import io.sasekit.testkit.ServiceDriver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans one call of a registry operation through a generated TYPED client, by reflection: the
 * client's accessor for the operation's resource, the operation's full-form method (the one ending
 * in {@link RequestOptions}), and its arguments, whose values a test supplies through {@link Values}.
 * A method taking an optional-parameters object ({@code ...Params}) is called with every optional
 * parameter ({@link Variant#ALL_OPTIONAL}) or the required ones only ({@link Variant#REQUIRED_ONLY});
 * of an exactly-one group only the first member is set.
 */
public final class TypedCalls {
  private static final Set<String> JAVA_KEYWORDS = Set.of("import", "package", "new", "default", "class",
      "interface", "enum", "switch", "case", "for", "while", "do", "if", "else", "return", "throw", "try",
      "catch", "finally", "static", "final", "public", "private", "protected", "void", "native", "assert",
      "break", "continue", "goto", "const", "this", "super", "synchronized", "volatile", "transient",
      "abstract", "boolean", "byte", "char", "short", "int", "long", "float", "double", "extends",
      "implements", "instanceof", "strictfp", "throws");

  /** How optional parameters held in a parameters object are filled. */
  public enum Variant {
    /** The method takes no parameters object: one call. */
    ONLY("-"),
    /** Every optional parameter set. */
    ALL_OPTIONAL("all optional parameters"),
    /** Only the required parameters (and the first of an exactly-one group). */
    REQUIRED_ONLY("required parameters only");

    private final String label;

    Variant(String label) {
      this.label = label;
    }

    /** A short description for test names. */
    public String label() {
      return label;
    }
  }

  /** Where the argument values come from. */
  public interface Values {
    /**
     * A realistic value of an operation parameter (path, query or header) in its Java type.
     *
     * @param name the parameter's spec name
     * @param type the Java type the method takes
     */
    Object parameter(String name, Class<?> type);

    /**
     * The request body, as an instance of the Java type the method takes.
     *
     * @param type the body's Java type
     */
    Object body(Class<?> type);
  }

  /**
   * One planned call.
   *
   * @param accessor the client's accessor returning the service
   * @param method the service's full-form method
   * @param args the arguments
   * @param sentParams the spec name and wire text of every parameter given a value
   * @param expectedPath the concrete path the call must reach
   */
  public record Call(Method accessor, Method method, Object[] args, Map<String, String> sentParams, String expectedPath) {
    /**
     * Runs the call on a client; an exception the method throws is rethrown as is.
     *
     * @param client the typed client
     * @return what the method returned
     * @throws Throwable what the method threw
     */
    public Object invoke(Object client) throws Throwable {
      try {
        return method.invoke(accessor.invoke(client), args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private TypedCalls() {}

  /**
   * The variants an operation is called with: both {@link Variant#ALL_OPTIONAL} and {@link
   * Variant#REQUIRED_ONLY} when its method takes a parameters object, else {@link Variant#ONLY}. When
   * the method cannot be found, {@link Variant#ONLY} (the call then fails on its own).
   */
  public static List<Variant> variants(Class<?> clientClass, OperationSpec op) {
    try {
      Method accessor = accessor(clientClass, op.resource());
      for (Class<?> t : fullForm(accessor.getReturnType(), op).getParameterTypes()) {
        if (isParamsObject(t)) {
          return List.of(Variant.ALL_OPTIONAL, Variant.REQUIRED_ONLY);
        }
      }
    } catch (AssertionError e) {
      // reported by the call itself
    }
    return List.of(Variant.ONLY);
  }

  /** The no-argument accessor of {@code clientClass} whose service runs the operations of {@code resource}. */
  public static Method accessor(Class<?> clientClass, String resource) {
    Method found = ServiceDriver.accessorsByResource(clientClass).get(resource);
    if (found == null) {
      throw new AssertionError(clientClass.getSimpleName() + " has no accessor whose service runs resource " + resource);
    }
    return found;
  }

  /**
   * The operation's method with the longest signature ending in {@link RequestOptions} (not an
   * overload taking a {@link ContainerArgument} for the container parameters): named after
   * the operation, or, for a Java keyword, the operation followed by a capitalized word
   * ({@code import} becomes {@code importCertificate}).
   */
  public static Method fullForm(Class<?> service, OperationSpec op) {
    String name = op.operation();
    List<Method> candidates = new ArrayList<>();
    for (Method m : service.getMethods()) {
      boolean named = m.getName().equals(name)
          || (JAVA_KEYWORDS.contains(name) && m.getName().startsWith(name)
              && m.getName().length() > name.length() && Character.isUpperCase(m.getName().charAt(name.length())));
      Class<?>[] types = m.getParameterTypes();
      // a workflow helper of the same name (push(List, String)) does not end in RequestOptions; an
      // overload taking a container value (Container.folder(..)) stands for the container parameters
      boolean containerOverload = false;
      for (Class<?> t : types) {
        containerOverload |= ContainerArgument.class.isAssignableFrom(t);
      }
      if (named && types.length > 0 && types[types.length - 1] == RequestOptions.class && !containerOverload) {
        candidates.add(m);
      }
    }
    if (candidates.isEmpty()) {
      throw new AssertionError(service.getSimpleName() + " has no method for operation " + op.key());
    }
    int max = candidates.stream().mapToInt(Method::getParameterCount).max().orElseThrow();
    List<Method> longest = candidates.stream().filter(m -> m.getParameterCount() == max).toList();
    if (longest.size() != 1) {
      throw new AssertionError(service.getSimpleName() + " has " + longest.size() + " longest methods for " + op.key() + ": " + longest);
    }
    Method m = longest.get(0);
    if (!Modifier.isAbstract(m.getModifiers())) {
      throw new AssertionError("the longest " + op.key() + " method is not the operation's own: " + m);
    }
    return m;
  }

  /** Whether a parameter type is an optional-parameters object (a {@code ...Params} type with a builder). */
  public static boolean isParamsObject(Class<?> t) {
    if (!t.getSimpleName().endsWith("Params")) {
      return false;
    }
    try {
      t.getMethod("builder");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Plans the call of {@code op} on {@code clientClass}. A Java parameter named after a spec
   * parameter (camelCase) gets {@link Values#parameter}; any other model-typed one is the body.
   */
  public static Call plan(Class<?> clientClass, OperationSpec op, Variant variant, Values values) {
    Method accessor = accessor(clientClass, op.resource());
    Method method = fullForm(accessor.getReturnType(), op);
    Map<String, String> sent = new LinkedHashMap<>();
    Parameter[] params = method.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      Class<?> t = p.getType();
      if (t == RequestOptions.class) {
        args[i] = RequestOptions.none();
      } else if (isParamsObject(t)) {
        args[i] = paramsObject(op, variant, t, values, sent);
      } else {
        ParameterSpec ps = specParameterOrNull(op, p.getName());
        if (ps == null) {
          if (op.body() == null) {
            throw new AssertionError(op.key() + ": Java parameter '" + p.getName() + "' names no parameter of the operation "
                + op.parameters().stream().map(ParameterSpec::name).toList() + " and the operation takes no body");
          }
          args[i] = values.body(t);
        } else {
          Object v = values.parameter(ps.name(), t);
          sent.put(ps.name(), wireText(v));
          args[i] = v;
        }
      }
    }
    return new Call(accessor, method, args, sent, expectedPath(op, sent));
  }

  /** The spec parameter a Java name stands for (Java names are the camelCase spec names), or {@code null}. */
  public static ParameterSpec specParameterOrNull(OperationSpec op, String javaName) {
    for (ParameterSpec ps : op.parameters()) {
      if (camel(ps.name()).equals(javaName)) {
        return ps;
      }
    }
    return null;
  }

  /** {@code snake_case}, {@code kebab-case} or {@code dotted.name} as camelCase. */
  public static String camel(String specName) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : specName.toCharArray()) {
      if (c == '_' || c == '-' || c == '.') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  /**
   * A parameter's text as the Java type a method takes: {@code String}, {@code Integer}, {@code
   * Long}, {@code Double}, {@code Boolean}, a {@code List} of the one text, or an {@link OpenEnum}
   * (which must know the value).
   *
   * @throws AssertionError for another type, or an enum value the Java enum does not know
   */
  public static Object textAs(String text, Class<?> type) {
    if (type == String.class) {
      return text;
    } else if (type == Integer.class) {
      return Integer.valueOf(text);
    } else if (type == Long.class) {
      return Long.valueOf(text);
    } else if (type == Double.class) {
      return Double.valueOf(text);
    } else if (type == Boolean.class) {
      return Boolean.valueOf(text);
    } else if (type == List.class) {
      return List.of(text);
    } else if (OpenEnum.class.isAssignableFrom(type)) {
      OpenEnum e;
      try {
        e = (OpenEnum) type.getMethod("of", String.class).invoke(null, text);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(type.getName() + " has no of(String)", ex);
      }
      if (!e.isKnown()) {
        throw new AssertionError(type.getSimpleName() + " does not know the spec value " + text);
      }
      return e;
    }
    throw new AssertionError("no parameter value of the Java type " + type.getName());
  }

  private static String wireText(Object v) {
    if (v instanceof OpenEnum e) {
      return e.value();
    }
    if (v instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(x -> parts.add(wireText(x)));
      return String.join(",", parts);
    }
    return String.valueOf(v);
  }

  private static Object paramsObject(OperationSpec op, Variant variant, Class<?> t, Values values, Map<String, String> sent) {
    try {
      Object builder = t.getMethod("builder").invoke(null);
      for (Method setter : builder.getClass().getMethods()) {
        if (setter.getParameterCount() != 1 || setter.getReturnType() != builder.getClass()) {
          continue;
        }
        ParameterSpec ps = specParameterOrNull(op, setter.getName());
        if (ps == null) {
          continue; // a convenience setter (addX, a Container, ...) of a parameter that has its own
        }
        boolean exclusive = op.exactlyOneOf().contains(ps.name());
        boolean firstOfExclusive = exclusive && op.exactlyOneOf().get(0).equals(ps.name());
        boolean set = switch (variant) {
          case ALL_OPTIONAL -> !exclusive || firstOfExclusive;
          case REQUIRED_ONLY -> ps.required() || firstOfExclusive;
          case ONLY -> true;
        };
        if (set && !sent.containsKey(ps.name())) {
          Object v = values.parameter(ps.name(), setter.getParameterTypes()[0]);
          setter.invoke(builder, v);
          sent.put(ps.name(), wireText(v));
        }
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(op.key() + ": cannot build " + t.getName() + ": " + e.getCause(), e);
    }
  }

  /** The concrete path: the template with each path parameter's value percent-encoded. */
  private static String expectedPath(OperationSpec op, Map<String, String> sent) {
    String path = op.pathTemplate();
    for (ParameterSpec ps : op.parameters()) {
      if (ps.location().name().equals("PATH")) {
        String v = sent.get(ps.name());
        if (v == null) {
          throw new AssertionError(op.key() + ": no value for path parameter " + ps.name());
        }
        path = path.replace("{" + ps.name() + "}", URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
      }
    }
    return path;
  }
}
