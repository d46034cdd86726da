package io.sasekit.prismaaccess;

import io.sasekit.core.testing.Snapshots;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Snapshots of a few representative generated files (a model with a {@code oneOf} of address kinds,
 * the largest rule model with its nested inline types, a service object with its protocol
 * {@code oneOf} nested as {@code Service.Protocol}), kept under
 * {@code src/test/resources/snapshots}, so that a change of the generated output shows in review.
 * After a deliberate change run {@code mvn -pl sdk-prisma-access -am verify
 * -Dtest=GeneratedSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dsasekit.updateSnapshots=true}
 * and review the diff.
 */
class GeneratedSnapshotTest {
  private static final Path GENERATED = Path.of("target/generated-sources/sasekit/io/sasekit/prismaaccess");
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

  @ParameterizedTest
  @ValueSource(strings = {"models/Address", "models/SecurityRule", "models/Service"})
  void generatedFileMatchesItsSnapshot(String file) throws IOException {
    Snapshots.check(GENERATED.resolve(file + ".java"),
        SNAPSHOTS.resolve(file.substring(file.lastIndexOf('/') + 1) + ".java.txt"));
  }
}
