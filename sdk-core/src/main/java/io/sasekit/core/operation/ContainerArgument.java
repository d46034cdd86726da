package io.sasekit.core.operation;

/**
 * A value naming one configuration container of an API whose operations take exactly one of
 * several container members (SCM: {@code folder}, {@code snippet} or {@code device}). The API
 * module's own type implements it (e.g. {@code io.sasekit.scm.Container}); generated methods that
 * take a container place it with {@link ContainerArguments}.
 */
public interface ContainerArgument {
  /** The wire name of the member that carries the container, e.g. {@code folder}. */
  String member();

  /** The container's name, e.g. {@code Shared}; never blank. */
  String name();
}
