package io.sasekit.airs.scan;

import io.sasekit.core.errors.ConfigurationException;
import java.util.Locale;

/**
 * The regional hosts of the Prisma AIRS runtime scan API (the spec's {@code servers}). A tenant's
 * API key works only in the region its deployment profile was activated in.
 */
public enum AirsRegion {
  /** United States: {@code https://service.api.aisecurity.paloaltonetworks.com} (the default). */
  US("service"),
  /** European Union (Germany): {@code https://service-de.api.aisecurity.paloaltonetworks.com}. */
  EU("service-de"),
  /** India: {@code https://service-in.api.aisecurity.paloaltonetworks.com}. */
  INDIA("service-in"),
  /** Singapore: {@code https://service-sg.api.aisecurity.paloaltonetworks.com}. */
  SINGAPORE("service-sg");

  private final String hostPrefix;

  AirsRegion(String hostPrefix) {
    this.hostPrefix = hostPrefix;
  }

  /** The host's first label, e.g. {@code service-de}. */
  public String hostPrefix() {
    return hostPrefix;
  }

  /** The base URL of this region, e.g. {@code https://service-de.api.aisecurity.paloaltonetworks.com}. */
  public String baseUrl() {
    return "https://" + hostPrefix + ".api.aisecurity.paloaltonetworks.com";
  }

  /**
   * The region named by its enum name ({@code eu}), its host prefix ({@code service-de}) or its
   * country code ({@code de}, {@code in}, {@code sg}, {@code us}), ignoring case.
   *
   * @param name the name
   * @return the region
   * @throws ConfigurationException (field {@code region}) naming the accepted values
   */
  public static AirsRegion of(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (AirsRegion r : values()) {
      String code = r.hostPrefix.equals("service") ? "us" : r.hostPrefix.substring("service-".length());
      if (n.equals(r.name().toLowerCase(Locale.ROOT)) || n.equals(r.hostPrefix) || n.equals(code)) {
        return r;
      }
    }
    throw new ConfigurationException("region", "unknown AIRS region '" + name
        + "': use us, eu (de), india (in) or singapore (sg), or a service-* host prefix");
  }
}
