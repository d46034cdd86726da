package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaPlan;
import javax.lang.model.element.Modifier;

/** Prints the holder that loads the API's operation registry once from the class path. */
final class RegistryHolderEmitter {
  JavaFile emit(JavaPlan plan, ClassName self) {
    ApiModel model = plan.spec();
    TypeSpec holder =
        TypeSpec.classBuilder("Holder")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addField(
                FieldSpec.builder(Types.OPERATION_REGISTRY, "REGISTRY", Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.fromClasspath(RESOURCE, $T.class.getClassLoader())", Types.OPERATION_REGISTRY, self)
                    .build())
            .build();
    TypeSpec.Builder t =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(Javadocs.paragraphs(java.util.List.of(
                "The operation registry of the " + model.title + " (" + model.api + "): every operation with its parameters, body, answer shape and constraints, compiled from the specs at build time.",
                "Loaded once, lazily, from " + RegistryEmitter.resourcePath(model.api) + ".")))
            .addField(FieldSpec.builder(String.class, "API", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The API's short name.\n").initializer("$S", model.api).build())
            .addField(FieldSpec.builder(String.class, "RESOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Class-path location of the registry document.\n").initializer("$S", RegistryEmitter.resourcePath(model.api)).build())
            .addField(FieldSpec.builder(String.class, "DEFAULT_BASE_URL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The API's default base URL.\n").initializer("$S", model.defaultBaseUrl == null ? "" : model.defaultBaseUrl).build())
            .addField(FieldSpec.builder(int.class, "OPERATION_COUNT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Number of operations the generator compiled.\n").initializer("$L", model.operations().size()).build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("registry")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(Types.OPERATION_REGISTRY)
                    .addJavadoc("The registry (loaded on first use, then shared).\n\n@return the registry\n")
                    .addStatement("return Holder.REGISTRY")
                    .build())
            .addType(holder);
    return JavaFile.builder(self.packageName(), t.build()).skipJavaLangImports(true).indent("  ").build();
  }
}
