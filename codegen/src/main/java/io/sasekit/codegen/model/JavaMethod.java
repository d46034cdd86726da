package io.sasekit.codegen.model;

import java.util.List;

/**
 * The Java face of one operation: what the service emitters print.
 *
 * @param operation the operation
 * @param methodName method name, e.g. {@code list}
 * @param positional required parameters in call order (path, required query, then the body)
 * @param optional optional parameters (fields of the params class)
 * @param paramsClassName simple name of the params class (top-level, package {@code <base>.params}), or null when there are no optional parameters
 * @param returnType Java return type of the element (model for object/single, element for list); null for void
 * @param autoPagerName name of the lazy all-pages method, or null when the operation is not a paged list
 * @param pageItemType with next-offset paging, the element type of the lazy pager (the wrapper's items); else null
 * @param javadoc documentation lines (summary and description)
 */
public record JavaMethod(
    Operation operation,
    String methodName,
    List<JavaParam> positional,
    List<JavaParam> optional,
    String paramsClassName,
    TypeRef returnType,
    String autoPagerName,
    TypeRef pageItemType,
    List<String> javadoc,
    ContainerFace container) {}
