package io.sasekit.testkit;

import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drives a generated client's services by reflection, for tests that prove every registry operation
 * is reachable from the typed face: each service implementation ({@code <package>.internal.<Name>Impl})
 * is built over a {@link RecordingExecutor} and every abstract (full-form) method is called with
 * {@link SampleArguments}. Nothing is sent.
 */
public final class ServiceDriver {
  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private ServiceDriver() {}

  /**
   * One method called and what it returned.
   *
   * @param method the service method
   * @param result its return value
   */
  public record Invocation(Method method, Object result) {}

  /**
   * What driving one service did.
   *
   * @param invocations every method called, in order
   * @param calls what the executor recorded
   */
  public record Run(List<Invocation> invocations, List<RecordingExecutor.Call> calls) {}

  /** The service interfaces a client class exposes: its no-argument accessors returning a {@code .services} interface. */
  public static List<Class<?>> services(Class<?> clientClass) {
    List<Class<?>> services = new ArrayList<>();
    for (Method accessor : clientClass.getMethods()) {
      Class<?> t = accessor.getReturnType();
      if (accessor.getParameterCount() == 0 && t.isInterface() && t.getPackageName().endsWith(".services")) {
        services.add(t);
      }
    }
    return services;
  }

  /**
   * The generated implementation of a service interface: {@code <package>.internal.<stem>Impl} for
   * {@code <stem>Service} and {@code <stem>AsyncImpl} for {@code <stem>ServiceAsync}.
   *
   * @throws ClassNotFoundException when there is none
   */
  public static Class<?> implClass(Class<?> service) throws ClassNotFoundException {
    String name = service.getSimpleName();
    boolean async = name.endsWith("ServiceAsync");
    String stem = name.substring(0, name.length() - (async ? "ServiceAsync" : "Service").length());
    return Class.forName(service.getPackageName() + ".internal." + stem + (async ? "AsyncImpl" : "Impl"));
  }

  /**
   * The client's accessors by the resource key their service runs, found by building each service
   * implementation over the API's registry (generated holder {@code <stem>Operations} beside the
   * client, {@code <stem>} the client name without {@code Client}) and reading the resource of the
   * operations it looked up. Service names need not follow the resource key
   * ({@code service} -> {@code ServiceObjectService}).
   *
   * @throws IllegalStateException when the registry holder or an implementation cannot be used
   */
  public static Map<String, Method> accessorsByResource(Class<?> clientClass) {
    return ACCESSORS.computeIfAbsent(clientClass, ServiceDriver::findAccessors);
  }

  private static Map<String, Method> findAccessors(Class<?> clientClass) {
    String client = clientClass.getSimpleName();
    String stem = client.endsWith("Client") ? client.substring(0, client.length() - "Client".length()) : client;
    Map<String, Method> out = new TreeMap<>();
    try {
      Class<?> holder = Class.forName(clientClass.getPackageName() + "." + stem + "Operations");
      OperationRegistry registry = (OperationRegistry) holder.getMethod("registry").invoke(null);
      for (Method accessor : clientClass.getMethods()) {
        Class<?> t = accessor.getReturnType();
        if (accessor.getParameterCount() != 0 || !t.isInterface() || !t.getPackageName().endsWith(".services")) {
          continue;
        }
        Object impl = implClass(t).getConstructor(OperationExecutor.class, OperationRegistry.class)
            .newInstance(new RecordingExecutor(), registry);
        for (Field f : impl.getClass().getDeclaredFields()) {
          if (f.getType() == OperationSpec.class) {
            f.setAccessible(true);
            Method previous = out.put(((OperationSpec) f.get(impl)).resource(), accessor);
            if (previous != null && !previous.equals(accessor)) {
              throw new IllegalStateException("two accessors run resource " + ((OperationSpec) f.get(impl)).resource()
                  + ": " + previous.getName() + ", " + accessor.getName());
            }
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot map the services of " + clientClass.getName() + " to resources", e);
    }
    return Map.copyOf(out);
  }

  /**
   * Calls every abstract method {@code service} declares on its implementation over a recording
   * executor, except {@code getByName} (it runs the resource's list operation and adds none of its own).
   *
   * @throws ReflectiveOperationException when the implementation cannot be built or a method fails
   */
  public static Run drive(Class<?> service, OperationRegistry registry) throws ReflectiveOperationException {
    Class<?> implClass = implClass(service);
    RecordingExecutor rec = new RecordingExecutor();
    Object impl = implClass.getConstructor(OperationExecutor.class, OperationRegistry.class).newInstance(rec, registry);
    List<Invocation> invocations = new ArrayList<>();
    for (Method m : service.getMethods()) {
      if (!Modifier.isAbstract(m.getModifiers()) || m.getDeclaringClass() != service
          || m.getName().equals("getByName")) {
        continue;
      }
      invocations.add(new Invocation(m, m.invoke(impl, SampleArguments.forMethod(m))));
    }
    return new Run(invocations, rec.calls());
  }

  /** The keys ({@code resource.operation}) of every operation of {@code registry}, sorted. */
  public static Set<String> registryKeys(OperationRegistry registry) {
    Set<String> keys = new TreeSet<>();
    for (OperationSpec op : registry.operations()) {
      keys.add(op.key());
    }
    return keys;
  }
}
