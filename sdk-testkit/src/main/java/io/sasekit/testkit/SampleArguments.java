package io.sasekit.testkit;

import io.sasekit.core.RequestOptions;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample argument values for calling a generated service method by reflection, for example with a
 * {@link RecordingExecutor}. Simple types get a fixed value ({@code "x"}, {@code 1}, {@code 1L},
 * {@code 1.0}, {@code true}, {@link RequestOptions#none()}, an empty list, an empty map for
 * {@code Object}); any other type is built with its static {@code none()} or {@code builder().build()},
 * or else {@code of("x")}, or else its first (by name) static factory taking one string ({@code
 * Container.device("x")}).
 */
public final class SampleArguments {
  private static final Map<Class<?>, Object> SIMPLE = new LinkedHashMap<>();

  static {
    SIMPLE.put(String.class, "x");
    SIMPLE.put(Integer.class, 1);
    SIMPLE.put(Long.class, 1L);
    SIMPLE.put(Double.class, 1.0);
    SIMPLE.put(Boolean.class, Boolean.TRUE);
    SIMPLE.put(RequestOptions.class, RequestOptions.none());
    SIMPLE.put(List.class, List.of());
    SIMPLE.put(Object.class, Map.of());
  }

  private SampleArguments() {}

  /**
   * One sample value per parameter of the method.
   *
   * @param m the method to call
   * @return the arguments, in parameter order
   * @throws ReflectiveOperationException if a factory method of a parameter type fails
   * @throws AssertionError if a parameter type has no sample value
   */
  public static Object[] forMethod(Method m) throws ReflectiveOperationException {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = sample(types[i]);
    }
    return args;
  }

  /**
   * A sample value of the type.
   *
   * @param t the type
   * @return a value of that type
   * @throws ReflectiveOperationException if a factory method of the type fails
   * @throws AssertionError if the type has no sample value
   */
  public static Object sample(Class<?> t) throws ReflectiveOperationException {
    if (SIMPLE.containsKey(t)) {
      return SIMPLE.get(t);
    }
    for (String factory : new String[] {"none", "builder"}) {
      try {
        Object v = t.getMethod(factory).invoke(null);
        return factory.equals("builder") ? v.getClass().getMethod("build").invoke(v) : v;
      } catch (NoSuchMethodException ignored) {
        // try the next factory
      }
    }
    try {
      return t.getMethod("of", String.class).invoke(null, "x");
    } catch (NoSuchMethodException e) {
      // a value type built from one name, e.g. Container.folder("x"): the first such factory by name
      Method factory = java.util.Arrays.stream(t.getMethods())
          .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getReturnType() == t
              && f.getParameterCount() == 1 && f.getParameterTypes()[0] == String.class)
          .min(java.util.Comparator.comparing(Method::getName))
          .orElseThrow(() -> new AssertionError("no sample value for " + t));
      return factory.invoke(null, "x");
    }
  }
}
