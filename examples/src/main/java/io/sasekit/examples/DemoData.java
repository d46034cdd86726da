package io.sasekit.examples;

import io.sasekit.prismaaccess.Folder;
import io.sasekit.testkit.PrismaAccessSimulator;

/**
 * Seeds an empty embedded simulator with a tenant worth auditing, so the offline run of
 * {@link ComplianceReport} has something to report: 212 security rules (210 of them in
 * {@code Mobile Users}, more than one page of 200) with a few that break the rules, and four URL
 * categories. Preloaded objects are in both the candidate and the running configuration, as if
 * pushed long ago. Used only on the simulator, never on a real tenant.
 */
public final class DemoData {
  /** Rules generated in {@code Mobile Users}: more than one page at the default page size of 200. */
  public static final int GENERATED_RULES = 210;

  private DemoData() {}

  /**
   * Seeds the simulator unless it has security rules already.
   *
   * @return how many objects were added (0 when it had rules)
   */
  public static int seedIfEmpty(PrismaAccessSimulator sim) {
    if (!sim.config().candidate("securityRule", null).isEmpty()) {
      return 0;
    }
    int n = 0;
    // Shared: one rule of each finding, and a clean one
    n += rule(sim, Folder.SHARED, "pre", "legacy-allow-all", "allow", "any", "any", "any", null, null, false);
    n += rule(sim, Folder.SHARED, "pre", "temp-vendor-access", "allow", "vendor-net", "any", "ssh",
        "best-practice", "Vendor maintenance window, INC-1042", true);
    n += rule(sim, Folder.SHARED, "pre", "allow-web-browsing", "allow", "any", "any", "web-browsing",
        "best-practice", "Internet browsing with the best-practice profiles", false);
    // Mobile Users: many well-formed rules, every 50th without a description
    for (int i = 1; i <= GENERATED_RULES; i++) {
      String app = String.format("app-%03d", i);
      n += rule(sim, Folder.MOBILE_USERS, "pre", "allow-" + app, "allow", "any", "any", app, "best-practice",
          i % 50 == 0 ? null : "Access to business application " + app, false);
    }
    // Remote Networks: a post rule allowing everything without inspection
    n += rule(sim, Folder.REMOTE_NETWORKS, "post", "branch-any-any", "allow", "any", "any", "any", null,
        "Temporary during the branch migration", false);
    n += category(sim, "blocked-sites", "[\"gambling.example\", \"*.malware.example\"]", "Sites blocked by policy");
    n += category(sim, "partner-portals", "[\"portal.partner.example\"]", "Partner portals excluded from decryption");
    n += category(sim, "tbd-list", "[]", null);
    n += category(sim, "old-campaign", "[\"promo.example\"]", null);
    return n;
  }

  private static int rule(PrismaAccessSimulator sim, String folder, String position, String name, String action,
      String source, String destination, String application, String profileGroup, String description,
      boolean disabled) {
    StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\",\"action\":\"" + action + "\","
        + "\"from\":[\"any\"],\"to\":[\"any\"],\"source\":[\"" + source + "\"],\"destination\":[\"" + destination
        + "\"],\"source_user\":[\"any\"],\"category\":[\"any\"],\"application\":[\"" + application
        + "\"],\"service\":[\"application-default\"]");
    if (application.equals("any")) {
      json.replace(json.indexOf("application-default"), json.indexOf("application-default") + 19, "any");
    }
    if (profileGroup != null) {
      json.append(",\"profile_setting\":{\"group\":[\"").append(profileGroup).append("\"]}");
    }
    if (description != null) {
      json.append(",\"description\":\"").append(description).append('"');
    }
    if (disabled) {
      json.append(",\"disabled\":true");
    }
    sim.config().preload("securityRule", folder, position, json.append('}').toString());
    return 1;
  }

  private static int category(PrismaAccessSimulator sim, String name, String list, String description) {
    sim.config().preload("urlCategory", Folder.SHARED, "{\"name\":\"" + name + "\",\"type\":\"URL List\",\"list\":"
        + list + (description == null ? "" : ",\"description\":\"" + description + "\"") + "}");
    return 1;
  }
}
