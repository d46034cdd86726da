package io.sasekit.prismaaccess.workflow;

import io.sasekit.prismaaccess.models.PushRequest;
import java.util.List;

/** Builds push requests from plain folder names. */
final class PushRequests {
  private PushRequests() {}

  static PushRequest of(List<String> folders, String description) {
    if (folders == null || folders.isEmpty()) {
      throw new IllegalArgumentException("folders must name at least one folder to push");
    }
    PushRequest.Builder b = PushRequest.builder().folders(List.copyOf(folders));
    if (description != null) {
      b.description(description);
    }
    return b.build();
  }
}
