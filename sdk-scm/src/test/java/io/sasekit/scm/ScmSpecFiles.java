package io.sasekit.scm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sasekit.testkit.contract.SpecApi;

/**
 * The eight pinned SCM spec files for tests, read on their own (plain YAML, not through the
 * generator) by the testkit's {@link SpecApi}: the lock names each file and its sha256, each
 * operation's path carries its file's server path ({@code /config/objects/v1/addresses}).
 */
public final class ScmSpecFiles {
  /** Lock prefix of the eight files. */
  public static final String PREFIX = "scm/config/sase/";
  /** The eight files and their operations. */
  public static final SpecApi API = SpecApi.of(PREFIX, true);

  private ScmSpecFiles() {}

  /** The parsed document of the file the lock names {@code path} (read once; do not modify it). */
  public static ObjectNode document(String path) {
    return SpecApi.document(API.file(path));
  }
}
