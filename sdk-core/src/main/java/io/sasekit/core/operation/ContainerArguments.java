package io.sasekit.core.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.core.errors.ValidationException;
import io.sasekit.core.errors.ValidationException.Violation;
import io.sasekit.core.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Places a {@link ContainerArgument} into one call, where the operation takes it: as a query
 * parameter ({@link #inQuery}) or as a member of the request body ({@link #inBody}). Refuses, with a
 * {@link ValidationException} naming the operation and both containers, a container the operation
 * does not take or one that contradicts a container already given (another member of the group, or
 * the same member with another name), so that a call never carries two containers. Stateless.
 */
public final class ContainerArguments {
  private ContainerArguments() {}

  /**
   * {@code args} with the container as its query parameter.
   *
   * @param op the operation
   * @param args the call's other arguments (their container parameters, if any, must agree)
   * @param container the container
   * @param members the API's container members (e.g. folder, snippet, device)
   * @return the arguments with the container's member set
   * @throws ValidationException when the operation has no such parameter or another container is set
   */
  public static Arguments inQuery(OperationSpec op, Arguments args, ContainerArgument container, List<String> members) {
    Objects.requireNonNull(container, "container");
    String member = container.member();
    accepted(op, container, members, op.parameter(member).isPresent(), acceptedParameters(op, members));
    for (String m : members) {
      Object given = args.params().get(m);
      if (given != null && !(m.equals(member) && container.name().equals(String.valueOf(given)))) {
        throw conflict(op, "query." + m, container, m + " \"" + given + "\" set in the parameters");
      }
    }
    return args.withParam(member, container.name());
  }

  /**
   * {@code body} as a JSON object with the container set as its member.
   *
   * @param op the operation
   * @param body the request body (a model, a map or a JSON object); a container it names must agree
   * @param container the container
   * @param members the container members the body takes (e.g. folder, snippet, device)
   * @return a copy of the body with the container's member set
   * @throws ValidationException when the body takes no such member or names another container
   */
  public static ObjectNode inBody(OperationSpec op, Object body, ContainerArgument container, List<String> members) {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(body, "body");
    accepted(op, container, members, members.contains(container.member()), members);
    JsonNode tree = body instanceof JsonNode ? ((JsonNode) body).deepCopy() : JsonMapper.shared().valueToTree(body);
    if (!(tree instanceof ObjectNode)) {
      throw new ValidationException(op.key(), List.of(new Violation("body", "type=object", null,
          "body must be a JSON object to carry the container " + describe(container))));
    }
    ObjectNode obj = (ObjectNode) tree;
    for (String m : members) {
      JsonNode given = obj.get(m);
      if (given != null && !given.isNull()
          && !(m.equals(container.member()) && given.isTextual() && given.textValue().equals(container.name()))) {
        throw conflict(op, "body." + m, container, m + " \"" + given.asText() + "\" named in the body");
      }
    }
    obj.put(container.member(), container.name());
    return obj;
  }

  private static void accepted(OperationSpec op, ContainerArgument container, List<String> members, boolean takesIt,
      List<String> accepted) {
    if (!members.contains(container.member()) || !takesIt) {
      throw new ValidationException(op.key(), List.of(new Violation(container.member(), "container", null,
          "takes no " + container.member() + " container (it takes "
              + (accepted.isEmpty() ? "none" : String.join(", ", accepted)) + "); got " + describe(container))));
    }
  }

  private static List<String> acceptedParameters(OperationSpec op, List<String> members) {
    List<String> out = new ArrayList<>();
    for (String m : members) {
      if (op.parameter(m).isPresent()) {
        out.add(m);
      }
    }
    return out;
  }

  private static ValidationException conflict(OperationSpec op, String path, ContainerArgument container, String other) {
    return new ValidationException(op.key(), List.of(new Violation(path, "container", null,
        "the container " + describe(container) + " conflicts with " + other
            + " (exactly one container per call)")));
  }

  private static String describe(ContainerArgument container) {
    return container.member() + " \"" + container.name() + "\"";
  }
}
