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
import io.sasekit.codegen.model.JavaEnum;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Prints one open enum: a final class with a constant per known value, {@code of(String)} for
 * callers, a private {@code @JsonCreator} that keeps any unknown server value marked as received
 * (only such values pass validation unknown), {@code value()}, {@code isKnown()}, {@code
 * isReceived()} and {@code @JsonValue}; implements sdk-core's {@code OpenEnum}.
 */
final class EnumEmitter {
  private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
  private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

  private final Types types;

  EnumEmitter(Types types) {
    this.types = types;
  }

  /** The file of a top-level enum. */
  JavaFile emit(JavaEnum e) {
    return JavaFile.builder(types.modelsPackage(), type(e)).skipJavaLangImports(true).indent("  ").build();
  }

  /** The enum class (static when nested in a model). */
  TypeSpec type(JavaEnum e) {
    ClassName self = types.className(e.name());
    List<String> doc = new ArrayList<>(e.javadoc());
    List<String> values = new ArrayList<>();
    e.constants().forEach(c -> values.add(c.value()));
    doc.add("Known values: " + String.join(", ", values) + ". The enum is open: a value the service sends that this SDK version does not know is kept (isKnown() is false), never an error, and may be sent back; a value built with of(..) must be one of the known values when the request is validated.");
    TypeSpec.Builder t =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(Types.OPEN_ENUM)
            .addJavadoc(Javadocs.paragraphs(doc));
    for (JavaEnum.Constant c : e.constants()) {
      t.addField(
          FieldSpec.builder(self, c.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The value " + Javadocs.code(c.value()) + ".\n")
              .initializer("new $T($S, false)", self, c.value())
              .build());
    }
    TypeName mapType = ParameterizedTypeName.get(Types.MAP, Types.STRING, self);
    CodeBlock.Builder init = CodeBlock.builder().addStatement("$T known = new $T<>()", mapType, LINKED_HASH_MAP);
    for (JavaEnum.Constant c : e.constants()) {
      init.addStatement("known.put($N.value, $N)", c.javaName(), c.javaName());
    }
    init.addStatement("KNOWN_BY_VALUE = $T.unmodifiableMap(known)", COLLECTIONS);
    t.addField(FieldSpec.builder(mapType, "KNOWN_BY_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build());
    t.addStaticBlock(init.build());
    t.addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build());
    t.addField(FieldSpec.builder(TypeName.BOOLEAN, "received", Modifier.PRIVATE, Modifier.FINAL).build());
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(String.class, "value")
        .addParameter(TypeName.BOOLEAN, "received").addStatement("this.value = value").addStatement("this.received = received").build());
    t.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "value")
            .addJavadoc("The constant for {@code value}, or a new instance carrying an unknown value (refused by validation before\n"
                + "sending: only unknown values read from the service are sent back unchecked).\n\n@param value the wire value\n@return the enum value\n")
            .addStatement("$T.requireNonNull(value, $S)", Types.OBJECTS, "value")
            .addStatement("$T k = KNOWN_BY_VALUE.get(value)", self)
            .addStatement("return k != null ? k : new $T(value, false)", self)
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("received")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addAnnotation(JSON_CREATOR)
            .returns(self)
            .addParameter(String.class, "value")
            .addJavadoc("Reads a value from a service answer: an unknown one is kept and marked received.\n")
            .addStatement("$T.requireNonNull(value, $S)", Types.OBJECTS, "value")
            .addStatement("$T k = KNOWN_BY_VALUE.get(value)", self)
            .addStatement("return k != null ? k : new $T(value, true)", self)
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(Types.LIST, self))
            .addJavadoc("Every value this SDK version knows, in spec order.\n\n@return the known values\n")
            .addStatement("return $T.copyOf(KNOWN_BY_VALUE.values())", Types.LIST)
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("value")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .addAnnotation(AnnotationSpec.builder(JSON_VALUE).build())
            .returns(String.class)
            .addJavadoc("The wire value.\n\n@return the value as sent on the wire\n")
            .addStatement("return value")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(TypeName.BOOLEAN)
            .addJavadoc("Whether this SDK version knows the value.\n\n@return true for one of the constants\n")
            .addStatement("return KNOWN_BY_VALUE.containsKey(value)")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("isReceived")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(TypeName.BOOLEAN)
            .addJavadoc("Whether this value was read from a service answer.\n\n@return true for an instance the SDK deserialized\n")
            .addStatement("return received")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("equals")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .addStatement("return o instanceof $T && (($T) o).value.equals(value)", self, self)
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(TypeName.INT)
            .addStatement("return value.hashCode()")
            .build());
    t.addMethod(
        MethodSpec.methodBuilder("toString")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Override.class)
            .returns(String.class)
            .addStatement("return value")
            .build());
    if (self.enclosingClassName() != null) {
      t.addModifiers(Modifier.STATIC);
    }
    return t.build();
  }
}
