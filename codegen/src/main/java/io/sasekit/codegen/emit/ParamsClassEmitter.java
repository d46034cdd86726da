package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaParam;
import javax.lang.model.element.Modifier;

/**
 * Prints the immutable optional-parameters class of one operation: a top-level class of the
 * package {@code <base>.params}, taken by the sync and the async service alike.
 */
final class ParamsClassEmitter {
  private final Types types;

  ParamsClassEmitter(Types types) {
    this.types = types;
  }

  JavaFile emit(ClassName self, JavaMethod m, ClassName service) {
    return JavaFile.builder(self.packageName(), type(self, m, service)).skipJavaLangImports(true).indent("  ").build();
  }

  private TypeSpec type(ClassName self, JavaMethod m, ClassName service) {
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder t =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("Optional parameters of {@link $T#$L}. Immutable; {@link #none()} sets none.\n", service, m.methodName());
    t.addField(FieldSpec.builder(self, "NONE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("new $T(new $T())", self, builder).build());
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "b");
    for (JavaParam p : m.optional()) {
      t.addField(FieldSpec.builder(types.of(p.type()), p.javaName(), Modifier.PRIVATE, Modifier.FINAL).build());
      ctor.addStatement("this.$N = b.$N", p.javaName(), p.javaName());
    }
    t.addMethod(ctor.build());
    t.addMethod(MethodSpec.methodBuilder("none").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
        .addJavadoc("No optional parameter set.\n\n@return the empty instance\n").addStatement("return NONE").build());
    t.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
        .addJavadoc("A new, empty builder.\n\n@return the builder\n").addStatement("return new $T()", builder).build());
    MethodSpec.Builder toBuilder = MethodSpec.methodBuilder("toBuilder").addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc("A builder holding these values.\n\n@return the builder\n").addStatement("$T b = new $T()", builder, builder);
    for (JavaParam p : m.optional()) {
      toBuilder.addStatement("b.$N = this.$N", p.javaName(), p.javaName());
    }
    t.addMethod(toBuilder.addStatement("return b").build());
    for (JavaParam p : m.optional()) {
      TypeName pt = types.of(p.type());
      t.addMethod(MethodSpec.methodBuilder(p.javaName()).addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(Types.OPTIONAL, pt))
          .addJavadoc(Javadocs.paragraphs(p.javadoc()) + "\n@return the value of " + Javadocs.escape(p.wireName()) + ", or empty when not set\n")
          .addStatement("return $T.ofNullable(this.$N)", Types.OPTIONAL, p.javaName()).build());
    }
    CodeBlock.Builder eq = CodeBlock.builder();
    CodeBlock.Builder hash = CodeBlock.builder();
    StringBuilder fmt = new StringBuilder();
    boolean first = true;
    for (JavaParam p : m.optional()) {
      eq.add(first ? "" : " && ").add("$T.equals(this.$N, that.$N)", Types.OBJECTS, p.javaName(), p.javaName());
      hash.add(first ? "" : ", ").add("this.$N", p.javaName());
      first = false;
    }
    t.addMethod(MethodSpec.methodBuilder("equals").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "o")
        .beginControlFlow("if (!(o instanceof $T))", self).addStatement("return false").endControlFlow()
        .addStatement("$T that = ($T) o", self, self)
        .addStatement("return $L", eq.build()).build());
    t.addMethod(MethodSpec.methodBuilder("hashCode").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Types.OBJECTS, hash.build()).build());
    MethodSpec.Builder ts = MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(String.class);
    CodeBlock.Builder tsb = CodeBlock.builder().add("return $S", self.simpleName() + "{");
    first = true;
    for (JavaParam p : m.optional()) {
      tsb.add(" + $S + this.$N", (first ? "" : ", ") + p.javaName() + "=", p.javaName());
      first = false;
    }
    tsb.add(" + $S", "}");
    t.addMethod(ts.addStatement(tsb.build()).build());
    fmt.setLength(0);

    TypeSpec.Builder b = TypeSpec.classBuilder(builder).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds {@link $T}. Not thread-safe.\n", self);
    for (JavaParam p : m.optional()) {
      b.addField(FieldSpec.builder(types.of(p.type()), p.javaName(), Modifier.PRIVATE).build());
    }
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (JavaParam p : m.optional()) {
      b.addMethod(MethodSpec.methodBuilder(p.javaName()).addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(types.of(p.type()), p.javaName())
          .addJavadoc(Javadocs.inline(p.javadoc()) + "\n\n@param " + p.javaName() + " the value ({@code null} leaves it out)\n@return this builder\n")
          .addStatement("this.$N = $N", p.javaName(), p.javaName()).addStatement("return this").build());
    }
    b.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self)
        .addJavadoc("The immutable parameters.\n\n@return a new instance\n").addStatement("return new $T(this)", self).build());
    t.addType(b.build());
    return t.build();
  }
}
