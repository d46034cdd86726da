package io.sasekit.testkit;

import io.sasekit.core.operation.OperationExecutor;
import io.sasekit.core.operation.OperationRegistry;
import io.sasekit.core.operation.OperationSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drives a generated client's services by reflection, for tests that prove every registry operation
 * is reachable from the typed face: each service implementation ({@code <package>.internal.<Name>Impl})
 * is built over a {@link RecordingExecutor} and every abstract (full-form) method is called with
 * {@link SampleArguments}. Nothing is sent.
 */
public final class ServiceDriver {
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
   * Calls every abstract method {@code service} declares on its implementation over a recording
   * executor, except {@code getByName} (it runs the resource's list operation and adds none of its own).
   *
   * @throws ReflectiveOperationException when the implementation cannot be built or a method fails
   */
  public static Run drive(Class<?> service, OperationRegistry registry) throws ReflectiveOperationException {
    Class<?> implClass = Class.forName(service.getPackageName() + ".internal." + service.getSimpleName() + "Impl");
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
