package io.sasekit.prismaaccess.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.function.Executable;

/**
 * The SDK defects the suite reproduces and has reported ({@code contract/known-sdk-defects.properties}):
 * a listed check must still fail, with the reported text in its failure, or it fails itself ("fixed?
 * remove the entry"). Keys are {@code resource.operation} for the per-operation calls, or a name of
 * their own ({@code evolution.*}) for the other checks.
 */
final class KnownDefects {
  private static final Properties LISTED = ContractData.properties("known-sdk-defects.properties");

  private KnownDefects() {}

  static Properties listed() {
    return LISTED;
  }

  /** Runs {@code check}; when {@code key} is listed, requires it to fail the way that was reported. */
  static void check(String key, Object what, Executable check) throws Throwable {
    String reported = LISTED.getProperty(key);
    if (reported == null) {
      check.execute();
      return;
    }
    Throwable failure = null;
    try {
      check.execute();
    } catch (Throwable t) {
      failure = t;
    }
    assertThat(failure).as("%s is listed in known-sdk-defects.properties (%s) but passes: fixed? remove the entry", what, key)
        .isNotNull();
    assertThat(String.valueOf(failure)).as("%s fails otherwise than reported", what).contains(reported);
  }
}
