package io.sasekit.prismaaccess.contract;

import java.util.Properties;
import org.junit.jupiter.api.function.Executable;

/**
 * The SDK defects the suite reproduces and has reported ({@code contract/known-sdk-defects.properties},
 * checked by the testkit's {@link io.sasekit.testkit.contract.KnownDefects}). Keys are
 * {@code resource.operation} for the per-operation calls, or a name of their own ({@code evolution.*})
 * for the other checks.
 */
final class KnownDefects {
  private static final io.sasekit.testkit.contract.KnownDefects LISTED = io.sasekit.testkit.contract.KnownDefects.load(
      ContractData.ROOT + "known-sdk-defects.properties", KnownDefects.class.getClassLoader());

  private KnownDefects() {}

  static Properties listed() {
    return LISTED.listed();
  }

  /** Runs {@code check}; when {@code key} is listed, requires it to fail the way that was reported. */
  static void check(String key, Object what, Executable check) throws Throwable {
    LISTED.check(key, what, check::execute);
  }
}
