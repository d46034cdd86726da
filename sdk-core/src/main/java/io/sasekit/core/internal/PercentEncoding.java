package io.sasekit.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of path segment and query values: every byte of the UTF-8 form that
 * is not unreserved ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}, so a space is {@code %20}
 * (never {@code +}), and {@code /}, {@code ?}, {@code #}, {@code :} and {@code &} inside a value
 * cannot change the URL's structure.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /** Encodes {@code value} for use as one path segment or one query name or value. */
  public static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = null;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (unreserved(b)) {
        if (sb != null) {
          sb.append((char) b);
        }
      } else {
        if (sb == null) {
          sb = new StringBuilder(bytes.length + 16);
          sb.append(new String(bytes, 0, i, StandardCharsets.US_ASCII));
        }
        sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      }
    }
    return sb == null ? value : sb.toString();
  }

  private static boolean unreserved(int b) {
    return (b >= 'A' && b <= 'Z')
        || (b >= 'a' && b <= 'z')
        || (b >= '0' && b <= '9')
        || b == '-'
        || b == '.'
        || b == '_'
        || b == '~';
  }
}
