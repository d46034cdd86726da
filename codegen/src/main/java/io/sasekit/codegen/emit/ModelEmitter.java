package io.sasekit.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.JavaField;
import io.sasekit.codegen.model.JavaModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Prints one immutable model class: Jackson-annotated private fields, {@code Optional} getters for
 * optional members (lists: never null), a builder ({@code x(v)}, {@code addX(e)},
 * {@code putAdditionalProperty}), unknown members kept in {@code additionalProperties()},
 * {@code toBuilder}, {@code equals}, {@code hashCode} and a {@code toString} that redacts secrets.
 */
final class ModelEmitter {
  private static final String JACKSON_ANN = "com.fasterxml.jackson.annotation";
  private static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANN, "JsonProperty");
  private static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANN, "JsonInclude");
  private static final ClassName JSON_AUTO_DETECT = ClassName.get(JACKSON_ANN, "JsonAutoDetect");
  private static final ClassName VISIBILITY = JSON_AUTO_DETECT.nestedClass("Visibility");
  private static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON_ANN, "JsonAnyGetter");
  private static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON_ANN, "JsonAnySetter");
  private static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  private static final ClassName JSON_POJO_BUILDER = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
  private static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

  private final Types types;

  ModelEmitter(Types types) {
    this.types = types;
  }

  JavaFile emit(JavaModel m) {
    ClassName self = ClassName.get(types.modelsPackage(), m.name());
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE).addMember("builder", "$T.class", builder).build())
            .addAnnotation(noAutoDetect())
            .addAnnotation(AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.NON_ABSENT", JSON_INCLUDE).build());
    List<String> doc = new ArrayList<>(m.javadoc());
    if (doc.isEmpty()) {
      doc.add("The " + m.name() + " model.");
    }
    doc.add("Immutable; build one with builder(), change a copy with toBuilder(). Members this SDK version does not know are kept in additionalProperties() and sent back unchanged.");
    type.addJavadoc(Javadocs.paragraphs(doc));

    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "b");
    for (JavaField f : m.fields()) {
      TypeName t = types.of(f.type());
      type.addField(
          FieldSpec.builder(t, f.javaName(), Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotation(jsonProperty(f.jsonName()))
              .build());
      if (f.type().isList()) {
        ctor.addStatement(
            "this.$N = b.$N == null ? null : $T.unmodifiableList(new $T<>(b.$N))", f.javaName(), f.javaName(), COLLECTIONS, ARRAY_LIST, f.javaName());
      } else {
        ctor.addStatement("this.$N = b.$N", f.javaName(), f.javaName());
      }
    }
    type.addField(FieldSpec.builder(Types.STRING_OBJECT_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL).build());
    ctor.addStatement("this.additionalProperties = $T.unmodifiableMap(new $T<>(b.additionalProperties))", COLLECTIONS, LINKED_HASH_MAP);
    type.addMethod(ctor.build());

    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("A new, empty builder.\n\n@return the builder\n")
            .addStatement("return new $T()", builder)
            .build());
    MethodSpec.Builder toBuilder =
        MethodSpec.methodBuilder("toBuilder")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addJavadoc("A builder holding this object's values (unknown members included).\n\n@return the builder\n")
            .addStatement("$T b = new $T()", builder, builder);
    for (JavaField f : m.fields()) {
      toBuilder.addStatement(f.type().isList() ? "b.$N = this.$N == null ? null : new $T<>(this.$N)" : "b.$N = this.$N",
          f.type().isList() ? new Object[] {f.javaName(), f.javaName(), ARRAY_LIST, f.javaName()} : new Object[] {f.javaName(), f.javaName()});
    }
    toBuilder.addStatement("b.additionalProperties.putAll(this.additionalProperties)").addStatement("return b");
    type.addMethod(toBuilder.build());

    for (JavaField f : m.fields()) {
      type.addMethod(getter(f));
    }
    type.addMethod(
        MethodSpec.methodBuilder("additionalProperties")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(JSON_ANY_GETTER)
            .returns(Types.STRING_OBJECT_MAP)
            .addJavadoc("Members the service sent that this SDK version does not know (never null).\n\n@return an unmodifiable map by JSON name\n")
            .addStatement("return additionalProperties")
            .build());
    type.addMethod(equalsMethod(self, m));
    type.addMethod(hashCodeMethod(m));
    type.addMethod(toStringMethod(m));
    type.addType(builderType(self, builder, m));
    return JavaFile.builder(types.modelsPackage(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private static AnnotationSpec noAutoDetect() {
    return AnnotationSpec.builder(JSON_AUTO_DETECT)
        .addMember("getterVisibility", "$T.NONE", VISIBILITY)
        .addMember("isGetterVisibility", "$T.NONE", VISIBILITY)
        .addMember("setterVisibility", "$T.NONE", VISIBILITY)
        .addMember("fieldVisibility", "$T.NONE", VISIBILITY)
        .build();
  }

  private static AnnotationSpec jsonProperty(String json) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", json).build();
  }

  private MethodSpec getter(JavaField f) {
    TypeName t = types.of(f.type());
    List<String> doc = new ArrayList<>(f.javadoc());
    MethodSpec.Builder g = MethodSpec.methodBuilder(f.javaName()).addModifiers(Modifier.PUBLIC);
    if (f.type().isList()) {
      g.returns(t).addStatement("return this.$N == null ? $T.of() : this.$N", f.javaName(), Types.LIST, f.javaName());
      doc.add("JSON member " + f.jsonName() + ".");
      g.addJavadoc(Javadocs.paragraphs(doc) + "\n@return the values (empty when absent, never null)\n");
    } else if (f.required()) {
      g.returns(t).addStatement("return this.$N", f.javaName());
      doc.add("JSON member " + f.jsonName() + " (required when sending).");
      g.addJavadoc(Javadocs.paragraphs(doc) + "\n@return the value (null only when a response left it out)\n");
    } else {
      g.returns(ParameterizedTypeName.get(Types.OPTIONAL, t)).addStatement("return $T.ofNullable(this.$N)", Types.OPTIONAL, f.javaName());
      doc.add("JSON member " + f.jsonName() + ".");
      g.addJavadoc(Javadocs.paragraphs(doc) + "\n@return the value, or empty when absent\n");
    }
    return g.build();
  }

  private static MethodSpec equalsMethod(ClassName self, JavaModel m) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .beginControlFlow("if (this == o)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(o instanceof $T))", self)
            .addStatement("return false")
            .endControlFlow()
            .addStatement("$T that = ($T) o", self, self);
    CodeBlock.Builder expr = CodeBlock.builder();
    for (JavaField f : m.fields()) {
      expr.add("$T.equals(this.$N, that.$N)\n    && ", Types.OBJECTS, f.javaName(), f.javaName());
    }
    expr.add("this.additionalProperties.equals(that.additionalProperties)");
    return b.addStatement("return $L", expr.build()).build();
  }

  private static MethodSpec hashCodeMethod(JavaModel m) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (JavaField f : m.fields()) {
      args.add("this.$N, ", f.javaName());
    }
    args.add("this.additionalProperties");
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Types.OBJECTS, args.build())
        .build();
  }

  private static MethodSpec toStringMethod(JavaModel m) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("A readable form; secret members print as {@code ***} and unknown members by name only.\n")
            .addStatement("$T sb = new $T($S)", StringBuilder.class, StringBuilder.class, m.name() + "{");
    b.addStatement("String sep = $S", "");
    for (JavaField f : m.fields()) {
      b.beginControlFlow("if (this.$N != null)", f.javaName());
      if (f.secret()) {
        b.addStatement("sb.append(sep).append($S)", f.javaName() + "=***");
      } else {
        b.addStatement("sb.append(sep).append($S).append(this.$N)", f.javaName() + "=", f.javaName());
      }
      b.addStatement("sep = $S", ", ");
      b.endControlFlow();
    }
    b.beginControlFlow("if (!additionalProperties.isEmpty())")
        .addStatement("sb.append(sep).append($S).append(additionalProperties.keySet())", "additionalProperties=")
        .endControlFlow();
    return b.addStatement("return sb.append('}').toString()").build();
  }

  private TypeSpec builderType(ClassName self, ClassName builder, JavaModel m) {
    TypeSpec.Builder t =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addAnnotation(AnnotationSpec.builder(JSON_POJO_BUILDER).addMember("withPrefix", "$S", "").build())
            .addAnnotation(noAutoDetect())
            .addJavadoc("Builds {@link $T}. Not thread-safe. {@code build()} checks nothing: the SDK validates a request against the API's constraints before sending it.\n", self);
    for (JavaField f : m.fields()) {
      t.addField(FieldSpec.builder(types.of(f.type()), f.javaName(), Modifier.PRIVATE).build());
    }
    t.addField(
        FieldSpec.builder(Types.STRING_OBJECT_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LINKED_HASH_MAP)
            .build());
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (JavaField f : m.fields()) {
      TypeName ft = types.of(f.type());
      String doc = Javadocs.inline(f.javadoc());
      String setterDoc = (doc.isEmpty() ? "Sets " + f.jsonName() + "." : doc) + "\n\n@param " + f.javaName() + " the value ({@code null} leaves the member out)\n@return this builder\n";
      MethodSpec.Builder set =
          MethodSpec.methodBuilder(f.javaName())
              .addModifiers(Modifier.PUBLIC)
              .addAnnotation(jsonProperty(f.jsonName()))
              .returns(builder)
              .addParameter(ft, f.javaName())
              .addJavadoc(setterDoc);
      if (f.type().isList()) {
        set.addStatement("this.$N = $N == null ? null : new $T<>($N)", f.javaName(), f.javaName(), ARRAY_LIST, f.javaName());
      } else {
        set.addStatement("this.$N = $N", f.javaName(), f.javaName());
      }
      t.addMethod(set.addStatement("return this").build());
      if (f.type().isList()) {
        TypeName element = types.of(f.type().element());
        String adder = "add" + Character.toUpperCase(f.singularName().charAt(0)) + f.singularName().substring(1);
        t.addMethod(
            MethodSpec.methodBuilder(adder)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(element, "value")
                .addJavadoc("Appends one value to " + f.jsonName() + ".\n\n@param value the value to append\n@return this builder\n")
                .beginControlFlow("if (this.$N == null)", f.javaName())
                .addStatement("this.$N = new $T<>()", f.javaName(), ARRAY_LIST)
                .endControlFlow()
                .addStatement("this.$N.add(value)", f.javaName())
                .addStatement("return this")
                .build());
      }
    }
    t.addMethod(
        MethodSpec.methodBuilder("putAdditionalProperty")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(JSON_ANY_SETTER)
            .returns(builder)
            .addParameter(String.class, "name")
            .addParameter(Object.class, "value")
            .addJavadoc("Sets a member this SDK version does not model (sent as is).\n\n@param name the JSON name\n@param value the JSON value\n@return this builder\n")
            .addStatement("additionalProperties.put($T.requireNonNull(name, $S), value)", Types.OBJECTS, "name")
            .addStatement("return this")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("removeAdditionalProperty")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(String.class, "name")
            .addJavadoc("Removes an unknown member.\n\n@param name the JSON name\n@return this builder\n")
            .addStatement("additionalProperties.remove(name)")
            .addStatement("return this")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc("The immutable object.\n\n@return a new {@link $T}\n", self)
            .addStatement("return new $T(this)", self)
            .build());
    return t.build();
  }
}
