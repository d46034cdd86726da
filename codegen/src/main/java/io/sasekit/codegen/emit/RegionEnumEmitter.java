package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.sasekit.codegen.model.JavaPlan;
import io.sasekit.codegen.model.JavaRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Prints the enum of the API's regional hosts ({@link JavaPlan#regions()}) in the module's base
 * package: a constant per server URL, {@code hostPrefix()}, {@code baseUrl()} and {@code of(String)},
 * which accepts a constant's name, host prefix or code ignoring case and otherwise throws sdk-core's
 * {@code ConfigurationException} for field {@code region}, listing the accepted values of every
 * constant. No file when the plan has no regions.
 */
final class RegionEnumEmitter implements Emitter {
  private static final ClassName CONFIGURATION_EXCEPTION = ClassName.get(Types.CORE + ".errors", "ConfigurationException");
  private static final ClassName LOCALE = ClassName.get(Locale.class);
  private static final ClassName STRING_JOINER = ClassName.get(StringJoiner.class);

  private final String basePackage;
  private final Set<String> taken;

  /**
   * @param basePackage the module's base package
   * @param taken simple names of the other classes generated in that package (the enum must not take one)
   */
  RegionEnumEmitter(String basePackage, Set<String> taken) {
    this.basePackage = basePackage;
    this.taken = Set.copyOf(taken);
  }

  @Override
  public List<Supplier<JavaFile>> files(JavaPlan plan) {
    return plan.regions().<List<Supplier<JavaFile>>>map(r -> List.of(() -> emit(plan, r))).orElse(List.of());
  }

  JavaFile emit(JavaPlan plan, JavaRegions regions) {
    if (taken.contains(regions.enumName())) {
      throw new IllegalStateException("customization regions: the enum name " + regions.enumName()
          + " is taken by another generated class of " + basePackage);
    }
    ClassName self = ClassName.get(basePackage, regions.enumName());
    List<String> doc = new ArrayList<>();
    doc.add("The regional hosts of the " + (plan.spec().title == null ? plan.spec().api : plan.spec().title)
        + ": one constant per server URL of the spec files, generated from their servers.");
    if (regions.description() != null && !regions.description().isBlank()) {
      doc.add(regions.description());
    }
    TypeSpec.Builder t = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(Javadocs.paragraphs(doc))
        .addJavadoc("\n<p>{@link #of(String)} takes a constant's name, its host prefix (the host's first label) or its code,\n"
            + "ignoring case.\n");
    for (JavaRegions.Constant c : regions.constants()) {
      StringBuilder d = new StringBuilder();
      if (c.description() != null) {
        d.append(Javadocs.escape(c.description())).append(": ");
      }
      d.append(Javadocs.code(c.baseUrl())).append(c.isDefault() ? " (the default)" : "")
          .append(". Host prefix ").append(Javadocs.code(c.hostPrefix())).append(", code ").append(Javadocs.code(c.code()))
          .append(".\n");
      t.addEnumConstant(c.javaName(), TypeSpec.anonymousClassBuilder("$S, $S, $S", c.baseUrl(), c.hostPrefix(), c.code())
          .addJavadoc(d.toString()).build());
    }
    for (String field : List.of("baseUrl", "hostPrefix", "code")) {
      t.addField(FieldSpec.builder(String.class, field, Modifier.PRIVATE, Modifier.FINAL).build());
    }
    t.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "baseUrl").addParameter(String.class, "hostPrefix").addParameter(String.class, "code")
        .addStatement("this.baseUrl = baseUrl").addStatement("this.hostPrefix = hostPrefix").addStatement("this.code = code")
        .build());
    JavaRegions.Constant example = regions.constants().get(Math.min(1, regions.constants().size() - 1));
    t.addMethod(MethodSpec.methodBuilder("hostPrefix")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("The host's first label, e.g. " + Javadocs.code(example.hostPrefix()) + ".\n\n@return the host prefix, lower case\n")
        .addStatement("return hostPrefix")
        .build());
    t.addMethod(MethodSpec.methodBuilder("baseUrl")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("The base URL of this region as the spec's server declares it, e.g. " + Javadocs.code(example.baseUrl())
            + ".\n\n@return the base URL\n")
        .addStatement("return baseUrl")
        .build());
    t.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "name")
        .addJavadoc("The region named by its constant name (" + Javadocs.code(example.javaName().toLowerCase(Locale.ROOT))
            + "), its host prefix (" + Javadocs.code(example.hostPrefix()) + ") or its code (" + Javadocs.code(example.code())
            + "), ignoring case and surrounding blanks.\n\n@param name the name\n@return the region\n"
            + "@throws $T (field {@code region}) listing every accepted value\n", CONFIGURATION_EXCEPTION)
        .addStatement("$T n = name == null ? $S : name.strip().toLowerCase($T.ROOT)", String.class, "", LOCALE)
        .addStatement("$T accepted = new $T($S)", STRING_JOINER, STRING_JOINER, ", ")
        .beginControlFlow("for ($T r : values())", self)
        .beginControlFlow("if (n.equals(r.name().toLowerCase($T.ROOT)) || n.equals(r.hostPrefix) || n.equals(r.code))", LOCALE)
        .addStatement("return r")
        .endControlFlow()
        .addStatement("accepted.add(r.name() + $S + r.hostPrefix + $S + r.code + $S)", " (", ", ", ")")
        .endControlFlow()
        .addStatement("throw new $T($S, $S + name + $S + accepted)", CONFIGURATION_EXCEPTION, "region",
            "unknown region '", "': use a region name, host prefix or code (ignoring case): ")
        .build());
    return JavaFile.builder(basePackage, t.build()).skipJavaLangImports(true).indent("  ").build();
  }
}
