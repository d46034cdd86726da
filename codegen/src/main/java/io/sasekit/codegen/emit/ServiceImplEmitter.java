package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaParam;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.JavaService;
import io.sasekit.codegen.model.Operation;
import io.sasekit.codegen.model.Resource;
import io.sasekit.codegen.model.ResponseShape;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Prints the implementation of one service interface: each operation's registry row is looked up
 * once, each call packs its arguments by spec name and runs it through sdk-core's
 * {@code OperationExecutor} (validation, auth, retries, errors and reading happen there).
 */
final class ServiceImplEmitter {
  private static final String CREATE = "create";

  private final ServiceNames names;

  ServiceImplEmitter(ServiceNames names) {
    this.names = names;
  }

  JavaFile emit(JavaPlan plan, Resource r, Flavor flavor) {
    ApiModel model = plan.spec();
    JavaService s = plan.service(r);
    ClassName self = names.impl(s, flavor);
    ClassName iface = names.service(s, flavor);
    TypeSpec.Builder t =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(iface)
            .addJavadoc("Implements {@link $T} over sdk-core's operation executor. Internal: no compatibility promise.\n", iface);
    t.addField(FieldSpec.builder(Types.OPERATION_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL).build());
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the service.\n\n@param executor runs the operations\n@param registry the API's operation registry\n")
            .addParameter(Types.OPERATION_EXECUTOR, "executor")
            .addParameter(Types.OPERATION_REGISTRY, "registry")
            .addStatement("this.executor = $T.requireNonNull(executor, $S)", Types.OBJECTS, "executor");
    for (Operation op : r.operations) {
      JavaMethod m = plan.methods().get(op.key());
      String field = ServiceNames.specField(m);
      t.addField(FieldSpec.builder(Types.OPERATION_SPEC, field, Modifier.PRIVATE, Modifier.FINAL).build());
      ctor.addStatement("this.$N = registry.require($S, $S)", field, op.resource, op.name);
    }
    t.addMethod(ctor.build());
    JavaMethod byName = s.nameLookup() == null ? null : plan.methods().get(s.nameLookup());
    for (Operation op : r.operations) {
      JavaMethod m = plan.methods().get(op.key());
      t.addMethod(call(r, m, m.positional(), flavor, false, byName));
      if (m.autoPagerName() != null) {
        t.addMethod(call(r, m, m.positional(), flavor, true, null));
      }
      if (m.container() != null) {
        t.addMethod(call(r, m, m.container().positional(), flavor, false, byName));
        if (m.autoPagerName() != null) {
          t.addMethod(call(r, m, m.container().positional(), flavor, true, null));
        }
      }
    }
    if (byName != null) {
      t.addMethod(getByName(r, byName, flavor));
    }
    return JavaFile.builder(names.internalPackage, t.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private MethodSpec call(Resource r, JavaMethod m, List<JavaParam> positional, Flavor flavor, boolean pager,
      JavaMethod byName) {
    MethodSpec.Builder b = begin(r, m, positional, flavor, pager);
    String field = ServiceNames.specField(m);
    if (pager) {
      b.addStatement("return executor.$L($N, args, $T.class, options)",
          flavor == Flavor.SYNC ? "paginate" : "paginateAsync", field, names.types.raw(ServiceNames.pagerElementRef(m)));
      return b.build();
    }
    String exec = flavor == Flavor.SYNC ? "execute" : "executeAsync";
    CodeBlock responseType = responseType(m);
    if (byName != null && CREATE.equals(m.operation().name) && byName.returnType().equals(m.returnType())) {
      TypeName element = names.types.raw(m.returnType());
      String list = ServiceNames.specField(byName);
      if (flavor == Flavor.SYNC) {
        b.addStatement("$T created = executor.execute($N, args, $L, options)", element, field, responseType);
        b.addStatement("return $T.afterCreate(executor, $N, args, created, $T.class, options)", Types.NAME_LOOKUP, list, element);
      } else {
        b.addStatement("return executor.executeAsync($N, args, $L, options)\n.thenCompose(created -> $T.afterCreateAsync(executor, $N, args, created, $T.class, options))",
            field, responseType, Types.NAME_LOOKUP, list, element);
      }
    } else if (m.returnType() == null && flavor == Flavor.SYNC) {
      b.addStatement("executor.$L($N, args, $L, options)", exec, field, responseType);
    } else {
      b.addStatement("return executor.$L($N, args, $L, options)", exec, field, responseType);
    }
    return b.build();
  }

  /** {@code getByName}: the container arguments of the list, then core's name lookup. */
  private MethodSpec getByName(Resource r, JavaMethod list, Flavor flavor) {
    TypeName element = names.types.raw(list.returnType());
    MethodSpec.Builder b = MethodSpec.methodBuilder(ServiceNames.GET_BY_NAME)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(names.byNameReturns(list, flavor));
    CodeBlock.Builder args = CodeBlock.builder().add("$T.builder()", Types.ARGUMENTS);
    JavaParam containerParam = null;
    for (JavaParam p : ServiceNames.byNamePositional(list)) {
      b.addParameter(names.types.of(p.type()), p.javaName());
      b.addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, p.javaName(), p.javaName());
      if (ServiceNames.queryContainer(list) && list.container().isContainer(p)) {
        containerParam = p;
      } else {
        args.add(".param($S, $N)", p.wireName(), p.javaName());
      }
    }
    List<JavaParam> container = ServiceNames.byNameContainer(list);
    if (!container.isEmpty()) {
      b.addParameter(names.params(list), "params");
      b.addStatement("$T.requireNonNull(params, $S)", Types.OBJECTS, "params");
      for (JavaParam p : container) {
        args.add(".param($S, params.$N().orElse(null))", p.wireName(), p.javaName());
      }
    }
    b.addParameter(String.class, "name").addParameter(Types.REQUEST_OPTIONS, "options");
    b.addStatement("$T.requireNonNull(name, $S)", Types.OBJECTS, "name");
    b.addStatement("$T.requireNonNull(options, $S)", Types.OBJECTS, "options");
    CodeBlock built = args.add(".build()").build();
    if (containerParam != null) {
      built = CodeBlock.of("$T.inQuery($N, $L, $N, $L)", Types.CONTAINER_ARGUMENTS, ServiceNames.specField(list), built,
          containerParam.javaName(), ServiceNames.containerMembers(list.container().queryMembers()));
    }
    declareArguments(b, built, flavor == Flavor.ASYNC && containerParam != null);
    b.addStatement("return $T.$L(executor, $N, args, name, $T.class, options)", Types.NAME_LOOKUP,
        flavor == Flavor.SYNC ? "find" : "findAsync", ServiceNames.specField(list), element);
    return b.build();
  }

  /**
   * The signature, the argument checks and the packing of the arguments into {@code args}. With a
   * container face the container goes where the operation takes it (query parameter or body member,
   * through sdk-core's {@code ContainerArguments}); an async method then answers a refused container
   * with a failed future, like every other invalid argument the executor finds.
   */
  private MethodSpec.Builder begin(Resource r, JavaMethod m, List<JavaParam> positional, Flavor flavor, boolean pager) {
    ClassName params = names.params(m);
    TypeName returns = pager ? names.pagerReturns(m, flavor) : names.returns(m, flavor);
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(pager ? m.autoPagerName() : m.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns);
    for (JavaParam p : positional) {
      b.addParameter(names.types.of(p.type()), p.javaName());
      b.addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, p.javaName(), p.javaName());
    }
    if (params != null) {
      b.addParameter(params, "params");
      b.addStatement("$T.requireNonNull(params, $S)", Types.OBJECTS, "params");
    }
    b.addParameter(Types.REQUEST_OPTIONS, "options");
    b.addStatement("$T.requireNonNull(options, $S)", Types.OBJECTS, "options");
    JavaParam container = null;
    String field = ServiceNames.specField(m);
    CodeBlock.Builder args = CodeBlock.builder().add("$T.builder()", Types.ARGUMENTS);
    args.indent();
    for (JavaParam p : positional) {
      if (m.container() != null && m.container().isContainer(p)) {
        container = p;
      } else if (p.isBody() && container != null && m.container().inBody()) {
        args.add("\n.body($T.inBody($N, $N, $N, $L))", Types.CONTAINER_ARGUMENTS, field, p.javaName(),
            m.container().container().javaName(), ServiceNames.containerMembers(m.container().bodyMembers()));
      } else if (p.isBody()) {
        args.add("\n.body($N)", p.javaName());
      } else {
        args.add("\n.param($S, $N)", p.wireName(), p.javaName());
      }
    }
    for (JavaParam p : m.optional()) {
      args.add("\n.param($S, params.$N().orElse(null))", p.wireName(), p.javaName());
    }
    args.add("\n.build()").unindent();
    CodeBlock built = args.build();
    if (container != null && m.container().inQuery()) {
      built = CodeBlock.of("$T.inQuery($N, $L, $N, $L)", Types.CONTAINER_ARGUMENTS, field, built, container.javaName(),
          ServiceNames.containerMembers(m.container().queryMembers()));
    }
    declareArguments(b, built, container != null && flavor == Flavor.ASYNC && !pager);
    return b;
  }

