package io.sasekit.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.JavaPlan;
import java.util.List;
import java.util.function.Supplier;

/**
 * One kind of generated Java file (models, enums, services, their implementations, the clients,
 * the registry holder). Emitters only print the plan: each file is a task that reads it and nothing
 * else, so {@link JavaEmitters} may run the tasks in parallel.
 */
@FunctionalInterface
public interface Emitter {
  /** The files of this kind for the plan, one task per file, in a stable order. */
  List<Supplier<JavaFile>> files(JavaPlan plan);
}
