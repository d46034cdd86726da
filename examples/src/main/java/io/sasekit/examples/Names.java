package io.sasekit.examples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Object names the configuration API accepts: letters, digits, {@code . _ -} (spaces are allowed
 * by the API but avoided here), at most 63 characters. Longer names keep their start and end in
 * a short hash so two long indicators never collide.
 */
public final class Names {
  /** The longest object name the API accepts. */
  public static final int MAX = 63;

  private Names() {}

  /** {@code prefix} + the value with every other character replaced by {@code _}, at most 63 characters. */
  public static String of(String prefix, String value) {
    return of(prefix, value, MAX);
  }

  /** As {@link #of(String, String)} with an explicit maximum length. */
  public static String of(String prefix, String value, int max) {
    StringBuilder b = new StringBuilder(prefix);
    for (char c : value.toCharArray()) {
      b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
    }
    String name = b.toString();
    if (name.length() <= max) {
      return name;
    }
    String hash = sha256(name).substring(0, 8);
    return name.substring(0, max - hash.length() - 1) + "-" + hash;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
