package io.sasekit.testkit.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK defects a contract suite reproduces and has reported, read from a properties resource
 * ({@code key = a fragment of the failure message}): a listed check must still fail, with the
 * reported text in its failure, or it fails itself ("fixed? remove the entry"). Nothing here relaxes
 * the validator or the answers.
 */
public final class KnownDefects {
  private final String resource;
  private final Properties listed = new Properties();

  private KnownDefects(String resource, Properties listed) {
    this.resource = resource;
    this.listed.putAll(listed);
  }

  /**
   * The defects listed in a class path resource.
   *
   * @param resource the resource, e.g. {@code contract/known-sdk-defects.properties}
   * @param loader where to find it
   */
  public static KnownDefects load(String resource, ClassLoader loader) {
    Properties p = new Properties();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KnownDefects(resource, p);
  }

  /** No defect listed: every check must pass. */
  public static KnownDefects none() {
    return new KnownDefects("(no list of known defects)", new Properties());
  }

  /** A copy of the listed entries. */
  public Properties listed() {
    Properties copy = new Properties();
    copy.putAll(listed);
    return copy;
  }

  /** A check a suite runs. */
  @FunctionalInterface
  public interface Check {
    /**
     * Runs the check.
     *
     * @throws Throwable when it fails
     */
    void run() throws Throwable;
  }

  /**
   * Runs {@code check}; when {@code key} is listed, requires it to fail the way that was reported.
   *
   * @param key the entry's key
   * @param what what is checked, for messages
   * @param check the check
   * @throws Throwable the check's failure when {@code key} is not listed
   */
  public void check(String key, Object what, Check check) throws Throwable {
    String reported = listed.getProperty(key);
    if (reported == null) {
      check.run();
      return;
    }
    Throwable failure = null;
    try {
      check.run();
    } catch (Throwable t) {
      failure = t;
    }
    if (failure == null) {
      throw new AssertionError(what + " is listed in " + resource + " (" + key + ") but passes: fixed? remove the entry");
    }
    if (!String.valueOf(failure).contains(reported) && !String.valueOf(failure.getMessage()).contains(reported)) {
      throw new AssertionError(what + " fails otherwise than reported in " + resource + " (" + reported + ")", failure);
    }
  }
}
