package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.JavaService;
import javax.lang.model.element.Modifier;

/**
 * Prints the asynchronous client: the same accessors as the client, returning the async services,
 * plus {@code registry()}, {@code executor()}, {@code withRawResponse(...)} and {@code close()} ({@link AutoCloseable}, like the
 * client); it implements the customization's
 * {@code asyncClientExtends}.
 */
final class AsyncClientEmitter {
  private final ServiceNames names;

  AsyncClientEmitter(ServiceNames names) {
    this.names = names;
  }

  JavaFile emit(JavaPlan plan, ClassName self, ClassName syncClient) {
    ApiModel model = plan.spec();
    TypeSpec.Builder t =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc("The asynchronous face of {@link $T} (obtain it with {@code async()}): every service method returns a {@code CompletableFuture}. Shares the client's connection pool: closing either one releases the pool of both.\n", syncClient);
    for (String ext : plan.asyncClientExtends()) {
      t.addSuperinterface(ClassName.bestGuess(ext));
    }
    t.addField(FieldSpec.builder(Types.OPERATION_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL).build());
    t.addField(FieldSpec.builder(Types.OPERATION_REGISTRY, "registry", Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addParameter(Types.OPERATION_EXECUTOR, "executor")
            .addParameter(Types.OPERATION_REGISTRY, "registry")
            .addStatement("this.executor = executor")
            .addStatement("this.registry = registry");
    for (JavaService r : plan.services().values()) {
      // each service is made on first use (see ClientEmitter)
      t.addField(FieldSpec.builder(names.service(r, Flavor.ASYNC), r.accessorName(), Modifier.PRIVATE, Modifier.VOLATILE).build());
    }
    t.addMethod(ctor.build());
    for (JavaService r : plan.services().values()) {
      t.addMethod(ClientEmitter.lazyAccessor(r.accessorName(), names.service(r, Flavor.ASYNC),
          CodeBlock.of("new $T(executor, registry)", names.impl(r, Flavor.ASYNC)))
          .addJavadoc("Asynchronous operations on " + Javadocs.escape(r.resource().key) + ".\n\n@return the service\n").build());
    }
    t.addMethod(MethodSpec.methodBuilder("registry").addModifiers(Modifier.PUBLIC).returns(Types.OPERATION_REGISTRY)
        .addJavadoc("Every operation of the API.\n\n@return the registry\n").addStatement("return registry").build());
    t.addMethod(ClientEmitter.executorAccessor());
    t.addMethod(ClientEmitter.rawResponseMethod(self, true));
    t.addMethod(ClientEmitter.closeMethod());
    return JavaFile.builder(self.packageName(), t.build()).skipJavaLangImports(true).indent("  ").build();
  }
}
