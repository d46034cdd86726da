package io.sasekit.airs.testing;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sasekit.testkit.contract.CapturedRequest;
import io.sasekit.testkit.contract.SpecApi;
import io.sasekit.testkit.contract.SpecOperation;
import io.sasekit.testkit.contract.SpecRequestValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * The original AIRS management spec files, read without the generator: every file the lock
 * {@code specs/specs.lock.tsv} pins under the module's folder {@value #FOLDER} (the build's
 * {@code specPathPrefix}), found by the testkit's {@link SpecApi} (mirror {@code SASEKIT_SPECS_MIRROR},
 * else {@code <root>/../shared/specs}, the repository's {@code specs/} copy or the download cache;
 * only a file whose sha256 matches the lock). Each operation's full path carries its file's server
 * path ({@code /aisec/v1/mgmt/apikey}); its plain path is the registry's ({@code /v1/mgmt/apikey}).
 */
public final class AirsSpec {
  /** The lock prefix of the module's files. */
  public static final String FOLDER = "prisma-airs/management/";
  /** The API's name in {@code specs/spec-repairs.md}. */
  public static final String NAME = "airs-mgmt";
  /** The module's files and their operations. */
  public static final SpecApi API = SpecApi.of(FOLDER, true);

  private AirsSpec() {}

  /** The repository root: surefire sets {@code sasekit.root}; from an IDE, the working directory. */
  public static Path repoRoot() {
    return SpecApi.repoRoot();
  }

  /** Every operation of every locked file. */
  public static List<SpecOperation> operations() {
    return API.operations();
  }

  /**
   * The testkit's validator's errors for a request WireMock captured, against the file of its
   * operation with the repair {@code specs/spec-repairs.md} lists for {@value #NAME} (empty when it
   * conforms).
   */
  public static List<String> errors(LoggedRequest request) {
    return SpecRequestValidator.errors(NAME, API, CapturedRequest.of(request));
  }
}
