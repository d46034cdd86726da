package io.sasekit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version (from {@code META-INF/sasekit/core.properties}) and its User-Agent. */
public final class SdkVersion {
  private static final String VERSION = loadVersion();

  private SdkVersion() {}

  /** The version of sasekit-core, e.g. {@code 0.1.0}; {@code unknown} when not packaged. */
  public static String version() {
    return VERSION;
  }

  /**
   * The User-Agent header: {@code sasekit-java/<version> (Java <java.version>; <os.name>)}
   * followed by {@code suffix} when given.
   */
  public static String userAgent(String suffix) {
    String ua = "sasekit-java/" + VERSION + " (Java " + System.getProperty("java.version", "unknown")
        + "; " + System.getProperty("os.name", "unknown") + ")";
    ua = ua.replaceAll("[^\\x20-\\x7e]", "?");
    return suffix == null || suffix.isBlank() ? ua : ua + " " + suffix.strip();
  }

  private static String loadVersion() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/META-INF/sasekit/core.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown").strip();
      return v.isEmpty() || v.contains("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
