package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.Resource;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Prints the service interface of one resource (sync, or its async twin). Per operation it prints
 * the overload family: {@code op(required...)}, {@code op(required..., Params)} when the operation
 * has optional parameters, and always {@code op(..., RequestOptions)} (the only abstract one), plus
 * the lazy {@code opAll(...)} family for paged lists. The params classes are top-level types of their
 * own package ({@link ParamsClassEmitter}).
 */
final class ServiceInterfaceEmitter {
  private final ServiceNames names;

  ServiceInterfaceEmitter(ServiceNames names) {
    this.names = names;
  }

  JavaFile emit(JavaPlan plan, Resource r, Flavor flavor) {
    ApiModel model = plan.spec();
    JavaService s = plan.service(r);
    ClassName self = names.service(s, flavor);
    TypeSpec.Builder t = TypeSpec.interfaceBuilder(self).addModifiers(Modifier.PUBLIC);
    List<String> doc = new ArrayList<>();
    doc.add((flavor == Flavor.ASYNC ? "Asynchronous operations" : "Operations") + " on the " + r.key + " resource"
        + (flavor == Flavor.ASYNC ? ": every method returns a CompletableFuture and never blocks the caller." : "."));
    if (r.description != null) {
      doc.add(r.description);
    }
    doc.add("Obtain it from the client's " + s.accessorName() + "() accessor. Thread-safe.");
    t.addJavadoc(Javadocs.paragraphs(doc));
    for (String ext : flavor == Flavor.SYNC ? s.serviceExtends() : s.asyncServiceExtends()) {
      t.addSuperinterface(ClassName.bestGuess(ext));
    }
    for (Operation op : r.operations) {
      JavaMethod m = plan.methods().get(op.key());
      ClassName params = names.params(m);
      // a query container face: without a container the positional-only form would always be refused
      boolean minimal = m.container() == null || !m.container().inQuery();
      addFamily(t, m, m.positional(), params, flavor, false, minimal);
      if (m.autoPagerName() != null) {
        addFamily(t, m, m.positional(), params, flavor, true, minimal);
      }
      addContainerFamilies(t, m, params, flavor);
    }
    if (s.nameLookup() != null) {
      addGetByName(t, plan.methods().get(s.nameLookup()), flavor);
    }
    return JavaFile.builder(names.servicesPackage, t.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /** The overloads taking the API's container type (see {@link io.sasekit.codegen.model.ContainerFace}). */
  private void addContainerFamilies(TypeSpec.Builder t, JavaMethod m, ClassName params, Flavor flavor) {
    if (m.container() == null) {
      return;
    }
    addFamily(t, m, m.container().positional(), params, flavor, false, true);
    if (m.autoPagerName() != null) {
      addFamily(t, m, m.container().positional(), params, flavor, true, true);
    }
  }

  private void addFamily(TypeSpec.Builder t, JavaMethod m, List<JavaParam> positional, ClassName params, Flavor flavor,
      boolean pager, boolean withMinimal) {
    String name = pager ? m.autoPagerName() : m.methodName();
    TypeName returns = pager ? names.pagerReturns(m, flavor) : names.returns(m, flavor);
    String returnDoc = returnDoc(m, flavor, pager);
    List<String> doc = new ArrayList<>(m.javadoc());
    if (pager) {
      Paging paging = m.operation().paging;
      doc.add(0, paging.isNextOffset()
          ? "Every element of " + m.methodName() + "'s " + paging.itemsMember() + ", fetched lazily page after page as iteration reaches it: the offset advances by the elements received while the answer carries a " + paging.nextMember() + " beyond it."
          : "Every element of " + m.methodName() + ", fetched lazily page after page (offset += limit) as iteration reaches it.");
    }
    String body = Javadocs.paragraphs(doc);

    // full form: positional, params, options
    MethodSpec.Builder full = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(returns);
    addPositional(full, positional);
    StringBuilder tags = positionalTags(positional);
    if (params != null) {
      full.addParameter(params, "params");
      tags.append("@param params optional parameters ({@code ").append(params.simpleName()).append(".none()} for none)\n");
    }
    full.addParameter(Types.REQUEST_OPTIONS, "options");
    full.addJavadoc(body + "\n" + tags + "@param options per-call options (timeout, retries, headers)\n" + returnDoc);
    t.addMethod(full.build());

    // without options
    MethodSpec.Builder noOptions = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(returns);
    addPositional(noOptions, positional);
    CodeBlock.Builder call = CodeBlock.builder().add("$L$N(", returns == TypeName.VOID ? "" : "return ", name);
    for (JavaParam p : positional) {
      call.add("$N, ", p.javaName());
    }
    if (params != null) {
      noOptions.addParameter(params, "params");
      call.add("params, ");
    }
    call.add("$T.none())", Types.REQUEST_OPTIONS);
    noOptions.addStatement(call.build());
    noOptions.addJavadoc(body + "\n" + positionalTags(positional) + (params != null ? "@param params optional parameters\n" : "") + returnDoc);
    t.addMethod(noOptions.build());

    // positional only
    if (params != null && withMinimal) {
      MethodSpec.Builder minimal = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(returns);
      addPositional(minimal, positional);
      CodeBlock.Builder c = CodeBlock.builder().add("$L$N(", returns == TypeName.VOID ? "" : "return ", name);
      for (JavaParam p : positional) {
        c.add("$N, ", p.javaName());
      }
      c.add("$T.none(), $T.none())", params, Types.REQUEST_OPTIONS);
      minimal.addStatement(c.build());
      minimal.addJavadoc(body + "\n" + positionalTags(positional) + returnDoc);
      t.addMethod(minimal.build());
    }
  }

  /** {@code getByName(container..., name[, options])}: the one object with exactly that name. */
  private void addGetByName(TypeSpec.Builder t, JavaMethod list, Flavor flavor) {
    TypeName returns = names.byNameReturns(list, flavor);
    String item = list.returnType().name();
    List<JavaParam> container = ServiceNames.byNamePositional(list);
    boolean params = !ServiceNames.byNameContainer(list).isEmpty();
    String body = "The one " + item + " named exactly {@code name} in the container: lists with the service's name filter "
        + "(" + list.methodName() + ", every page) and keeps only an exact match, never a substring match.\n\n"
        + positionalTags(container)
        + (params ? "@param params the container: exactly one of " + list.operation().exactlyOneOf + " (other members are ignored)\n" : "")
        + "@param name the exact name\n";
    String ret = "@return " + (flavor == Flavor.ASYNC ? "a future of the " : "the ") + item + "\n";
    String thrown = "@throws io.sasekit.core.errors.NotFoundException " + (flavor == Flavor.ASYNC ? "(as the future's failure) " : "")
        + "when no " + item + " has exactly that name there\n";
    MethodSpec.Builder full = MethodSpec.methodBuilder(ServiceNames.GET_BY_NAME).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(returns);
    addPositional(full, container);
    if (params) {
      full.addParameter(names.params(list), "params");
    }
    full.addParameter(String.class, "name").addParameter(Types.REQUEST_OPTIONS, "options");
    full.addJavadoc(body + "@param options per-call options (timeout, retries, headers)\n" + ret + thrown);
    t.addMethod(full.build());
    MethodSpec.Builder plain = MethodSpec.methodBuilder(ServiceNames.GET_BY_NAME).addModifiers(Modifier.PUBLIC, Modifier.DEFAULT).returns(returns);
    addPositional(plain, container);
    CodeBlock.Builder call = CodeBlock.builder().add("return $N(", ServiceNames.GET_BY_NAME);
    for (JavaParam p : container) {
      call.add("$N, ", p.javaName());
    }
    if (params) {
      plain.addParameter(names.params(list), "params");
      call.add("params, ");
    }
    plain.addParameter(String.class, "name");
    plain.addStatement(call.add("name, $T.none())", Types.REQUEST_OPTIONS).build());
    plain.addJavadoc(body + ret + thrown);
    t.addMethod(plain.build());
  }

  private void addPositional(MethodSpec.Builder b, List<JavaParam> params) {
    for (JavaParam p : params) {
      b.addParameter(names.types.of(p.type()), p.javaName());
    }
  }

  private static StringBuilder positionalTags(List<JavaParam> params) {
    StringBuilder sb = new StringBuilder();
    for (JavaParam p : params) {
      sb.append("@param ").append(p.javaName()).append(' ').append(Javadocs.inline(p.javadoc())).append('\n');
    }
    return sb;
  }

  private String returnDoc(JavaMethod m, Flavor flavor, boolean pager) {
    String what;
    if (pager) {
      what = "a lazy pager over every element";
    } else if (m.returnType() == null) {
      what = flavor == Flavor.ASYNC ? "a future completed when the call succeeded" : null;
    } else {
      switch (m.operation().responseShape) {
        case LIST:
          what = "one page of results";
          break;
        case SINGLE:
        case OBJECT:
          what = "the " + (m.returnType().name() == null ? "answer" : m.returnType().name());
          break;
        default:
          what = "the answer";
      }
      if (flavor == Flavor.ASYNC) {
        what = "a future of " + what;
      }
    }
    return what == null ? "" : "@return " + what + "\n";
  }
}
