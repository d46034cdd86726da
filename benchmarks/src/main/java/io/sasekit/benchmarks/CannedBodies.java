package io.sasekit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The canned JSON the loopback server answers: only members the Addresses spec declares. */
public final class CannedBodies {
  private CannedBodies() {}

  /** The start of a list answer, up to the first item. */
  static final byte[] DATA_OPEN = "{\"data\":[".getBytes(StandardCharsets.US_ASCII);

  /** GET by id: the spec declares an array of addresses. */
  static final byte[] GET_BY_ID = ("[" + item(7) + "]").getBytes(StandardCharsets.UTF_8);

  /** POST: the stored object, with its id. */
  static final byte[] CREATED = item(4242).getBytes(StandardCharsets.UTF_8);

  /** The name of item {@code n} of a list: distinct per item so repeated pages are detectable. */
  public static String name(int n) {
    return "addr-" + n;
  }

  /** Item {@code n} as JSON. */
  public static String item(int n) {
    return "{\"id\":\"" + id(n) + "\",\"name\":\"" + name(n) + "\",\"description\":\"benchmark address " + n
        + "\",\"ip_netmask\":\"" + ip(n) + "\",\"tag\":[\"bench\",\"loopback\"]}";
  }

  static void writeItem(OutputStream out, int n) throws IOException {
    out.write(item(n).getBytes(StandardCharsets.US_ASCII));
  }

  private static String id(int n) {
    String digits = Integer.toString(n);
    return "00000000-0000-4000-8000-" + "000000000000".substring(digits.length()) + digits;
  }

  private static String ip(int n) {
    return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff) + "/32";
  }
}
