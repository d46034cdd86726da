package io.sasekit.prismaaccess.folders;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration container of the tenant: a folder or a snippet, as the SCM Setup API lists it,
 * or one of the six system folders when the service account may not list them.
 *
 * @param kind folder or snippet
 * @param name the name to pass as the {@code folder} (or {@code snippet}) parameter
 * @param id the container's UUID, or {@code null} for a fallback system folder
 * @param parent the parent folder's name, or {@code null}
 * @param description the description, or {@code null}
 * @param labels labels applied to it
 * @param system whether it is one of the six predefined system folders
 */
public record FolderInfo(
    Kind kind, String name, String id, String parent, String description, List<String> labels, boolean system) {

  /** Whether a container is a folder or a snippet. */
  public enum Kind {
    /** A folder. */
    FOLDER,
    /** A snippet. */
    SNIPPET
  }

  /** Canonical constructor: requires kind and name, copies labels. */
  public FolderInfo {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** The UUID, when the service reported one. */
  public Optional<String> idValue() {
    return Optional.ofNullable(id);
  }
}
