package io.sasekit.codegen.normalize;

import io.sasekit.codegen.normalize.draft.ApiModel;
import io.sasekit.codegen.normalize.draft.Operation;

/** Lookups shared by the customization-driven rules. */
final class Customizations {
  private Customizations() {}

  /** The operation named {@code resource.operation}; a stale key fails the build. */
  static Operation requireOperation(ApiModel model, String key, String section) {
    int dot = key.indexOf('.');
    Operation op = dot < 0 ? null : model.operation(key.substring(0, dot), key.substring(dot + 1));
    if (op == null) {
      throw new IllegalStateException("customization " + section + ": no operation " + key);
    }
    return op;
  }
}
