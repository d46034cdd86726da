package io.sasekit.airs;

import io.sasekit.core.testing.Snapshots;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshots of representative generated files (the next-offset list wrapper and its element), kept
 * under {@code src/test/resources/snapshots}, so that a change of the generated output shows in review.
 * After a deliberate change run {@code mvn -pl sdk-airs-mgmt -am verify
 * -Dtest=GeneratedSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dsasekit.updateSnapshots=true}
 * and review the diff.
 */
class GeneratedSnapshotTest {
  private static final Path GENERATED = Path.of("target/generated-sources/sasekit/io/sasekit/airs");
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

  @ParameterizedTest
  @ValueSource(strings = {"models/ApiKeyList", "models/ApiKey"})
  void generatedFileMatchesItsSnapshot(String file) throws IOException {
    Snapshots.check(GENERATED.resolve(file + ".java"),
        SNAPSHOTS.resolve(file.substring(file.lastIndexOf('/') + 1) + ".java.txt"));
  }
}
