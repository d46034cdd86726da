package io.sasekit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a generated file with its reviewed snapshot; with {@code -Dsasekit.updateSnapshots=true}
 * rewrites the snapshot first (then review the diff).
 */
public final class Snapshots {
  private Snapshots() {}

  /** Fails when {@code generated} differs from {@code snapshot} (or the snapshot is missing). */
  public static void check(Path generated, Path snapshot) throws IOException {
    String actual = Files.readString(generated);
    if (Boolean.getBoolean("sasekit.updateSnapshots")) {
      Files.writeString(snapshot, actual);
    }
    assertThat(snapshot).as("snapshot of " + generated + " (create it with -Dsasekit.updateSnapshots=true)").exists();
    assertThat(actual).as("generated " + generated + " differs from its snapshot " + snapshot
        + "; if deliberate, rerun with -Dsasekit.updateSnapshots=true and review the diff")
        .isEqualTo(Files.readString(snapshot));
  }
}
