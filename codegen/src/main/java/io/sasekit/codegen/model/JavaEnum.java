package io.sasekit.codegen.model;

import java.util.List;

/**
 * A generated open enum class.
 *
 * @param name class name within the models package: simple for a top-level class, dotted for a nested
 *     one ({@code SecurityRule.Action})
 * @param javadoc class documentation lines
 * @param constants known values
 */
public record JavaEnum(String name, List<String> javadoc, List<Constant> constants) {

  /**
   * One known value.
   *
   * @param javaName constant name, e.g. {@code MOBILE_USERS}
   * @param value wire value, e.g. {@code Mobile Users}
   */
  public record Constant(String javaName, String value) {}
}
