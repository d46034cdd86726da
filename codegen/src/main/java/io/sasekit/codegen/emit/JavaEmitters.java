package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.JavaEnum;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stage 4 for Java: runs every {@link Emitter} over the plan (models, enums, service interfaces and their
 * async twins, implementations, params classes, the registry holder, the client, the async client and,
 * when the plan has one, the enum of the regional hosts).
 */
public final class JavaEmitters {
  private final String basePackage;
  private final String clientName;
  private final Types types;
  private final ServiceNames names;

  /**
   * @param basePackage e.g. {@code io.sasekit.prismaaccess}
   * @param clientName e.g. {@code PrismaAccessClient} (the async client and registry holder are named after it)
   */
  public JavaEmitters(String basePackage, String clientName) {
    this.basePackage = basePackage;
    this.clientName = clientName;
    this.types = new Types(basePackage);
    this.names = new ServiceNames(types, basePackage);
  }

  private String stem() {
    return clientName.endsWith("Client") ? clientName.substring(0, clientName.length() - "Client".length()) : clientName;
  }

  /** Every emitter, in the order their files are listed. */
  private List<Emitter> emitters() {
    EnumEmitter enums = new EnumEmitter(types);
    ModelEmitter models = new ModelEmitter(types, enums);
    ServiceInterfaceEmitter ifaces = new ServiceInterfaceEmitter(names);
    ServiceImplEmitter impls = new ServiceImplEmitter(names);
    ParamsClassEmitter params = new ParamsClassEmitter(types);
    ClassName client = ClassName.get(basePackage, clientName);
    ClassName asyncClient = ClassName.get(basePackage, stem() + "AsyncClient");
    ClassName holder = ClassName.get(basePackage, stem() + "Operations");
    return List.of(
        plan -> each(topLevel(plan.models().values(), JavaModel::name), m -> models.emit(plan, m)),
        plan -> each(topLevel(plan.enums().values(), JavaEnum::name), enums::emit),
        plan -> {
          List<Supplier<JavaFile>> files = new ArrayList<>();
          for (Resource r : plan.spec().resources) {
            for (Flavor f : Flavor.values()) {
              files.add(() -> ifaces.emit(plan, r, f));
              files.add(() -> impls.emit(plan, r, f));
            }
          }
          return files;
        },
        plan -> {
          List<Supplier<JavaFile>> files = new ArrayList<>();
          for (Resource r : plan.spec().resources) {
            for (Operation op : r.operations) {
              JavaMethod m = plan.methods().get(op.key());
              if (m.paramsClassName() != null) {
                files.add(() -> params.emit(names.params(m), m, names.service(plan.service(r), Flavor.SYNC)));
              }
            }
          }
          return files;
        },
        plan -> List.of(() -> new RegistryHolderEmitter().emit(plan, holder)),
        plan -> List.of(() -> new ClientEmitter(names).emit(plan, client, asyncClient, holder)),
        plan -> List.of(() -> new AsyncClientEmitter(names).emit(plan, asyncClient, client)),
        new RegionEnumEmitter(basePackage, Set.of(client.simpleName(), asyncClient.simpleName(), holder.simpleName())));
  }

  /** The classes that get a file of their own (nested ones are printed inside their owner's). */
  private static <T> List<T> topLevel(Collection<T> all, Function<T, String> name) {
    return all.stream().filter(t -> JavaPlan.isTopLevel(name.apply(t))).toList();
  }

  private static <T> List<Supplier<JavaFile>> each(Collection<T> subjects, Function<T, JavaFile> emit) {
    List<Supplier<JavaFile>> files = new ArrayList<>();
    for (T t : subjects) {
      files.add(() -> emit.apply(t));
    }
    return files;
  }

  private List<Supplier<JavaFile>> tasks(JavaPlan plan) {
    List<Supplier<JavaFile>> tasks = new ArrayList<>();
    for (Emitter e : emitters()) {
      tasks.addAll(e.files(plan));
    }
    return tasks;
  }

  /** Every file for the plan, in a stable order. */
  public List<JavaFile> files(JavaPlan plan) {
    return tasks(plan).stream().map(Supplier::get).toList();
  }

  /** Writes every file below {@code sourcesDir} (in parallel); returns how many. */
  public int writeAll(JavaPlan plan, Path sourcesDir) {
    List<Supplier<JavaFile>> tasks = tasks(plan);
    tasks.parallelStream().forEach(t -> {
      try {
        t.get().writeTo(sourcesDir, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write generated sources to " + sourcesDir, e);
      }
    });
    return tasks.size();
  }
}
