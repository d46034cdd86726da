package io.sasekit.codegen.plan;

import io.sasekit.codegen.model.ApiModel;
import io.sasekit.codegen.model.JavaRegions;
import io.sasekit.codegen.normalize.Customization;
import io.sasekit.codegen.normalize.NamingStrategy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Plans the enum of an API's regional hosts (customization {@code regions}): one constant per
 * distinct server URL of the spec files, in file and server order. A constant's name comes from
 * {@code regions.names} by host prefix (the host's first label), its code from {@code regions.codes}
 * or else from the prefix; a prefix without a name gets one derived from its code and a note, so a
 * new server in a spec file needs no code change. Fails the build on a stale key, a server that is
 * not an absolute http(s) URL, two servers with one host prefix, or two constants that {@code of(String)}
 * could not tell apart.
 */
final class RegionPlanner {
  private static final String SECTION = "customization regions";

  private RegionPlanner() {}

  /** The regions enum, or null when the customization asks for none. */
  static JavaRegions plan(ApiModel model, Customization.Regions regions, NamingStrategy naming) {
    if (regions == null) {
      return null;
    }
    if (regions.enumName == null || !SourceVersion.isName(regions.enumName)
        || !Character.isUpperCase(regions.enumName.charAt(0))) {
      throw new IllegalStateException(SECTION + ": \"enum\" must be a Java class name, got " + regions.enumName);
    }
    Map<String, String> byPrefix = new LinkedHashMap<>();
    for (String url : servers(model)) {
      String prefix = hostPrefix(url);
      String other = byPrefix.putIfAbsent(prefix, url);
      if (other != null) {
        throw new IllegalStateException(SECTION + ": servers " + other + " and " + url + " share the host prefix " + prefix);
      }
    }
    stale("names", regions.names.keySet(), byPrefix.keySet());
    stale("codes", regions.codes.keySet(), byPrefix.keySet());
    List<JavaRegions.Constant> constants = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    for (Map.Entry<String, String> e : byPrefix.entrySet()) {
      String prefix = e.getKey();
      String url = e.getValue();
      String code = regions.codes.get(prefix);
      if (code == null) {
        int dash = prefix.indexOf('-');
        code = dash < 0 ? prefix : prefix.substring(dash + 1);
      }
      code = code.strip().toLowerCase(Locale.ROOT);
      if (code.isEmpty()) {
        throw new IllegalStateException(SECTION + ".codes: the code of " + prefix + " is empty");
      }
      String name = regions.names.get(prefix);
      boolean derived = name == null;
      if (derived) {
        name = naming.constantName(code);
        notes.add(regions.enumName + "." + name + " (code " + code + ") derived for server " + url
            + ": host prefix " + prefix + " has no entry in " + SECTION + ".names");
      } else if (!SourceVersion.isName(name)) {
        throw new IllegalStateException(SECTION + ".names: " + prefix + " -> " + name + " is not a Java constant name");
      }
      for (String key : new LinkedHashSet<>(List.of(name.toLowerCase(Locale.ROOT), prefix, code))) {
        String owner = owners.putIfAbsent(key, name + " (" + prefix + ")");
        if (owner != null) {
          throw new IllegalStateException(SECTION + ": '" + key + "' would name both " + owner + " and " + name + " ("
              + prefix + "): constant names, host prefixes and codes must differ, ignoring case");
        }
      }
      constants.add(new JavaRegions.Constant(name, url, prefix, code, model.serverDescriptions.get(url),
          url.equals(model.defaultBaseUrl), derived));
    }
    return new JavaRegions(regions.enumName, regions.description, constants, notes);
  }

  /** Every server URL of the spec files, each once, in file and server order. */
  private static Set<String> servers(ApiModel model) {
    Set<String> out = new LinkedHashSet<>();
    model.specServers.values().forEach(out::addAll);
    return out;
  }

  /** The first label of an absolute http(s) URL's host, lower case. */
  private static String hostPrefix(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(SECTION + ": server " + url + " is not a URL (" + e.getReason() + ")", e);
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new IllegalStateException(SECTION + ": server " + url + " is not an absolute http(s) URL with a host"
          + ("/".equals(url) ? " (the parser's default for a file that declares no servers)" : ""));
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }

  private static void stale(String key, Set<String> keys, Set<String> prefixes) {
    for (String k : keys) {
      if (!prefixes.contains(k)) {
        throw new IllegalStateException(SECTION + "." + key + ": no server has the host prefix " + k
            + " (host prefixes: " + String.join(", ", prefixes) + ")");
      }
    }
  }
}
