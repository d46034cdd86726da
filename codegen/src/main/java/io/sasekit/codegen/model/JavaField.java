package io.sasekit.codegen.model;

import java.util.List;

/**
 * One property of a generated model.
 *
 * @param jsonName JSON member name
 * @param javaName Java identifier (field, getter and builder setter)
 * @param singularName Java identifier for the {@code addX} list adder (null when not a list)
 * @param type Java type
 * @param required whether the getter is plain (required) rather than {@code Optional}
 * @param readOnly whether the server sets it (stripped from request bodies by sdk-core)
 * @param secret whether {@code toString} redacts it
 * @param javadoc documentation lines (description and constraints)
 */
public record JavaField(
    String jsonName,
    String javaName,
    String singularName,
    TypeRef type,
    boolean required,
    boolean readOnly,
    boolean secret,
    List<String> javadoc) {}
