package io.sasekit.prismaaccess.workflow;

import io.sasekit.core.errors.ValidationException;
import io.sasekit.prismaaccess.models.PushRequest;
import java.util.ArrayList;
import java.util.List;

/** Builds push requests from plain folder names. */
final class PushRequests {
  private PushRequests() {}

  /**
   * The push request for {@code folders}.
   *
   * @throws ValidationException naming {@code body.folders} when no folder is named or a name is
   *     null or blank (nothing is sent)
   */
  static PushRequest of(List<String> folders, String description) {
    List<ValidationException.Violation> violations = new ArrayList<>();
    if (folders == null || folders.isEmpty()) {
      violations.add(new ValidationException.Violation("body.folders", "required", null,
          "body.folders must name at least one folder to push"));
    } else {
      for (int i = 0; i < folders.size(); i++) {
        String name = folders.get(i);
        if (name == null || name.isBlank()) {
          String path = "body.folders[" + i + "]";
          violations.add(new ValidationException.Violation(path, "minLength", name, path + " must not be blank"));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("configVersion.push", violations);
    }
    PushRequest.Builder b = PushRequest.builder().folders(List.copyOf(folders));
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }
}
