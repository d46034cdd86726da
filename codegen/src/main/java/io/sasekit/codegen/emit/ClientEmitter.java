package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.JavaService;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Prints the client facade ({@code PrismaAccessClient}): builder over {@code ClientOptions}, one
 * accessor per resource, {@code async()}, {@code dynamic()}, {@code registry()}, {@code options()},
 * {@code executor()}, {@code withOptions(...)}, {@code withRawResponse(...)} and {@code close()}; it
 * implements the customization's
 * {@code clientExtends}.
 */
final class ClientEmitter {
  private final ServiceNames names;

  ClientEmitter(ServiceNames names) {
    this.names = names;
  }

  JavaFile emit(JavaPlan plan, ClassName self, ClassName asyncClient, ClassName holder) {
    ApiModel model = plan.spec();
    ClassName builder = self.nestedClass("Builder");
    JavaService example = plan.services().isEmpty() ? null : plan.services().values().iterator().next();
    TypeSpec.Builder t =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(AutoCloseable.class)
            .addJavadoc(Javadocs.paragraphs(java.util.List.of(
                "The " + model.title + " client: one accessor per resource, each returning a service whose methods are the API's operations.",
                "Create it once and share it (thread-safe); close it to release the connection pool.")))
            .addJavadoc("<pre>{@code\n$T client = $T.builder().fromEnv().build();   // PANW_CLIENT_ID, PANW_CLIENT_SECRET, PANW_TSG_ID\n"
                + (example == null ? "" : "client.$L() ...\n") + "}</pre>\n", example == null ? new Object[] {self, self} : new Object[] {self, self, example.accessorName()});
    for (String ext : plan.clientExtends()) {
      t.addSuperinterface(ClassName.bestGuess(ext));
    }
    t.addField(FieldSpec.builder(Types.OPERATION_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL).build());
    // the registry, the async twin and each service are made on first use: building a client costs
    // no parsing, and a program pays only for the resources it calls
    t.addField(FieldSpec.builder(asyncClient, "async", Modifier.PRIVATE, Modifier.VOLATILE).build());
    t.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Types.OPERATION_EXECUTOR, "executor")
        .addStatement("this.executor = executor").build());
    for (JavaService r : plan.services().values()) {
      t.addField(FieldSpec.builder(names.service(r, Flavor.SYNC), r.accessorName(), Modifier.PRIVATE, Modifier.VOLATILE).build());
    }
    t.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("A builder with this API's default base URL.\n\n@return the builder\n")
        .addStatement("return new $T()", builder).build());
    t.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addJavadoc("A client configured from the {@code PANW_*} environment variables.\n\n@return the client\n")
        .addStatement("return builder().fromEnv().build()").build());
    for (JavaService r : plan.services().values()) {
      t.addMethod(lazyAccessor(r.accessorName(), names.service(r, Flavor.SYNC),
          CodeBlock.of("new $T(executor, registry())", names.impl(r, Flavor.SYNC)))
          .addJavadoc("Operations on " + Javadocs.escape(r.resource().key) + ".\n\n@return the service\n").build());
    }
    t.addMethod(lazyAccessor("async", asyncClient, CodeBlock.of("new $T(executor, registry())", asyncClient))
        .addJavadoc("The asynchronous twin of this client (same connection pool and options).\n\n@return the async client\n").build());
    t.addMethod(MethodSpec.methodBuilder("dynamic").addModifiers(Modifier.PUBLIC).returns(Types.DYNAMIC_DISPATCHER)
        .addJavadoc("The dynamic door: runs any operation by resource and operation name with flat parameters.\n\n@return a dispatcher over this client's registry and executor\n")
        .addStatement("return new $T(registry(), executor)", Types.DYNAMIC_DISPATCHER).build());
    t.addMethod(MethodSpec.methodBuilder("registry").addModifiers(Modifier.PUBLIC).returns(Types.OPERATION_REGISTRY)
        .addJavadoc("Every operation of the API as compiled from the specs (read on first use, then shared).\n\n@return the registry\n")
        .addStatement("return $T.registry()", holder).build());
    t.addMethod(MethodSpec.methodBuilder("options").addModifiers(Modifier.PUBLIC).returns(Types.CLIENT_OPTIONS)
        .addJavadoc("The options this client runs with.\n\n@return the options\n")
        .addStatement("return executor.options()").build());
    t.addMethod(executorAccessor());
    t.addMethod(MethodSpec.methodBuilder("withOptions").addModifiers(Modifier.PUBLIC).returns(self)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), Types.CLIENT_OPTIONS.nestedClass("Builder")), "modifier")
        .addJavadoc("A client with changed options that shares this client's connection pool where the options allow.\n\n@param modifier changes a copy of this client's options\n@return the derived client\n")
        .addStatement("$T.Builder b = executor.options().toBuilder()", Types.CLIENT_OPTIONS)
        .addStatement("modifier.accept(b)")
        .addStatement("return new $T(executor.withOptions(b.build()))", self).build());
    t.addMethod(rawResponseMethod(self, false));
    t.addMethod(closeMethod());

    TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}; wraps {@code ClientOptions.Builder}.\n", self)
        .addField(FieldSpec.builder(Types.CLIENT_OPTIONS.nestedClass("Builder"), "options", Modifier.PRIVATE)
            .initializer(optionsInitializer(model, holder)).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    b.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("Reads the {@code PANW_*} environment variables.\n\n@return this builder\n")
        .addStatement("options.fromEnv()").addStatement("return this").build());
    for (String s : new String[] {"clientId", "clientSecret", "tsgId", "baseUrl", "tokenUrl"}) {
      b.addMethod(MethodSpec.methodBuilder(s).addModifiers(Modifier.PUBLIC).returns(builder).addParameter(String.class, s)
          .addJavadoc("Sets {@code " + s + "} (see {@code ClientOptions.Builder}).\n\n@param " + s + " the value\n@return this builder\n")
          .addStatement("options.$N($N)", s, s).addStatement("return this").build());
    }
    b.addMethod(MethodSpec.methodBuilder("maxRetries").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(int.class, "maxRetries")
        .addJavadoc("Sets how many times a failed call is retried (default 3).\n\n@param maxRetries the retry count\n@return this builder\n")
        .addStatement("options.maxRetries(maxRetries)").addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder("options").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), Types.CLIENT_OPTIONS.nestedClass("Builder")), "modifier")
        .addJavadoc("Changes any other option.\n\n@param modifier receives the options builder\n@return this builder\n")
        .addStatement("modifier.accept(options)").addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder("options").addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(Types.CLIENT_OPTIONS, "options")
        .addJavadoc("Starts from existing options.\n\n@param options the options to copy\n@return this builder\n")
        .addStatement("this.options = options.toBuilder()").addStatement("return this").build());
    b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("Creates the client and its connection pool.\n\n@return the client\n")
        .addStatement("return new $T($T.create(options.build()))", self, Types.OPERATION_EXECUTOR).build());
    t.addType(b.build());
    return JavaFile.builder(self.packageName(), t.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * The accessor of a value made on first use (double-checked on a {@code volatile} field of the
   * same name), so that each call returns the same instance; Javadoc is the caller's.
   */
  static MethodSpec.Builder lazyAccessor(String field, ClassName type, CodeBlock create) {
    return MethodSpec.methodBuilder(field).addModifiers(Modifier.PUBLIC).returns(type)
        .addStatement("$T s = $N", type, field)
        .beginControlFlow("if (s == null)")
        .beginControlFlow("synchronized (this)")
        .addStatement("s = $N", field)
        .beginControlFlow("if (s == null)")
        .addStatement("s = $L", create)
        .addStatement("$N = s", field)
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return s");
  }

  /** {@code ClientOptions.builder().defaultBaseUrl(..)}, plus {@code .require(..)} for the API's required options. */
  private static CodeBlock optionsInitializer(ApiModel model, ClassName holder) {
    CodeBlock.Builder c = CodeBlock.builder().add("$T.builder().defaultBaseUrl($T.DEFAULT_BASE_URL)", Types.CLIENT_OPTIONS, holder);
    for (String option : model.requiredOptions) {
      c.add(".require($S)", option);
    }
    return c.build();
  }

  private static final ClassName RAW_RESPONSE = ClassName.get("io.sasekit.core", "RawResponse");
  private static final ClassName RAW_CAPTURE = ClassName.get("io.sasekit.core.operation", "RawResponseCapture");

  /**
   * {@code withRawResponse(call)} of both clients: runs one operation through a face of the client
   * over a {@code RawResponseCapture} and returns its value with status, headers and request id.
   */
  static MethodSpec rawResponseMethod(ClassName self, boolean async) {
    TypeVariableName t = TypeVariableName.get("T");
    TypeName result = async
        ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), t) : t;
    TypeName raw = ParameterizedTypeName.get(RAW_RESPONSE, t);
    MethodSpec.Builder m = MethodSpec.methodBuilder("withRawResponse").addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), self, result), "call")
        .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), raw) : raw)
        .addJavadoc("Runs one operation and returns its result with the HTTP status, the headers and the request id,\n"
            + "e.g. {@code withRawResponse(c -> c.addresses().get(id))}. The call receives a face of this client that\n"
            + "shares its connection pool, token cache and options; it must run exactly one operation (for one without\n"
            + "a result, return {@code null} after it). Errors are thrown as by the plain call.\n\n"
            + "@param <T> the operation's result type\n@param call runs the operation on the given client\n"
            + "@return the result with the answer's metadata\n"
            + "@throws IllegalStateException when the call ran no operation or more than one\n")
        .addStatement("$T capture = new $T(executor)", RAW_CAPTURE, RAW_CAPTURE);
    if (async) {
      m.addStatement("return call.apply(new $T(capture, registry)).thenApply(capture::single)", self);
    } else {
      m.addStatement("return capture.single(call.apply(new $T(capture)))", self);
    }
    return m.build();
  }

  /** The {@code close()} of both clients: releases the executor's pool and threads. */
  static MethodSpec closeMethod() {
    return MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addJavadoc("Releases the connection pool and threads owned by this client (shared by the sync and async faces).\n")
        .addStatement("executor.close()").build();
  }

  /** The public {@code executor()} accessor (same on the sync and the async client). */
  static MethodSpec executorAccessor() {
    return MethodSpec.methodBuilder("executor").addModifiers(Modifier.PUBLIC).returns(Types.OPERATION_EXECUTOR)
        .addJavadoc("The engine that runs every call of this client: validation, authentication, retries, error mapping and\n"
            + "reading answers. For advanced use, e.g. running an operation of another registry with this client's\n"
            + "credentials, token cache and connection pool; closing the client closes it.\n\n@return the executor\n")
        .addStatement("return executor").build();
  }
}
