package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaParam;
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
    ClassName self = names.impl(r, flavor);
    ClassName iface = names.service(r, flavor);
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
    JavaMethod byName = r.nameLookup == null ? null : plan.methods().get(r.nameLookup.key());
    for (Operation op : r.operations) {
      JavaMethod m = plan.methods().get(op.key());
      t.addMethod(call(r, m, flavor, false, byName));
      if (m.autoPagerName() != null) {
        t.addMethod(call(r, m, flavor, true, null));
      }
    }
    if (byName != null) {
      t.addMethod(getByName(r, byName, flavor));
    }
    return JavaFile.builder(names.internalPackage, t.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private MethodSpec call(Resource r, JavaMethod m, Flavor flavor, boolean pager, JavaMethod byName) {
    MethodSpec.Builder b = begin(r, m, flavor, pager);
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
    CodeBlock.Builder args = CodeBlock.builder().add("$T args = $T.builder()", Types.ARGUMENTS, Types.ARGUMENTS);
    for (JavaParam p : ServiceNames.byNamePositional(list)) {
      b.addParameter(names.types.of(p.type()), p.javaName());
      b.addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, p.javaName(), p.javaName());
      args.add(".param($S, $N)", p.wireName(), p.javaName());
    }
    List<JavaParam> container = ServiceNames.byNameContainer(list);
    if (!container.isEmpty()) {
      b.addParameter(names.params(r, list), "params");
      b.addStatement("$T.requireNonNull(params, $S)", Types.OBJECTS, "params");
      for (JavaParam p : container) {
        args.add(".param($S, params.$N().orElse(null))", p.wireName(), p.javaName());
      }
    }
    b.addParameter(String.class, "name").addParameter(Types.REQUEST_OPTIONS, "options");
    b.addStatement("$T.requireNonNull(name, $S)", Types.OBJECTS, "name");
    b.addStatement("$T.requireNonNull(options, $S)", Types.OBJECTS, "options");
    b.addStatement(args.add(".build()").build());
    b.addStatement("return $T.$L(executor, $N, args, name, $T.class, options)", Types.NAME_LOOKUP,
        flavor == Flavor.SYNC ? "find" : "findAsync", ServiceNames.specField(list), element);
    return b.build();
  }

  /** The signature, the argument checks and the packing of the arguments into {@code args}. */
  private MethodSpec.Builder begin(Resource r, JavaMethod m, Flavor flavor, boolean pager) {
    ClassName params = names.params(r, m);
    TypeName returns = pager ? names.pagerReturns(m, flavor) : names.returns(m, flavor);
    MethodSpec.Builder b =
        MethodSpec.methodBuilder(pager ? m.autoPagerName() : m.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns);
    for (JavaParam p : m.positional()) {
      b.addParameter(names.types.of(p.type()), p.javaName());
      b.addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, p.javaName(), p.javaName());
    }
    if (params != null) {
      b.addParameter(params, "params");
      b.addStatement("$T.requireNonNull(params, $S)", Types.OBJECTS, "params");
    }
    b.addParameter(Types.REQUEST_OPTIONS, "options");
    b.addStatement("$T.requireNonNull(options, $S)", Types.OBJECTS, "options");
    CodeBlock.Builder args = CodeBlock.builder().add("$T args = $T.builder()", Types.ARGUMENTS, Types.ARGUMENTS);
    args.indent();
    for (JavaParam p : m.positional()) {
      if (p.isBody()) {
        args.add("\n.body($N)", p.javaName());
      } else {
        args.add("\n.param($S, $N)", p.wireName(), p.javaName());
      }
    }
    for (JavaParam p : m.optional()) {
      args.add("\n.param($S, params.$N().orElse(null))", p.wireName(), p.javaName());
    }
    args.add("\n.build()").unindent();
    b.addStatement(args.build());
    return b;
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
