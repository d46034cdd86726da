package io.sasekit.codegen.model;

import java.util.List;

/**
 * One Java parameter of a service method: a spec parameter or the body.
 *
 * @param wireName spec name ({@code null} for the body)
 * @param javaName Java identifier
 * @param type Java type
 * @param javadoc documentation lines
 */
public record JavaParam(String wireName, String javaName, TypeRef type, List<String> javadoc) {
  /** Whether this is the request body. */
  public boolean isBody() {
    return wireName == null;
  }
}
