package io.sasekit.examples;

import io.sasekit.prismaaccess.models.Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * An indicator of compromise that can become an address object: an IPv4/IPv6 address or network,
 * an address range, or an FQDN. {@link #parse} accepts the defanged forms threat-intel feeds use
 * ({@code 203.0.113[.]42}, {@code hxxps://evil[.]example/login}) and normalises them.
 *
 * @param kind what the indicator is
 * @param value the normalised value as the address object holds it (e.g. {@code 203.0.113.42/32})
 * @param display the value as people read it (e.g. {@code 203.0.113.42})
 */
public record Indicator(Kind kind, String value, String display) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_*-]+(\\.[A-Za-z0-9_*-]+)+");

  /** The kinds of indicator, each mapping to one member of the address object's {@code oneOf}. */
  public enum Kind {
    /** IPv4 address or network: {@code ip_netmask}. */
    IPV4("IPv4"),
    /** IPv6 address or network: {@code ip_netmask}. */
    IPV6("IPv6"),
    /** An address range {@code a-b}: {@code ip_range}. */
    RANGE("range"),
    /** A host name: {@code fqdn}. */
    FQDN("FQDN");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A short label, e.g. {@code IPv4}. */
    public String label() {
      return label;
    }
  }

  /**
   * Parses an indicator.
   *
   * @param raw the indicator as given
   * @return the normalised indicator
   * @throws IllegalArgumentException with a message saying why it is not one
   */
  public static Indicator parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("empty indicator");
    }
    String s = refang(raw.strip());
    if (s.contains("://")) {
      s = s.substring(s.indexOf("://") + 3);
    }
    for (char stop : new char[] {'?', '#'}) {
      if (s.indexOf(stop) >= 0) {
        s = s.substring(0, s.indexOf(stop));
      }
    }
    int slashPath = s.indexOf('/');
    if (slashPath >= 0 && !looksLikeCidr(s)) {
      s = s.substring(0, slashPath);
    }
    if (s.indexOf(':') > 0 && s.indexOf(':') == s.lastIndexOf(':') && s.matches(".*:\\d{1,5}")) {
      s = s.substring(0, s.indexOf(':')); // host:port (an IPv6 address has more than one colon)
    }
    if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not an IP address, range or host name: '" + raw.strip() + "'");
    }
    if (s.indexOf('-') > 0 && IPV4.matcher(s.substring(0, s.indexOf('-'))).matches()) {
      String[] ends = s.split("-", 2);
      ipv4(ends[0], raw);
      ipv4(ends[1], raw);
      if (Long.compareUnsigned(ipv4Value(ends[0]), ipv4Value(ends[1])) > 0) {
        throw new IllegalArgumentException("reversed address range: '" + raw.strip() + "' (the first address must"
            + " not be above the last: " + ends[1] + "-" + ends[0] + "?)");
      }
      return new Indicator(Kind.RANGE, ends[0] + "-" + ends[1], ends[0] + "-" + ends[1]);
    }
    String host = s;
    String prefix = null;
    int slash = s.indexOf('/');
    if (slash >= 0) {
      host = s.substring(0, slash);
      prefix = s.substring(slash + 1);
    }
    if (IPV4.matcher(host).matches()) {
      ipv4(host, raw);
      int bits = prefix(prefix, 32, raw);
      return new Indicator(Kind.IPV4, host + "/" + bits, bits == 32 ? host : host + "/" + bits);
    }
    if (host.contains(":")) {
      String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      if (!h.matches("[0-9A-Fa-f:.]+")) {
        throw new IllegalArgumentException("invalid IPv6 address: '" + raw.strip() + "'");
      }
      try {
        InetAddress.getByName(h); // a literal: parsed, never looked up
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("invalid IPv6 address: '" + raw.strip() + "'");
      }
      String norm = h.toLowerCase(Locale.ROOT);
      int bits = prefix(prefix, 128, raw);
      return new Indicator(Kind.IPV6, norm + "/" + bits, bits == 128 ? norm : norm + "/" + bits);
    }
    if (prefix != null) {
      throw new IllegalArgumentException("a prefix length needs an IP address: '" + raw.strip() + "'");
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (!host.contains(".") || !HOST.matcher(host).matches() || host.matches("[0-9.]+")) {
      throw new IllegalArgumentException("not an IP address, range or host name: '" + raw.strip() + "'");
    }
    if (host.length() > 255) {
      throw new IllegalArgumentException("host name longer than 255 characters: '" + raw.strip() + "'");
    }
    return new Indicator(Kind.FQDN, host, host);
  }

  /** Sets the matching {@code ip_netmask}, {@code ip_range} or {@code fqdn} member on an address. */
  public Address.Builder applyTo(Address.Builder address) {
    return applyTo(address, Address.Builder::ipNetmask, Address.Builder::ipRange, Address.Builder::fqdn);
  }

  /**
   * Sets the matching member on any API's address builder (Prisma Access or Strata Cloud Manager):
   * calls {@code ipNetmask}, {@code ipRange} or {@code fqdn} with the value.
   */
  public <B> B applyTo(B address, BiFunction<B, String, B> ipNetmask, BiFunction<B, String, B> ipRange,
      BiFunction<B, String, B> fqdn) {
    switch (kind) {
      case RANGE:
        return ipRange.apply(address, value);
      case FQDN:
        return fqdn.apply(address, value);
      default:
        return ipNetmask.apply(address, value);
    }
  }

  /** Whether an existing address object holds this indicator. */
  public boolean matches(Address address) {
    return matches(address.ipNetmask(), address.ipRange(), address.fqdn());
  }

  /** Whether an existing address object (of any API) with these members holds this indicator. */
  public boolean matches(Optional<String> ipNetmask, Optional<String> ipRange, Optional<String> fqdn) {
    switch (kind) {
      case RANGE:
        return ipRange.map(value::equals).orElse(false);
      case FQDN:
        return fqdn.map(f -> f.equalsIgnoreCase(value)).orElse(false);
      default:
        return ipNetmask.map(v -> v.equalsIgnoreCase(value) || v.equalsIgnoreCase(display)).orElse(false);
    }
  }

  /** Undoes the usual defanging: {@code [.]}, {@code (.)}, {@code [:]}, {@code hxxp}. */
  static String refang(String s) {
    String r = s.replace("[.]", ".").replace("(.)", ".").replace("{.}", ".").replace("[dot]", ".")
        .replace("[:]", ":");
    if (r.regionMatches(true, 0, "hxxp", 0, 4)) {
      r = "http" + r.substring(4);
    }
    return r;
  }

  private static boolean looksLikeCidr(String s) {
    int slash = s.indexOf('/');
    return s.substring(slash + 1).matches("\\d{1,3}") && !s.contains("://");
  }

  private static void ipv4(String ip, String raw) {
    if (!IPV4.matcher(ip).matches()) {
      throw new IllegalArgumentException("invalid IPv4 address: '" + raw.strip() + "'");
    }
    for (String octet : ip.split("\\.")) {
      if (Integer.parseInt(octet) > 255) {
        throw new IllegalArgumentException("invalid IPv4 address: '" + raw.strip() + "' (octet " + octet + " > 255)");
      }
    }
  }

  /** An IPv4 address (already checked) as a number, for comparisons. */
  static long ipv4Value(String ip) {
    long v = 0;
    for (String octet : ip.split("\\.")) {
      v = (v << 8) | Integer.parseInt(octet);
    }
    return v;
  }

  /**
   * Why an IPv4 address cannot be a public (internet-routable) address, or empty when it can: private
   * (RFC 1918), shared (RFC 6598), loopback, link-local, "this network", multicast, reserved or broadcast.
   * The documentation ranges of RFC 5737 are accepted: the examples and their tests use them.
   */
  public static java.util.Optional<String> notPublic(String ip) {
    long v = ipv4Value(ip);
    String[][] ranges = {
        {"0.0.0.0", "8", "\"this network\" (0.0.0.0/8)"},
        {"10.0.0.0", "8", "private (10.0.0.0/8)"},
        {"100.64.0.0", "10", "shared address space for carrier-grade NAT (100.64.0.0/10)"},
        {"127.0.0.0", "8", "loopback (127.0.0.0/8)"},
        {"169.254.0.0", "16", "link-local (169.254.0.0/16)"},
        {"172.16.0.0", "12", "private (172.16.0.0/12)"},
        {"192.0.0.0", "24", "reserved for protocol assignments (192.0.0.0/24)"},
        {"192.168.0.0", "16", "private (192.168.0.0/16)"},
        {"198.18.0.0", "15", "reserved for benchmarking (198.18.0.0/15)"},
        {"224.0.0.0", "4", "multicast (224.0.0.0/4)"},
        {"240.0.0.0", "4", "reserved (240.0.0.0/4) or broadcast"},
    };
    for (String[] r : ranges) {
      int bits = Integer.parseInt(r[1]);
      long mask = (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
      if ((v & mask) == ipv4Value(r[0])) {
        return java.util.Optional.of(r[2]);
      }
    }
    return java.util.Optional.empty();
  }

  private static int prefix(String prefix, int max, String raw) {
    if (prefix == null) {
      return max;
    }
    if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > max) {
      throw new IllegalArgumentException("invalid prefix length in '" + raw.strip() + "' (0-" + max + ")");
    }
    return Integer.parseInt(prefix);
  }
}
