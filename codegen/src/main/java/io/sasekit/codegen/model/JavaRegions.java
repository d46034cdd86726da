package io.sasekit.codegen.model;

import java.util.List;

/**
 * The generated enum of an API's regional hosts, decided by the plan stage from the servers of the
 * spec files and the customization's {@code regions} block: one constant per distinct server URL.
 *
 * @param enumName simple name of the enum in the module's base package, e.g. {@code AirsRegion}
 * @param description extra paragraph of the enum's Javadoc from the customization, or null
 * @param constants one per server URL, in file and server order
 * @param notes one line per constant whose name or code the customization does not give (derived
 *     from the host prefix), for the build log
 */
public record JavaRegions(String enumName, String description, List<Constant> constants, List<String> notes) {
  /** Copies the lists. */
  public JavaRegions {
    constants = List.copyOf(constants);
    notes = List.copyOf(notes);
  }

  /**
   * One region.
   *
   * @param javaName constant name, e.g. {@code EU}
   * @param baseUrl the server URL exactly as the spec declares it
   * @param hostPrefix the host's first label, lower case, e.g. {@code service-de}
   * @param code the short code, lower case, e.g. {@code de}
   * @param description the server's description in the spec, or null
   * @param isDefault whether this is the API's default base URL
   * @param derived whether the name is derived (the customization does not name this host prefix)
   */
  public record Constant(String javaName, String baseUrl, String hostPrefix, String code, String description,
      boolean isDefault, boolean derived) {}
}
