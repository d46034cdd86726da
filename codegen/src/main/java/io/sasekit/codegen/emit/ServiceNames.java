package io.sasekit.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sasekit.codegen.model.JavaMethod;
import io.sasekit.codegen.model.JavaParam;
import io.sasekit.codegen.model.Paging;
import io.sasekit.codegen.model.JavaService;
import io.sasekit.codegen.model.ResponseShape;
import io.sasekit.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Names and signatures shared by the service interface and implementation emitters. */
final class ServiceNames {
  final Types types;
  final String servicesPackage;
  final String internalPackage;
  final String paramsPackage;

  ServiceNames(Types types, String basePackage) {
    this.types = types;
    this.servicesPackage = basePackage + ".services";
    this.internalPackage = basePackage + ".services.internal";
    this.paramsPackage = basePackage + ".params";
  }

  ClassName service(JavaService s, Flavor f) {
    return ClassName.get(servicesPackage, s.serviceName() + (f == Flavor.ASYNC ? "Async" : ""));
  }

  ClassName impl(JavaService s, Flavor f) {
    return ClassName.get(internalPackage, s.stem() + (f == Flavor.ASYNC ? "AsyncImpl" : "Impl"));
  }

  /** The params class (top-level, shared by the sync and async service), or null. */
  ClassName params(JavaMethod m) {
    return m.paramsClassName() == null ? null : ClassName.get(paramsPackage, m.paramsClassName());
  }

  /** What the plain call returns before any future: void (null), the element, or a page of it. */
  TypeName value(JavaMethod m) {
    if (m.returnType() == null) {
      return null;
    }
    TypeName element = types.of(m.returnType());
    return m.operation().responseShape == ResponseShape.LIST ? ParameterizedTypeName.get(Types.PAGE, element) : element;
  }

  TypeName returns(JavaMethod m, Flavor f) {
    TypeName v = value(m);
    if (f == Flavor.SYNC) {
      return v == null ? TypeName.VOID : v;
    }
    return ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, v == null ? ClassName.get(Void.class) : v);
  }

  TypeName pagerReturns(JavaMethod m, Flavor f) {
    return ParameterizedTypeName.get(f == Flavor.SYNC ? Types.AUTO_PAGER : Types.ASYNC_AUTO_PAGER, pagerElement(m));
  }

  /** The element type of the lazy pager: the list element, or the element of a next-offset wrapper's items. */
  TypeName pagerElement(JavaMethod m) {
    return types.of(pagerElementRef(m));
  }

  /** The element type of the lazy pager, as planned. */
  static TypeRef pagerElementRef(JavaMethod m) {
    Paging paging = m.operation().paging;
    return paging != null && paging.isNextOffset() ? m.pageItemType() : m.returnType();
  }

  /** Parameter types of the positional arguments. */
  List<TypeName> positionalTypes(JavaMethod m) {
    List<TypeName> out = new ArrayList<>();
    for (JavaParam p : m.positional()) {
      out.add(types.of(p.type()));
    }
    return out;
  }

  /** The method that finds one object by its exact name. */
  static final String GET_BY_NAME = "getByName";

  /**
   * The list's optional parameters that name the container (its exactly-one-of group, e.g. folder,
   * snippet, device when none is required): {@code getByName} then takes the list's params class.
   */
  static List<JavaParam> byNameContainer(JavaMethod list) {
    List<JavaParam> out = new ArrayList<>();
    if (queryContainer(list)) {
      return out; // the container type replaces the params class
    }
    for (JavaParam p : list.optional()) {
      if (list.operation().exactlyOneOf.contains(p.wireName())) {
        out.add(p);
      }
    }
    return out;
  }

  /** The list's required parameters but the name filter itself (when the list requires it): the container. */
  static List<JavaParam> byNamePositional(JavaMethod list) {
    List<JavaParam> out = new ArrayList<>();
    boolean face = queryContainer(list);
    for (JavaParam p : face ? list.container().positional() : list.positional()) {
      if ((face && list.container().isContainer(p)) || (p.wireName() != null && !p.wireName().equals("name"))) {
        out.add(p);
      }
    }
    return out;
  }

  /** Whether the operation takes the API's container type as a query parameter. */
  static boolean queryContainer(JavaMethod m) {
    return m.container() != null && m.container().inQuery();
  }

  /** {@code List.of("folder", "snippet", ...)}: the container members checked for a query or a body. */
  static CodeBlock containerMembers(List<String> members) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", Types.LIST);
    for (int i = 0; i < members.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", members.get(i));
    }
    return b.add(")").build();
  }

  /** What {@code getByName} returns: the list's element, or a future of it. */
  TypeName byNameReturns(JavaMethod list, Flavor f) {
    TypeName element = types.of(list.returnType());
    return f == Flavor.SYNC ? element : ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, element);
  }

  /** The registry-spec field name for an operation in an implementation. */
  static String specField(JavaMethod m) {
    return "op" + Character.toUpperCase(m.methodName().charAt(0)) + m.methodName().substring(1);
  }
}
