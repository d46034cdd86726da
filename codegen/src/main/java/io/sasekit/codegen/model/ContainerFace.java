package io.sasekit.codegen.model;

import java.util.List;

/**
 * How an operation takes the API's container type (customization {@code container}) instead of its
 * container members: the overloads' positional parameters, with the container in place of the
 * required member parameters (or before the body).
 *
 * @param queryMembers the container members the operation takes as query parameters (all of the
 *     customization's, for conflict checks), or empty when the container is not a query parameter
 * @param bodyMembers the keys of the body's exactly-one container group, or empty when the container
 *     is not a body member
 * @param positional the overloads' positional parameters, {@link #container} among them
 * @param container the container parameter (its wire name is null; its type the container type)
 */
public record ContainerFace(List<String> queryMembers, List<String> bodyMembers, List<JavaParam> positional,
    JavaParam container) {
  /** Whether the container travels as a query parameter. */
  public boolean inQuery() {
    return !queryMembers.isEmpty();
  }

  /** Whether the container travels as a member of the request body. */
  public boolean inBody() {
    return !bodyMembers.isEmpty();
  }

  /** Whether {@code p} is the container parameter. */
  public boolean isContainer(JavaParam p) {
    return p == container;
  }
}
