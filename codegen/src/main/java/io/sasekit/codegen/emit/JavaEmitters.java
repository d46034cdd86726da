package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaEnum;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stage 4 for Java: runs every emitter over the model (models, enums, service interfaces and their
 * async twins, implementations, the registry holder, the client and the async client).
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

  /** One task per file, in a stable order; tasks only read the model, so they may run in parallel. */
  private List<Supplier<JavaFile>> tasks(ApiModel model) {
    List<Supplier<JavaFile>> tasks = new ArrayList<>();
    ModelEmitter modelEmitter = new ModelEmitter(types);
    for (JavaModel m : model.models.values()) {
      tasks.add(() -> modelEmitter.emit(m));
    }
    EnumEmitter enumEmitter = new EnumEmitter(types);
    for (JavaEnum e : model.enums.values()) {
      tasks.add(() -> enumEmitter.emit(e));
    }
    ServiceInterfaceEmitter ifaces = new ServiceInterfaceEmitter(names);
    ServiceImplEmitter impls = new ServiceImplEmitter(names);
    for (Resource r : model.resources) {
      for (Flavor f : Flavor.values()) {
        tasks.add(() -> ifaces.emit(model, r, f));
        tasks.add(() -> impls.emit(model, r, f));
      }
    }
    ClassName client = ClassName.get(basePackage, clientName);
    ClassName asyncClient = ClassName.get(basePackage, stem() + "AsyncClient");
    ClassName holder = ClassName.get(basePackage, stem() + "Operations");
    tasks.add(() -> new RegistryHolderEmitter().emit(model, holder));
    tasks.add(() -> new ClientEmitter(names).emit(model, client, asyncClient, holder));
    tasks.add(() -> new AsyncClientEmitter(names).emit(model, asyncClient, client));
    return tasks;
  }

  /** Every file for the model, in a stable order. */
  public List<JavaFile> files(ApiModel model) {
    return tasks(model).stream().map(Supplier::get).toList();
  }

  /** Writes every file below {@code sourcesDir} (in parallel); returns how many. */
  public int writeAll(ApiModel model, Path sourcesDir) {
    List<Supplier<JavaFile>> tasks = tasks(model);
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
