package io.sasekit.core.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a URL host is the local machine: {@code localhost}, an IPv4 literal in {@code
 * 127.0.0.0/8} or the IPv6 literal {@code ::1}. Names other than {@code localhost} are never
 * resolved (no DNS lookup decides whether plain HTTP is allowed).
 */
public final class Loopback {
  private Loopback() {}

  /** Whether {@code host} (as {@link java.net.URI#getHost()} gives it) is loopback. */
  public static boolean isLoopback(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("localhost.")) {
      return true;
    }
    boolean ipv6 = h.startsWith("[") && h.endsWith("]");
    boolean ipv4 = h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    if (!ipv6 && !ipv4) {
      return false;
    }
    try {
      // a literal: parsed, never looked up
      return InetAddress.getByName(ipv6 ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
