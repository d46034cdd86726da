package io.sasekit.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of path segment and query values: every byte of the UTF-8 form that
 * is not unreserved ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX}, so a space is {@code %20}
 * (never {@code +}), and {@code /}, {@code ?}, {@code #}, {@code :} and {@code &} inside a value
 * cannot change the URL's structure. The two values no encoding can make safe as a path segment,
 * {@code .} and {@code ..} (clients and servers resolve them, also as {@code %2E}), are refused
 * by {@link #checkPathSegment}.
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

  /**
   * Why {@code value} cannot be one path segment, or {@code null} when it can: {@code .} and
   * {@code ..} would be resolved as dot-segments and change the request path (e.g. {@code
   * DELETE /sse/config/v1/addresses/..} would become {@code DELETE /sse/config/v1/}).
   */
  public static String checkPathSegment(String value) {
    if (value.equals(".") || value.equals("..")) {
      return "must not be '" + value + "' (a dot-segment would change the request path)";
    }
    return null;
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
