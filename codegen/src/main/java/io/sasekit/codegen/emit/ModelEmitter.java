package io.sasekit.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaModel;
import io.sasekit.codegen.model.JavaPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Prints one immutable model class on sdk-core's {@code JsonModel} (which holds the values, the
 * unknown members, {@code equals}, {@code hashCode} and the {@code toString} that redacts secrets):
 * one typed getter per member ({@code Optional} for optional members, lists never null), a
 * builder with one typed setter per member ({@code x(v)}, {@code addX(e)} for lists), and
 * {@code builder()} / {@code toBuilder()}.
 */
final class ModelEmitter {
  private static final String JACKSON_ANN = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANN, "JsonProperty");
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_POJO_BUILDER = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
  private static final ClassName JSON_MODEL = ClassName.get(Types.CORE + ".json", "JsonModel");

  private final Types types;
  private final EnumEmitter enums;

  ModelEmitter(Types types, EnumEmitter enums) {
    this.types = types;
    this.enums = enums;
  }

  /** The file of a top-level model, with the models and enums nested in it (recursively). */
  JavaFile emit(JavaPlan plan, JavaModel m) {
    return JavaFile.builder(types.modelsPackage(), type(plan, m)).skipJavaLangImports(true).indent("  ").build();
  }

  private TypeSpec type(JavaPlan plan, JavaModel m) {
    ClassName self = types.className(m.name());
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(JSON_MODEL)
            .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE).addMember("builder", "$T.class", builder).build());
    List<String> doc = new ArrayList<>(m.javadoc());
    if (doc.isEmpty()) {
      doc.add("The JSON object of schema {@code " + m.schemaName() + "}.");
    }
    type.addJavadoc(Javadocs.paragraphs(doc));

    CodeBlock.Builder secrets = CodeBlock.builder().add("b");
    for (JavaField f : m.fields()) {
      if (f.secret()) {
        secrets.add(", $S", f.jsonName());
      }
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "b")
            .addStatement("super($L)", secrets.build())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return copyInto(new $T())", builder)
            .build());
    for (JavaField f : m.fields()) {
      type.addMethod(getter(f));
    }
    type.addType(builderType(self, builder, m));
    if (!JavaPlan.isTopLevel(m.name())) {
      type.addModifiers(Modifier.STATIC);
    }
    for (String n : plan.nestedIn(m.name())) {
      JavaModel nestedModel = plan.models().get(n);
      type.addType(nestedModel != null ? type(plan, nestedModel) : enums.type(plan.enums().get(n)));
    }
    return type.build();
  }

  private static AnnotationSpec jsonProperty(String json) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", json).build();
  }

  private MethodSpec getter(JavaField f) {
    TypeName t = types.of(f.type());
    List<String> doc = new ArrayList<>(f.javadoc());
    MethodSpec.Builder g = MethodSpec.methodBuilder(f.javaName()).addModifiers(Modifier.PUBLIC);
    if (f.type().isList()) {
      g.returns(t).addStatement("return listMember($S)", f.jsonName());
      doc.add("JSON member " + f.jsonName() + "; empty when absent.");
    } else if (f.required()) {
      g.returns(t).addStatement("return member($S)", f.jsonName());
      doc.add("JSON member " + f.jsonName() + ", required when sending (null only when an answer left it out).");
    } else {
      g.returns(ParameterizedTypeName.get(Types.OPTIONAL, t)).addStatement("return optionalMember($S)", f.jsonName());
      doc.add("JSON member " + f.jsonName() + ".");
    }
    return g.addJavadoc(Javadocs.paragraphs(doc)).build();
  }

  private TypeSpec builderType(ClassName self, ClassName builder, JavaModel m) {
    TypeSpec.Builder t =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(JSON_MODEL.nestedClass("Builder"), self, builder))
            .addAnnotation(AnnotationSpec.builder(JSON_POJO_BUILDER).addMember("withPrefix", "$S", "").build())
            .addJavadoc("Builds {@link $T}; a setter given {@code null} leaves the member out.\n", self);
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (JavaField f : m.fields()) {
      t.addMethod(
          MethodSpec.methodBuilder(f.javaName())
              .addModifiers(Modifier.PUBLIC)
              .addAnnotation(jsonProperty(f.jsonName()))
              .returns(builder)
              .addParameter(types.of(f.type()), f.javaName())
              .addStatement("return setMember($S, $N)", f.jsonName(), f.javaName())
              .build());
      if (f.type().isList()) {
        String adder = "add" + Character.toUpperCase(f.singularName().charAt(0)) + f.singularName().substring(1);
        t.addMethod(
            MethodSpec.methodBuilder(adder)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(types.of(f.type().element()), "value")
                .addStatement("return addElement($S, value)", f.jsonName())
                .build());
      }
    }
    t.addMethod(
        MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addStatement("return new $T(this)", self)
            .build());
    return t.build();
  }
}