  /**
   * {@code Arguments args = <built>;}, or, where placing a container may refuse it in an async method,
   * the same inside a try that returns the refusal as a failed future.
   */
  private static void declareArguments(MethodSpec.Builder b, CodeBlock built, boolean failedFuture) {
    if (!failedFuture) {
      b.addStatement("$T args = $L", Types.ARGUMENTS, built);
      return;
    }
    b.addStatement("$T args", Types.ARGUMENTS);
    b.beginControlFlow("try");
    b.addStatement("args = $L", built);
    b.nextControlFlow("catch ($T e)", Types.VALIDATION_EXCEPTION);
    b.addStatement("return $T.failedFuture(e)", Types.COMPLETABLE_FUTURE);
    b.endControlFlow();
  }

  private CodeBlock responseType(JavaMethod m) {
    if (m.returnType() == null) {
      return CodeBlock.of("$T.none()", Types.RESPONSE_TYPE);
    }
    TypeName element = names.types.raw(m.returnType());
    ResponseShape shape = m.operation().responseShape;
    switch (shape) {
      case LIST:
        return CodeBlock.of("$T.page($T.class)", Types.RESPONSE_TYPE, element);
      case SINGLE:
        return CodeBlock.of("$T.single($T.class)", Types.RESPONSE_TYPE, element);
      default:
        return CodeBlock.of("$T.of($T.class)", Types.RESPONSE_TYPE, element);
    }
  }
}
